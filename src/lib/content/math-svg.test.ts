import { describe, expect, it } from 'vitest';
import { FORMULA_EM, FormulaError, formulaMarkup, glyphStore, glyphsUsedIn, rehypeMathSvg, typesetGlyphStore } from './math-svg.js';

type Node = { type: string; tagName?: string; value?: string; properties?: { className?: string[] }; children?: Node[] };

const el = (tagName: string, className: string[], children: Node[] = []): Node => ({ type: 'element', tagName, properties: { className }, children });
const text = (value: string): Node => ({ type: 'text', value });
/** The markup a rehype text node carries as {@html "…"}. */
const htmlOf = (node: Node) => JSON.parse(/^\{@html (.*)\}$/s.exec(node.value!)![1]) as string;

describe('formulaMarkup', () => {
	it('draws one SVG, hidden from screen readers, sized in em of the text from its own box', async () => {
		const markup = await formulaMarkup('x^2', false);
		expect(markup.match(/<svg/g)).toHaveLength(1);
		const svg = /<svg[^>]*>/.exec(markup)![0];
		expect(svg).toContain('aria-hidden="true"');
		expect(svg).toContain('class="formula"');
		expect(svg).not.toContain('role=');
		const [, top, width, height] = /viewBox="([^"]+)"/.exec(svg)![1].split(' ').map(Number);
		expect(Number(/ width="([\d.]+)em"/.exec(svg)![1])).toBeCloseTo((width / 1000) * FORMULA_EM, 3);
		expect(Number(/ height="([\d.]+)em"/.exec(svg)![1])).toBeCloseTo((height / 1000) * FORMULA_EM, 3);
		// The baseline is at y = 0: what lies below it (x^2 has almost nothing) goes below the text's baseline.
		expect(Number(/vertical-align: (-?[\d.]+)em/.exec(svg)![1])).toBeCloseTo((-(height + top) / 1000) * FORMULA_EM, 3);
		// Glyphs are outlines from the page's store, never text in a font.
		expect(markup).not.toContain('<text');
		expect(markup).toMatch(/<use xlink:href="#MJX-[^"]+">/);
		// MathJax's own attributes for its scripts and its copies of the TeX source are not in the page.
		expect(markup).not.toMatch(/data-(latex|mml-node|c)=/);
	});

	it('gives screen readers the formula as MathML, with no TeX source', async () => {
		const markup = await formulaMarkup('\\mathcal{L}(\\theta) = -\\sum_{t=1}^{T} \\log p_\\theta(x_t \\mid x_{<t})', true);
		const mathml = /<span class="visually-hidden">(<math[\s\S]*<\/math>)<\/span>$/.exec(markup)![1];
		expect(mathml).toContain('<munderover>');
		expect(mathml).toContain('<mi>log</mi>');
		expect(mathml).toContain('display="block"');
		expect(mathml).not.toContain('\\');
		// In HTML the parser gives <math> its namespace: no attribute needed.
		expect(mathml).toMatch(/^<math display="block">/);
	});

	it('keeps a long in-line formula in one picture (one that is too wide shrinks to its line in CSS)', async () => {
		const markup = await formulaMarkup('\\mathrm{FFN}(x) = (\\mathrm{Swish}(xW_1) \\odot xV)\\,W_2 + a + b + c + d + e + f', false);
		expect(markup.match(/<svg/g)).toHaveLength(1);
	});

	it('stops the build on TeX it cannot read, naming the formula', async () => {
		await expect(formulaMarkup('\\nosuchmacro{x}', false)).rejects.toThrow(FormulaError);
		await expect(formulaMarkup('x^', false)).rejects.toThrow(/x\^/);
	});
});

describe('rehypeMathSvg', () => {
	it('typesets every marked formula and stores each glyph the page uses exactly once', async () => {
		const inline = el('span', ['math', 'math-inline'], [text('x_t')]);
		const display = el('div', ['math', 'math-display'], [text('\\sum_t x_t')]);
		const tree: Node = { type: 'root', children: [el('p', [], [text('Token '), inline, text('.')]), display] };
		await rehypeMathSvg()(tree);
		expect(htmlOf(inline.children![0])).toMatch(/^<svg[^>]*class="formula"/);
		expect(htmlOf(display.children![0])).toContain('display="block"');
		const store = htmlOf(tree.children!.at(-1)!);
		expect(store).toMatch(/^<svg class="formula-glyphs" aria-hidden="true"[^>]*style="display:none"/);
		const defined = [...store.matchAll(/<path id="([^"]+)"/g)].map((m) => m[1]);
		expect(new Set(defined).size).toBe(defined.length);
		const used = [...`${htmlOf(inline.children![0])}${htmlOf(display.children![0])}`.matchAll(/xlink:href="#([^"]+)"/g)].map((m) => m[1]);
		expect(new Set(used)).toEqual(new Set(defined));
	});

	it('writes the glyph outlines compactly, drawing the same shapes as the font gives them', async () => {
		const source = '\\mathcal{L}(\\theta) = -\\sum_{t=1}^{T} \\log P_\\theta(x_t \\mid x_{<t}) \\quad \\mathbb{R}^{d} \\; \\hat{y}';
		const used = glyphsUsedIn(await formulaMarkup(source, true));
		const compact = glyphStore(used);
		const original = typesetGlyphStore(used);
		const paths = (markup: string) => new Map([...markup.matchAll(/<path id="([^"]+)" d="([^"]*)"/g)].map((m) => [m[1], m[2]]));
		const before = paths(original);
		const after = paths(compact);
		expect(after.size).toBeGreaterThan(10);
		expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
		for (const [id, d] of before) {
			const [a, b] = [absolutePoints(d), absolutePoints(after.get(id)!)];
			expect(b.length, id).toBe(a.length);
			// The font's units are thousandths of an em; a few outlines have tenths, rounded away.
			for (let i = 0; i < a.length; i++) expect(Math.abs(a[i] - b[i]), `${id} #${i}`).toBeLessThanOrEqual(0.5);
		}
		expect(compact.length).toBeLessThan(original.length * 0.8);
	});

	it('gives each page exactly the glyphs its own formulas draw, when pages are typeset side by side as the build does', async () => {
		const pages = ['\\alpha + \\beta', 'y = \\sum_i w_i x_i', '\\mathcal{L}(\\theta)', 'z'].map((source): Node => ({
			type: 'root',
			children: [el('div', ['math', 'math-display'], [text(source)])]
		}));
		await Promise.all(pages.map((tree) => rehypeMathSvg()(tree)));
		for (const tree of pages) {
			const store = htmlOf(tree.children!.at(-1)!);
			const defined = [...store.matchAll(/<path id="([^"]+)"/g)].map((m) => m[1]);
			expect(defined.length).toBe(new Set(defined).size);
			expect(new Set(defined)).toEqual(glyphsUsedIn(htmlOf(tree.children![0].children![0])));
		}
	});

	it('writes a page’s glyphs in the order of their ids, whatever was typeset before it', async () => {
		// Fraktur letters, which no other test typesets: Z enters MathJax's cache before A.
		await rehypeMathSvg()({ type: 'root', children: [el('span', ['math', 'math-inline'], [text('\\mathfrak{Z}')])] });
		const page: Node = { type: 'root', children: [el('span', ['math', 'math-inline'], [text('\\mathfrak{A} + \\mathfrak{Z}')])] };
		await rehypeMathSvg()(page);
		const defined = [...htmlOf(page.children!.at(-1)!).matchAll(/<path id="([^"]+)"/g)].map((m) => m[1]);
		expect(defined.length).toBeGreaterThanOrEqual(3);
		expect(defined).toEqual([...defined].sort());
	});

	it('starts each page with an empty store, and adds none to a page without formulas', async () => {
		await rehypeMathSvg()({ type: 'root', children: [el('span', ['math', 'math-inline'], [text('\\alpha')])] });
		const second: Node = { type: 'root', children: [el('span', ['math', 'math-inline'], [text('y')])] };
		await rehypeMathSvg()(second);
		expect(htmlOf(second.children!.at(-1)!)).not.toContain('1D6FC'); // α from the page before
		const none: Node = { type: 'root', children: [el('p', [], [text('No maths here.')])] };
		await rehypeMathSvg()(none);
		expect(none.children).toHaveLength(1);
		expect(glyphStore([])).toMatch(/^<svg class="formula-glyphs"/);
		expect(glyphStore([])).not.toContain('<path');
	});
});

describe('punctuation after an in-line formula', () => {
	it('stays on the formula line: the formula and the punctuation after it are wrapped together', async () => {
		const inline = el('span', ['math', 'math-inline'], [text('x')]);
		const paragraph = el('p', [], [text('Let '), inline, text('，then more.')]);
		await rehypeMathSvg()({ type: 'root', children: [paragraph] });
		const [before, together, after] = paragraph.children!;
		expect(before.value).toBe('Let ');
		expect(together.properties?.className).toEqual(['math-nowrap']);
		expect(together.children).toEqual([inline, text('，')]);
		expect(after.value).toBe('then more.');
	});

	it('leaves a formula followed by a word or a space, and display formulas, alone', async () => {
		const inline = el('span', ['math', 'math-inline'], [text('x')]);
		const display = el('div', ['math', 'math-display'], [text('y')]);
		const paragraph = el('p', [], [inline, text(' is'), display, text('.')]);
		await rehypeMathSvg()({ type: 'root', children: [paragraph] });
		expect(paragraph.children!.map((c) => c.value ?? c.properties?.className?.join(' '))).toEqual(['math math-inline', ' is', 'math math-display', '.']);
	});
});

/**
 * Every point a path passes through or pulls towards, in absolute coordinates, with shorthand curves (S, T) and lines
 * (H, V) written out, so that two spellings of the same outline compare equal.
 */
function absolutePoints(d: string): number[] {
	const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
	const out: number[] = [];
	let [x, y, startX, startY, lastCx, lastCy] = [0, 0, 0, 0, 0, 0];
	let command = '';
	let previous = '';
	let i = 0;
	const next = () => Number(tokens[i++]);
	while (i < tokens.length) {
		if (/[a-zA-Z]/.test(tokens[i])) command = tokens[i++];
		const relative = command === command.toLowerCase();
		const [ox, oy] = relative ? [x, y] : [0, 0];
		const kind = command.toUpperCase();
		if (kind === 'Z') {
			[x, y] = [startX, startY];
			out.push(x, y);
			previous = 'Z';
			continue;
		}
		let points: number[] = [];
		if (kind === 'M' || kind === 'L' || kind === 'T') points = [ox + next(), oy + next()];
		else if (kind === 'H') points = [ox + next(), y];
		else if (kind === 'V') points = [x, oy + next()];
		else if (kind === 'C') points = [ox + next(), oy + next(), ox + next(), oy + next(), ox + next(), oy + next()];
		else if (kind === 'S' || kind === 'Q') points = [ox + next(), oy + next(), ox + next(), oy + next()];
		else throw new Error(`path command ${command} not handled`);
		if (kind === 'S') {
			const reflected = 'CS'.includes(previous) ? [2 * x - lastCx, 2 * y - lastCy] : [x, y];
			points = [...reflected, ...points];
		}
		if (kind === 'T') {
			const reflected = 'QT'.includes(previous) ? [2 * x - lastCx, 2 * y - lastCy] : [x, y];
			points = [...reflected, ...points];
		}
		const name = { M: 'M', L: 'L', H: 'L', V: 'L', C: 'C', S: 'C', Q: 'Q', T: 'Q' }[kind]!;
		out.push(...points);
		[x, y] = points.slice(-2);
		if (name === 'C' || name === 'Q') [lastCx, lastCy] = points.slice(-4, -2);
		if (kind === 'M') {
			[startX, startY] = [x, y];
			command = relative ? 'l' : 'L';
		}
		previous = name;
	}
	return out;
}
