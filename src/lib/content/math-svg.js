// Rehype plugin, run by mdsvex at build time (plain JS so svelte.config.js can import it).
// Every formula in the site's markdown ($…$ and $$…$$, marked by remark-math) is typeset once, here, by MathJax into
// an SVG drawn with its New Computer Modern glyphs, plus the same formula as MathML for screen readers.
// Why not KaTeX's HTML, which the site used before (issue 18): it writes each formula as dozens of positioned spans in
// several web fonts, so a concept page had about 1,000 more elements to lay out, and laid them out again as each font
// arrived. An SVG is one box to the page's layout and needs no font at all.
// Glyph outlines are stored once per page (one hidden <svg> of <path>s at the end of the file) and each formula draws
// them with <use>, so a page pays for each glyph once.
import { mathjax } from '@mathjax/src/js/mathjax.js';
import { TeX } from '@mathjax/src/js/input/tex.js';
import { SVG } from '@mathjax/src/js/output/svg.js';
import { liteAdaptor } from '@mathjax/src/js/adaptors/liteAdaptor.js';
import { RegisterHTMLHandler } from '@mathjax/src/js/handlers/html.js';
import { SerializedMmlVisitor } from '@mathjax/src/js/core/MmlTree/SerializedMmlVisitor.js';
import { STATE } from '@mathjax/src/js/core/MathItem.js';
import '@mathjax/src/js/input/tex/base/BaseConfiguration.js';
import '@mathjax/src/js/input/tex/ams/AmsConfiguration.js';
import '@mathjax/src/js/util/asyncLoad/esm.js';
import { MathJaxNewcmFont } from '@mathjax/mathjax-newcm-font/js/svg.js';
import { optimize } from 'svgo';
import { flattenFormula } from './flatten-formula.js';

const adaptor = liteAdaptor();
RegisterHTMLHandler(adaptor);
const tex = new TeX({ packages: ['base', 'ams'] });
// One picture per formula: MathJax would otherwise cut a long in-line formula into several pictures at its operators.
const svg = new SVG({ fontCache: 'global', fontData: MathJaxNewcmFont, linebreaks: { inline: false } });
const mathDocument = mathjax.document('', { InputJax: tex, OutputJax: svg });
const mathml = new SerializedMmlVisitor();

/** Attributes MathJax adds for its own scripts (none run here), and its TeX source copies: dropped from the page. */
const MATHJAX_ONLY = / data-(?:latex|latex-item|mml-node|c|mjx-texclass|semantic-[a-z-]+|mjx-[a-z-]+)="[^"]*"/g;

/**
 * How large a formula is drawn: 1.21 times the text's font size per em of the maths font, the size KaTeX drew them at
 * (its choice, so that the maths' x-height matches common text fonts'). MathJax gives sizes in ex of the surrounding
 * font, which would make the same formula a different size in the Chinese and English pages' fonts.
 */
export const FORMULA_EM = 1.21;

/** @param {number} units thousandths of the maths font's em */
const em = (units) => `${Math.round((units / 1000) * FORMULA_EM * 1000) / 1000}em`;

/** Thrown for a formula MathJax cannot read, naming it, so the build stops instead of printing red TeX on a page. */
export class FormulaError extends Error {}

/**
 * One formula as MathJax draws it: its SVG, sized in em of the text, hidden from assistive technology, with MathJax's
 * own attributes dropped; its groups are still nested as MathJax writes them (formulaMarkup flattens them).
 * @param {string} source TeX, without its $ delimiters
 * @param {boolean} display a display formula ($$…$$) rather than one in a line of text
 * @returns {Promise<string>}
 */
export async function typesetPicture(source, display) {
	const node = await mathDocument.convertPromise(source, { display });
	const picture = /** @type {import('@mathjax/src/js/adaptors/lite/Element.js').LiteElement} */ (adaptor.firstChild(node));
	if (!picture || adaptor.kind(picture) !== 'svg' || adaptor.outerHTML(node).includes('data-mjx-error')) {
		throw new FormulaError(`MathJax could not typeset the formula: ${source}`);
	}
	if (adaptor.childNodes(node).length !== 1) throw new FormulaError(`MathJax drew the formula in pieces: ${source}`);
	// Sized in em of the text (see FORMULA_EM), from the picture's own box: its baseline is at y = 0.
	const [, top, width, height] = adaptor.getAttribute(picture, 'viewBox').split(' ').map(Number);
	adaptor.setAttribute(picture, 'width', em(width));
	adaptor.setAttribute(picture, 'height', em(height));
	adaptor.setAttribute(picture, 'style', `vertical-align: ${em(-(height + top))}`);
	adaptor.setAttribute(picture, 'aria-hidden', 'true');
	adaptor.removeAttribute(picture, 'role');
	// Namespace declarations mean nothing to the HTML parser, which puts an inline <svg> and its xlink:href in their
	// namespaces itself: about 120 bytes a formula, 0.2 kB of compressed HTML on a page with forty.
	adaptor.removeAttribute(picture, 'xmlns');
	adaptor.removeAttribute(picture, 'xmlns:xlink');
	adaptor.setAttribute(picture, 'class', 'formula');
	return adaptor.outerHTML(picture).replace(MATHJAX_ONLY, '');
}

/**
 * One formula as the page's markup: the SVG (hidden from assistive technology) and its MathML (read by it, not shown).
 * Glyphs are <use> references into the page's glyph store (glyphStore of the glyphs its formulas use), placed directly
 * in the formula's one group (flattenFormula).
 * @param {string} source TeX, without its $ delimiters
 * @param {boolean} display a display formula ($$…$$) rather than one in a line of text
 * @returns {Promise<string>}
 */
export async function formulaMarkup(source, display) {
	const drawn = flattenFormula(await typesetPicture(source, display));
	const tree = await mathDocument.convertPromise(source, { display, end: STATE.CONVERT, format: 'TeX' });
	const read = mathml
		.visitTree(tree)
		.replace(MATHJAX_ONLY, '')
		.replace(/ class="MJX-TeXAtom-ORD"/g, '')
		// The HTML parser puts <math> in MathML's namespace itself: the attribute is 41 bytes a formula for nothing.
		.replace(' xmlns="http://www.w3.org/1998/Math/MathML"', '')
		.replace(/>\s+</g, '><');
	return `${drawn}<span class="visually-hidden">${read}</span>`;
}

/** The glyphs a page's formula markup draws (the ids its `<use>` elements point at). @param {string} markup */
export const glyphsUsedIn = (markup) => new Set([...markup.matchAll(/xlink:href="#([^"]+)"/g)].map((m) => m[1]));

/**
 * A page's glyph store as MathJax writes it: the outline of every glyph in `used`, once, in an SVG that is never drawn
 * itself. The outlines come from MathJax's cache, which holds every glyph typeset so far on any page and is never
 * cleared: the build typesets pages side by side, so a cache started afresh for each page would mix their glyphs (a
 * page stored glyphs of others, and could lose its own).
 * @param {Iterable<string>} used
 */
export function typesetGlyphStore(used) {
	const wanted = new Set(used);
	// In the order of their ids, not the cache's: that is the order pages happened to be typeset in, which changes from
	// build to build, and with it the page's bytes.
	const outlines = adaptor
		.childNodes(svg.fontCache.getCache())
		.map((node) => ({ id: String(adaptor.getAttribute(/** @type {any} */ (node), 'id')), node }))
		.filter(({ id }) => wanted.has(id))
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
		.map(({ node }) => adaptor.outerHTML(/** @type {any} */ (node)));
	return `<svg class="formula-glyphs" aria-hidden="true" focusable="false" style="display:none"><defs>${outlines.join('')}</defs></svg>`;
}

/**
 * Path data written compactly by SVGO's convertPathData: relative commands, shorthand curves and lines, no redundant
 * separators, whole thousandths of an em as the font gives them (a few outlines have tenths: rounded, 0.0005 em, under
 * a hundredth of a pixel at the size drawn). Only rewritings that draw the same points: curves stay curves (no arcs,
 * no quadratics, no straightened curves) and no segment is merged or dropped.
 */
const COMPACT_PATHS = {
	name: 'convertPathData',
	params: { floatPrecision: 0, makeArcs: false, convertToQ: false, straightCurves: false, removeUseless: false, collapseRepeated: false }
};

/**
 * A page's glyph store as it is written into the page: `typesetGlyphStore(used)` with its outlines' path data
 * compacted, about a quarter fewer compressed bytes for the same shapes.
 * @param {Iterable<string>} used
 */
export function glyphStore(used) {
	return optimize(typesetGlyphStore(used), { plugins: [/** @type {any} */ (COMPACT_PATHS)] }).data;
}

/** @typedef {{ type: string, tagName?: string, value?: string, properties?: { className?: string[] }, children?: HastNode[] }} HastNode */

/**
 * The formulas remark-math marked in a page (elements of class math-inline or math-display), in document order, each
 * with the element it is in.
 * @param {HastNode} node
 * @param {{ node: HastNode, parent: HastNode }[]} found
 * @returns {{ node: HastNode, parent: HastNode }[]}
 */
function formulasIn(node, found = []) {
	for (const child of node.children ?? []) {
		const classes = child.properties?.className ?? [];
		if (classes.includes('math-inline') || classes.includes('math-display')) found.push({ node: child, parent: node });
		else formulasIn(child, found);
	}
	return found;
}

/** Punctuation that closes a phrase, in either language: a line must not start with it. */
const CLOSING = /^[,.;:!?)\]}，。；：！？、）」』]+/u;

/**
 * An in-line formula is one picture, and a line may break between a picture and the text after it: keep the
 * punctuation that follows a formula ("$x$,") on the formula's line, as it would be after a word.
 * @param {HastNode} node
 * @param {HastNode} parent
 */
function keepPunctuation(node, parent) {
	const siblings = parent.children ?? [];
	const index = siblings.indexOf(node);
	const next = siblings[index + 1];
	const closing = next?.type === 'text' ? CLOSING.exec(next.value ?? '')?.[0] : undefined;
	if (!next || !closing) return;
	next.value = (next.value ?? '').slice(closing.length);
	const together = { type: 'element', tagName: 'span', properties: { className: ['math-nowrap'] }, children: [node, { type: 'text', value: closing }] };
	siblings.splice(index, 1, together);
}

/**
 * @param {HastNode} node
 * @returns {string}
 */
const textOf = (node) => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join(''));

/** The rehype plugin: replaces the content of every formula with its typeset markup, and adds the page's glyph store. */
export function rehypeMathSvg() {
	/** @param {HastNode} tree */
	return async (tree) => {
		const formulas = formulasIn(tree);
		if (formulas.length === 0) return;
		let drawn = '';
		for (const { node, parent } of formulas) {
			const display = (node.properties?.className ?? []).includes('math-display');
			const markup = await formulaMarkup(textOf(node).trim(), display);
			drawn += markup;
			// mdsvex passes {@html …} through to Svelte: the markup is made here, at build time, from the site's own markdown.
			node.children = [{ type: 'text', value: `{@html ${JSON.stringify(markup)}}` }];
			if (!display) keepPunctuation(node, parent);
		}
		tree.children?.push({ type: 'text', value: `{@html ${JSON.stringify(glyphStore(glyphsUsedIn(drawn)))}}` });
	};
}
