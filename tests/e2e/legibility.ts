// Legibility checks shared by the figure tests: the size text is drawn at on screen, whatever draws it.
//
//   import { smallTexts, expectLegible } from './legibility';
//   await expectLegible(page.locator('.attention-mask-figure'));          // every text >= 11 CSS px
//   const small = await smallTexts(page.locator('[data-island="emergence"]'), 11);  // [] when all are legible
//
// What counts as a text's size:
// - HTML text: its computed font-size (CSS px; figures do not scale HTML with transforms).
// - SVG <text>: its computed font-size (user units) times the SVG's screen scale (getScreenCTM, so a viewBox drawn
//   smaller or larger than its user units counts, and so does a rotation).
// - <canvas>: canvases draw text the DOM cannot see, so a canvas that draws text says so: `data-label-px` holds the
//   smallest font size it draws in CSS px (on screen, after its own scaling). A canvas without it is taken to draw
//   no text.
// Only what a reader can see is measured: elements with a zero-size box, hidden (display, visibility, opacity 0,
// hidden ancestors) or visually hidden for screen readers (clipped to 1 px) are skipped, as are texts of blank space.
import { expect, type Locator } from '@playwright/test';

export interface SmallText {
	/** The text (cut to 40 characters), or `<canvas>` for a canvas. */
	text: string;
	/** Its size on screen, CSS px, rounded to 0.1. */
	px: number;
	/** How it was measured: 'html', 'svg' or 'canvas'. */
	kind: 'html' | 'svg' | 'canvas';
}

/** Every visible text inside `root` (all elements it matches) drawn smaller than `minPx` CSS px on screen. */
export async function smallTexts(root: Locator, minPx = 11): Promise<SmallText[]> {
	const found = await root.evaluateAll((roots, min) => {
		const small: { text: string; px: number; kind: 'html' | 'svg' | 'canvas' }[] = [];
		const hidden = (el: Element) => {
			if (!el.isConnected) return true;
			const box = el.getBoundingClientRect();
			if (box.width <= 1 || box.height <= 1) return true;
			for (let e: Element | null = el; e; e = e.parentElement) {
				const style = getComputedStyle(e);
				if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return true;
				if (style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)') return true;
				if (e instanceof HTMLDetailsElement && !e.open && !(el === e || e.querySelector(':scope > summary')?.contains(el))) return true;
			}
			return false;
		};
		/** How much an element's own drawing is scaled on screen (1 for untransformed HTML). */
		const svgScale = (el: SVGGraphicsElement) => {
			const m = el.getScreenCTM();
			if (!m) return 1;
			// The vertical scale of the text's own axes: a rotated label keeps its size.
			return Math.hypot(m.c, m.d);
		};
		const seen = new Set<Element>();
		for (const root of roots) {
			// SVG text: <text> elements (their <tspan>s share the size unless they set their own).
			for (const el of root.querySelectorAll<SVGTextElement | SVGTSpanElement>('text, tspan')) {
				if (seen.has(el) || !el.textContent?.trim() || hidden(el)) continue;
				seen.add(el);
				const px = parseFloat(getComputedStyle(el).fontSize) * svgScale(el);
				if (px < min) small.push({ text: el.textContent.trim().slice(0, 40), px: Math.round(px * 10) / 10, kind: 'svg' });
			}
			// HTML text: every element with a text node of its own.
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const el = node.parentElement;
				if (!el || el instanceof SVGElement || seen.has(el) || !node.textContent?.trim()) continue;
				if (['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'].includes(el.tagName)) continue;
				seen.add(el);
				if (hidden(el)) continue;
				const range = document.createRange();
				range.selectNodeContents(node);
				const box = range.getBoundingClientRect();
				if (box.width <= 1 || box.height <= 1) continue;
				const px = parseFloat(getComputedStyle(el).fontSize);
				if (px < min) small.push({ text: node.textContent.trim().slice(0, 40), px: Math.round(px * 10) / 10, kind: 'html' });
			}
			for (const canvas of root.querySelectorAll('canvas')) {
				if (hidden(canvas) || canvas.dataset.labelPx === undefined) continue;
				const px = Number(canvas.dataset.labelPx);
				if (!(px >= min)) small.push({ text: '<canvas>', px: Math.round(px * 10) / 10, kind: 'canvas' });
			}
		}
		return small;
	}, minPx);
	return found;
}

/** Fails (softly, so one run lists every figure) when any visible text in `root` is drawn below `minPx` CSS px. */
export async function expectLegible(root: Locator, minPx = 11, label = ''): Promise<void> {
	const small = await smallTexts(root, minPx);
	expect.soft(small, `${label} texts under ${minPx} px: ${small.map((s) => `"${s.text}" ${s.px} px (${s.kind})`).join('; ')}`).toEqual([]);
}
