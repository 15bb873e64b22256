// Rehype plugin, run by mdsvex at build time after the heading ids (plain JS so svelte.config.js can import it).
// In a concept's original answer, `<Correction note="some-note" />` marks a passage that a note corrects. This plugin
// numbers the markers in the order they stand (1, 2, …) and, right after the heading of each note that corrects
// something, places `<CorrectionBacklinks numbers="1,3" />`, so the marker jumps to its note and the note links back.
// The text of the original is not touched: the markers are separate elements between its characters.

/** A marker as written in the markdown (mdsvex passes it through as one raw node). */
const MARKER = /^<Correction note="([a-z0-9-]+)" \/>$/;

/** @typedef {{ type: string, tagName?: string, value?: string, properties?: Record<string, unknown>, children?: HastNode[] }} HastNode */

export function rehypeCorrections() {
	/** @param {HastNode} tree */
	return (tree) => {
		/** @type {Map<string, number[]>} note id -> marker numbers */
		const byNote = new Map();
		let count = 0;
		/** @param {HastNode} node */
		const number = (node) => {
			if (node.type === 'raw' && typeof node.value === 'string') {
				const marker = MARKER.exec(node.value.trim());
				if (marker) {
					count += 1;
					node.value = `<Correction note="${marker[1]}" number={${count}} />`;
					byNote.set(marker[1], [...(byNote.get(marker[1]) ?? []), count]);
				} else if (/^<Correction\b/.test(node.value.trim())) {
					throw new Error(`Write a correction marker exactly as <Correction note="note-id" /> (found ${node.value})`);
				}
			}
			node.children?.forEach(number);
		};
		number(tree);
		if (count === 0) return;

		/** @param {HastNode} node */
		const link = (node) => {
			const children = node.children ?? [];
			for (let i = 0; i < children.length; i++) {
				const child = children[i];
				const id = child.type === 'element' && child.tagName === 'h3' ? child.properties?.id : undefined;
				if (typeof id === 'string' && byNote.has(id)) {
					const numbers = /** @type {number[]} */ (byNote.get(id));
					children.splice(i + 1, 0, { type: 'raw', value: `<CorrectionBacklinks numbers={[${numbers.join(', ')}]} />` });
					byNote.delete(id);
				}
				link(child);
			}
		};
		link(tree);
		if (byNote.size > 0) {
			throw new Error(`Correction markers name notes that have no "### … {#id}" heading: ${[...byNote.keys()].join(', ')}`);
		}
	};
}
