// Rehype plugin, run by mdsvex at build time: wraps each markdown table in <div class="table-scroll"> so a wide table
// scrolls inside itself on a phone instead of widening the page, while keeping its table semantics. A table whose
// top-left header cell is empty has row labels in its first column: those become row headers (<th scope="row">), so
// every cell has a header for screen readers (markdown has no syntax for that).

/** @typedef {{ type: string, tagName?: string, value?: string, properties?: Record<string, unknown>, children?: HastNode[] }} HastNode */

/** @param {HastNode} node @param {string} tagName @returns {HastNode[]} */
const childElements = (node, tagName) => (node.children ?? []).filter((child) => child.type === 'element' && child.tagName === tagName);

/** @param {HastNode} node @returns {string} */
const textOf = (node) => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join(''));

/** @param {HastNode} table */
function markRowHeaders(table) {
	const [head] = childElements(table, 'thead');
	const [headRow] = head ? childElements(head, 'tr') : [];
	const headCells = headRow ? childElements(headRow, 'th') : [];
	if (headCells.length < 2 || textOf(headCells[0]).trim() !== '') return;
	for (const cell of headCells.slice(1)) cell.properties = { ...cell.properties, scope: 'col' };
	for (const body of childElements(table, 'tbody')) {
		for (const row of childElements(body, 'tr')) {
			const [first] = childElements(row, 'td');
			if (first) Object.assign(first, { tagName: 'th', properties: { ...first.properties, scope: 'row' } });
		}
	}
}

export function rehypeTableScroll() {
	/** @param {HastNode} tree */
	return (tree) => {
		/** @param {HastNode} node */
		const visit = (node) => {
			if (!node.children) return;
			node.children = node.children.map((child) => {
				if (child.type === 'element' && child.tagName === 'table') {
					markRowHeaders(child);
					return { type: 'element', tagName: 'div', properties: { className: ['table-scroll'] }, children: [child] };
				}
				visit(child);
				return child;
			});
		};
		visit(tree);
	};
}
