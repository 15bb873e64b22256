// Several figures can share one page, and so one query string. Each figure owns a set of keys: it rewrites those and
// keeps every other key as it found it, so one figure's change never erases another figure's settings.

/**
 * The query string (without "?") with every key in `owned` replaced by the values in `mine`: owned keys absent from
 * `mine` are removed (they are at their defaults), keys owned by no one here stay in their original order.
 */
export function mergeQuery(current: string, owned: readonly string[], mine: URLSearchParams): string {
	const params = new URLSearchParams(current);
	for (const key of owned) params.delete(key);
	for (const [key, value] of mine) params.append(key, value);
	return params.toString();
}
