// Rehype plugin, run by mdsvex at build time (plain JS so svelte.config.js can import it).
// A markdown heading written `### Title {#some-id}` becomes <h3 id="some-id">Title</h3>. Ids are written by hand so
// that the Chinese and English pages share them and the language switch keeps the reader's place.

/** Matches a trailing ` {#id}` on a heading's text. */
export const HEADING_ID = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;

/**
 * Splits "Title {#id}" into its text and id (id is undefined when absent).
 * @param {string} raw
 * @returns {{ text: string, id: string | undefined }}
 */
export function splitHeadingId(raw) {
	const match = HEADING_ID.exec(raw);
	if (!match) return { text: raw.trim(), id: undefined };
	return { text: raw.slice(0, match.index).trim(), id: match[1] };
}

/** @typedef {{ type: string, tagName?: string, value?: string, properties?: Record<string, unknown>, children?: HastNode[] }} HastNode */

/** @param {HastNode} node */
function lastText(node) {
	const children = node.children ?? [];
	for (let i = children.length - 1; i >= 0; i--) {
		const child = children[i];
		if (child.type === 'text') return child;
		if (child.children) return lastText(child);
		return undefined;
	}
	return undefined;
}

export function rehypeHeadingIds() {
	/** @param {HastNode} tree */
	return (tree) => {
		/** @param {HastNode} node */
		const visit = (node) => {
			if (node.type === 'element' && /^h[2-4]$/.test(node.tagName ?? '')) {
				const text = lastText(node);
				if (text && typeof text.value === 'string') {
					const { id } = splitHeadingId(text.value);
					if (id) {
						text.value = text.value.replace(HEADING_ID, '');
						node.properties = { ...node.properties, id };
					}
				}
			}
			node.children?.forEach(visit);
		};
		visit(tree);
	};
}
