import { describe, expect, it } from 'vitest';
import { rehypeHeadingIds, splitHeadingId } from './heading-ids.js';

describe('splitHeadingId', () => {
	it('splits a trailing {#id} from the text', () => {
		expect(splitHeadingId('GPT-3 的权重从未公开 {#gpt3-weights}')).toEqual({ text: 'GPT-3 的权重从未公开', id: 'gpt3-weights' });
	});
	it('leaves headings without an id alone', () => {
		expect(splitHeadingId('Plain heading')).toEqual({ text: 'Plain heading', id: undefined });
		expect(splitHeadingId('Not an id {#Bad Id}').id).toBeUndefined();
	});
});

describe('rehypeHeadingIds', () => {
	it('moves the id onto the heading element, also after inline markup', () => {
		const tree = {
			type: 'root',
			children: [
				{
					type: 'element',
					tagName: 'h3',
					properties: {},
					children: [
						{ type: 'element', tagName: 'code', children: [{ type: 'text', value: 'x' }] },
						{ type: 'text', value: ' is a note {#x-note}' }
					]
				},
				{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'text {#not-a-heading}' }] }
			]
		};
		rehypeHeadingIds()(tree);
		const [h3, p] = tree.children as { properties: Record<string, unknown>; children: { value?: string }[] }[];
		expect(h3.properties.id).toBe('x-note');
		expect(h3.children[1].value).toBe(' is a note');
		expect(p.properties.id).toBeUndefined();
	});
});

describe('rehypeTableScroll', () => {
	it('wraps every table, nested or not, in a scroll container', async () => {
		const { rehypeTableScroll } = await import('./table-scroll.js');
		const table = () => ({ type: 'element', tagName: 'table', children: [] });
		const tree = { type: 'root', children: [table(), { type: 'element', tagName: 'section', children: [table()] }] };
		rehypeTableScroll()(tree);
		const wrapped = [tree.children[0], (tree.children[1] as { children: unknown[] }).children[0]] as {
			tagName: string;
			properties: { className: string[] };
			children: { tagName: string }[];
		}[];
		for (const node of wrapped) {
			expect(node.tagName).toBe('div');
			expect(node.properties.className).toEqual(['table-scroll']);
			expect(node.children[0].tagName).toBe('table');
		}
	});

	it('makes the first column row headers when the top-left header cell is empty, and leaves other tables alone', async () => {
		const { rehypeTableScroll } = await import('./table-scroll.js');
		const cell = (tagName: string, text: string) => ({ type: 'element', tagName, properties: {}, children: text ? [{ type: 'text', value: text }] : [] });
		const row = (tagName: string, ...texts: string[]) => ({ type: 'element', tagName: 'tr', children: texts.map((t) => cell(tagName, t)) });
		const table = (corner: string) => ({
			type: 'element',
			tagName: 'table',
			children: [
				{ type: 'element', tagName: 'thead', children: [row('th', corner, '2017', 'LLaMA')] },
				{ type: 'element', tagName: 'tbody', children: [row('td', 'Width', '512', '4096'), row('td', 'Heads', '8', '32')] }
			]
		});
		const labelled = table('');
		const plain = table('Model');
		rehypeTableScroll()({ type: 'root', children: [labelled, plain] });
		type Cell = { tagName: string; properties: { scope?: string } };
		const rows = (t: typeof labelled) => (t.children[1].children as unknown as { children: Cell[] }[]).map((r) => r.children.map((c) => [c.tagName, c.properties.scope ?? '']));
		expect(rows(labelled)).toEqual([
			[['th', 'row'], ['td', ''], ['td', '']],
			[['th', 'row'], ['td', ''], ['td', '']]
		]);
		expect((labelled.children[0].children[0].children as unknown as Cell[]).map((c) => c.properties.scope ?? '')).toEqual(['', 'col', 'col']);
		expect(rows(plain).flat().map(([tag]) => tag)).toEqual(['td', 'td', 'td', 'td', 'td', 'td']);
	});
});
