// Rehype plugin, run by mdsvex at build time: wraps each markdown table in <div class="table-scroll"> so a wide table
// scrolls inside itself on a phone instead of widening the page, while keeping its table semantics.

/** @typedef {{ type: string, tagName?: string, properties?: Record<string, unknown>, children?: HastNode[] }} HastNode */

export function rehypeTableScroll() {
	/** @param {HastNode} tree */
	return (tree) => {
		/** @param {HastNode} node */
		const visit = (node) => {
			if (!node.children) return;
			node.children = node.children.map((child) => {
				if (child.type === 'element' && child.tagName === 'table') {
					return { type: 'element', tagName: 'div', properties: { className: ['table-scroll'] }, children: [child] };
				}
				visit(child);
				return child;
			});
		};
		visit(tree);
	};
}
