import { describe, expect, it } from 'vitest';
import { rehypeCorrections } from './corrections.js';

type Node = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };
const raw = (value: string): Node => ({ type: 'raw', value });
const text = (value: string): Node => ({ type: 'text', value });
const h3 = (id: string): Node => ({ type: 'element', tagName: 'h3', properties: { id }, children: [text(id)] });
const p = (...children: Node[]): Node => ({ type: 'element', tagName: 'p', properties: {}, children });

/** A page: the original (two paragraphs, three markers) and the notes (headings a, b, c). */
function page(): Node {
	return {
		type: 'root',
		children: [
			raw('<Original>'),
			p(text('First.'), raw('<Correction note="b" />'), text(' Second.'), raw('<Correction note="a" />')),
			p(text('Third.'), raw('<Correction note="b" />')),
			raw('</Original>'),
			raw('<Notes>'),
			h3('a'),
			p(text('note a')),
			h3('b'),
			p(text('note b')),
			h3('c'),
			raw('</Notes>')
		]
	};
}

describe('rehypeCorrections', () => {
	it('numbers the markers in the order they stand, leaving the text between them untouched', () => {
		const tree = page();
		rehypeCorrections()(tree);
		const [first, second] = [tree.children![1], tree.children![2]];
		expect(first.children!.map((n) => n.value)).toEqual([
			'First.',
			'<Correction note="b" number={1} />',
			' Second.',
			'<Correction note="a" number={2} />'
		]);
		expect(second.children!.map((n) => n.value)).toEqual(['Third.', '<Correction note="b" number={3} />']);
	});

	it('puts the links back right after the heading of each note that corrects something, and nowhere else', () => {
		const tree = page();
		rehypeCorrections()(tree);
		const after = (id: string) => tree.children![tree.children!.findIndex((n) => n.properties?.id === id) + 1];
		expect(after('a').value).toBe('<CorrectionBacklinks numbers={[2]} />');
		expect(after('b').value).toBe('<CorrectionBacklinks numbers={[1, 3]} />');
		expect(after('c').value).toBe('</Notes>');
	});

	it('leaves a page without markers alone', () => {
		const tree: Node = { type: 'root', children: [h3('a'), p(text('x'))] };
		const before = JSON.stringify(tree);
		rehypeCorrections()(tree);
		expect(JSON.stringify(tree)).toBe(before);
	});

	it('fails the build on a marker whose note does not exist, or one written another way', () => {
		const missing: Node = { type: 'root', children: [p(raw('<Correction note="zz" />')), h3('a')] };
		expect(() => rehypeCorrections()(missing)).toThrow(/zz/);
		const odd: Node = { type: 'root', children: [p(raw('<Correction note="a"/>')), h3('a')] };
		expect(() => rehypeCorrections()(odd)).toThrow(/exactly as/);
	});
});
