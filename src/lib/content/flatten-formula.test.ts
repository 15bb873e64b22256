import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flattenFormula, parseTransform } from './flatten-formula.js';
import { typesetPicture } from './math-svg.js';

/** A 2-D affine map [a, b, c, d, e, f], as SVG's matrix() writes it. */
type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const times = ([a, b, c, d, e, f]: Matrix, [A, B, C, D, E, F]: Matrix): Matrix => [
	a * A + c * B,
	b * A + d * B,
	a * C + c * D,
	b * C + d * D,
	a * E + c * F + e,
	b * E + d * F + f
];

/** Any SVG transform list of translate, scale and matrix, read independently of the code under test. */
function matrixOf(value: string | undefined): Matrix {
	let m = IDENTITY;
	for (const [, kind, args] of (value ?? '').matchAll(/(\w+)\(([^)]*)\)/g)) {
		const n = args.split(/[\s,]+/).filter(Boolean).map(Number);
		if (kind === 'translate') m = times(m, [1, 0, 0, 1, n[0], n[1] ?? 0]);
		else if (kind === 'scale') m = times(m, [n[0], 0, 0, n[1] ?? n[0], 0, 0]);
		else if (kind === 'matrix') m = times(m, n as Matrix);
		else throw new Error(`unexpected transform ${kind}`);
	}
	return m;
}

/** Where every glyph and rule of a formula lands in its SVG's coordinates: glyph id and the map that places it, or
 * a rule's corners. */
function placements(markup: string): { leaf: string; at: number[] }[] {
	const stack: Matrix[] = [IDENTITY];
	const found: { leaf: string; at: number[] }[] = [];
	for (const [, closing, tag, attributes] of markup.matchAll(/<(\/?)(\w+)([^>]*)>/g)) {
		const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1];
		if (tag === 'g') {
			if (closing) stack.pop();
			else stack.push(times(stack.at(-1)!, matrixOf(attr('transform'))));
		} else if (tag === 'use' && !closing) {
			const m = times(times(stack.at(-1)!, matrixOf(attr('transform'))), [1, 0, 0, 1, Number(attr('x') ?? 0), Number(attr('y') ?? 0)]);
			found.push({ leaf: attr('xlink:href')!, at: m });
		} else if (tag === 'rect' && !closing) {
			const m = times(stack.at(-1)!, matrixOf(attr('transform')));
			const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((name) => Number(attr(name) ?? 0));
			const corners = [
				[x, y],
				[x + w, y + h]
			].map(([px, py]) => [m[0] * px + m[2] * py + m[4], m[1] * px + m[3] * py + m[5]]);
			const xs = corners.map((p) => p[0]).sort((p, q) => p - q);
			const ys = corners.map((p) => p[1]).sort((p, q) => p - q);
			found.push({ leaf: 'rect', at: [xs[0], ys[0], xs[1], ys[1]] });
		}
	}
	return found;
}

/** Every formula in the site's markdown, both languages ($$…$$ and $…$ outside code). */
function siteFormulas(): { source: string; display: boolean }[] {
	const formulas: { source: string; display: boolean }[] = [];
	for (const lang of ['en', 'zh']) {
		for (const file of readdirSync(join('content', lang))) {
			const text = readFileSync(join('content', lang, file), 'utf8').replace(/```[\s\S]*?```|`[^`\n]*`/g, '');
			for (const [, display, inline] of text.matchAll(/\$\$([\s\S]+?)\$\$|(?<![\\$])\$(?!\$)((?:\\\$|[^$\n])+?)\$/g)) {
				formulas.push(display === undefined ? { source: inline, display: false } : { source: display, display: true });
			}
		}
	}
	return formulas;
}

/** The same leaves in the same order, each within a hundredth of a font unit (positions) or 1e-4 (scale factors)
 * of where the other puts it: what flattenFormula's rounding allows, a hundred-thousandth of an em. */
function expectSamePlaces(flat: ReturnType<typeof placements>, nested: ReturnType<typeof placements>, label: string) {
	expect(flat.map((p) => p.leaf), label).toEqual(nested.map((p) => p.leaf));
	flat.forEach(({ leaf, at }, i) => {
		at.forEach((value, k) => {
			const scale = leaf !== 'rect' && k < 4;
			expect(Math.abs(value - nested[i].at[k]), `${label}: ${leaf} #${i}, value ${k}`).toBeLessThanOrEqual(scale ? 1e-4 : 0.011);
		});
	});
}

describe('parseTransform', () => {
	it('reads translate and scale lists as MathJax writes them, composed left to right', () => {
		expect(parseTransform(undefined)).toEqual({ a: 1, d: 1, e: 0, f: 0 });
		expect(parseTransform('translate(605,-150)')).toEqual({ a: 1, d: 1, e: 605, f: -150 });
		expect(parseTransform('scale(1,-1)')).toEqual({ a: 1, d: -1, e: 0, f: 0 });
		// Translate, then scale what is inside: a point at x = 10 lands at 605 + 0.707 × 10.
		expect(parseTransform('translate(605,-150) scale(0.707)')).toEqual({ a: 0.707, d: 0.707, e: 605, f: -150 });
		expect(parseTransform('translate(5)')).toEqual({ a: 1, d: 1, e: 5, f: 0 });
	});

	it('refuses anything that is not a translation or a scaling', () => {
		expect(parseTransform('rotate(90)')).toBeNull();
		expect(parseTransform('matrix(1 0 0 1 0 0)')).toBeNull();
		expect(parseTransform('translate(1,2) skewX(3)')).toBeNull();
		expect(parseTransform('translate(a,b)')).toBeNull();
	});
});

describe('flattenFormula', () => {
	it('keeps one group and moves the others onto the glyphs and rules, to the same places', () => {
		const nested =
			'<svg viewBox="0 0 9 9"><g fill="currentColor" transform="scale(1,-1)"><g transform="translate(605,-150) scale(0.707)">' +
			'<use xlink:href="#a"></use><rect width="3" height="2" x="1" y="2"></rect></g>' +
			'<g transform="translate(10,0)"><use xlink:href="#b" transform="translate(0.2,0.1)"></use></g></g></svg>';
		const flat = flattenFormula(nested);
		expect(flat).toBe(
			'<svg viewBox="0 0 9 9"><g fill="currentColor" transform="scale(1,-1)">' +
				'<use xlink:href="#a" transform="matrix(.707 0 0 .707 605 -150)"></use>' +
				'<rect x="605.71" y="-148.59" width="2.12" height="1.41"></rect>' +
				'<use xlink:href="#b" x="10.2" y=".1"></use></g></svg>'
		);
		expectSamePlaces(placements(flat), placements(nested), 'example');
	});

	it('leaves a picture alone when it is not the shape MathJax writes', () => {
		const shapes = [
			// a rotation
			'<svg><g><g transform="rotate(90)"><use xlink:href="#a"></use></g></g></svg>',
			// an inner group with its own colour, which its leaves would lose
			'<svg><g><g fill="red"><use xlink:href="#a"></use></g></g></svg>',
			// text, which has no place to go
			'<svg><g><text>x</text></g></svg>',
			// text between tags
			'<svg><g>x<use xlink:href="#a"></use></g></svg>',
			// two outer groups
			'<svg><g><use xlink:href="#a"></use></g><g><use xlink:href="#b"></use></g></svg>',
			// a glyph with a style of its own
			'<svg><g><use xlink:href="#a" style="opacity:.5"></use></g></svg>'
		];
		for (const shape of shapes) expect(flattenFormula(shape)).toBe(shape);
	});

	it("draws every formula of the site's pages as MathJax does, with one group each", async () => {
		const formulas = siteFormulas();
		// The six pages in two languages write over a hundred formulas (the build draws 299 with the answers' and
		// glossary's own).
		expect(formulas.length).toBeGreaterThan(100);
		let groupsBefore = 0;
		for (const { source, display } of formulas) {
			const nested = await typesetPicture(source, display);
			const flat = flattenFormula(nested);
			expect(flat.match(/<g[\s>]/g), source).toHaveLength(1);
			expectSamePlaces(placements(flat), placements(nested), source);
			expect(placements(flat).length, source).toBeGreaterThan(0);
			groupsBefore += nested.match(/<g[\s>]/g)!.length;
		}
		// What flattening saves the page's layout: several groups per formula.
		expect(groupsBefore).toBeGreaterThan(formulas.length * 3);
	});
});
