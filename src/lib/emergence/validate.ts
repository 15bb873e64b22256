/**
 * The one argument check shared by the emergence modules: every bad argument becomes a `RangeError` whose message
 * names the argument, states the allowed range and shows what was passed, e.g.
 * `alpha must be a finite number less than 0 (got 0.5)`.
 */

/** The allowed range of a numeric argument. A bound left out is unbounded; NaN and ±Infinity are never allowed. */
export interface Bounds {
	min?: number;
	max?: number;
	/** `min` itself is not allowed. */
	minExclusive?: boolean;
	/** `max` itself is not allowed. */
	maxExclusive?: boolean;
	integer?: boolean;
}

/** The range in words, as the message shows it: "an integer from 1 to 100000", "a finite number greater than 0". */
function describe({ min, max, minExclusive = false, maxExclusive = false, integer = false }: Bounds): string {
	const kind = integer ? 'an integer' : 'a finite number';
	if (min !== undefined && max !== undefined && !minExclusive && !maxExclusive) return `${kind} from ${min} to ${max}`;
	const parts: string[] = [];
	if (min !== undefined) parts.push(minExclusive ? `greater than ${min}` : `of at least ${min}`);
	if (max !== undefined) parts.push(maxExclusive ? `less than ${max}` : `of at most ${max}`);
	return [kind, parts.join(' and ')].filter(Boolean).join(' ');
}

function inBounds(value: number, { min, max, minExclusive = false, maxExclusive = false, integer = false }: Bounds): boolean {
	if (!Number.isFinite(value) || (integer && !Number.isInteger(value))) return false;
	if (min !== undefined && (minExclusive ? !(value > min) : !(value >= min))) return false;
	if (max !== undefined && (maxExclusive ? !(value < max) : !(value <= max))) return false;
	return true;
}

/** Returns `value` if it is a number within `bounds`; otherwise throws a RangeError naming `name` and the range. */
export function checkArg(name: string, value: unknown, bounds: Bounds = {}): number {
	if (typeof value !== 'number' || !inBounds(value, bounds)) {
		const got = typeof value === 'string' ? JSON.stringify(value) : String(value);
		throw new RangeError(`${name} must be ${describe(bounds)} (got ${got})`);
	}
	return value;
}
