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
});
