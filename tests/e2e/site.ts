// What the end-to-end tests visit: every built page, and helpers that fail a test on console errors, failed
// requests or requests to any other host.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { chromium, expect, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, testChromiumExecutable } from '../../scripts/browser.js';
import { mulberry32 } from '../../src/lib/random';
import { SLUGS } from '../../src/lib/content/concepts';
import { distinctiveSentence, parseSeed } from '../../src/lib/content/seed';
import { LANGS, type Lang } from '../../src/lib/i18n/langs';
import { LAB_SLUGS } from '../../src/lib/labs';
import { STORED_KEYS } from '../../src/lib/stored-keys';

export interface SitePage {
	path: string;
	lang: Lang | null;
	slug: string | null;
}

export const CONCEPT_PAGES: SitePage[] = LANGS.flatMap((lang) => SLUGS.map((slug) => ({ path: `/${lang}/${slug}/`, lang, slug })));
export const INDEX_PAGES: SitePage[] = LANGS.map((lang) => ({ path: `/${lang}/`, lang, slug: null }));
export const LAB_PAGES: SitePage[] = LANGS.flatMap((lang) => LAB_SLUGS.map((lab) => ({ path: `/${lang}/lab/${lab}/`, lang, slug: null })));
// Glossary and search: language pages without a slug and without figures.
export const LINK_PAGES: SitePage[] = LANGS.flatMap((lang) => [
	{ path: `/${lang}/glossary/`, lang, slug: null },
	{ path: `/${lang}/search/`, lang, slug: null }
]);
export const ALL_PAGES: SitePage[] = [{ path: '/', lang: null, slug: null }, ...INDEX_PAGES, ...CONCEPT_PAGES, ...LAB_PAGES, ...LINK_PAGES];

const seed = parseSeed(readFileSync('content/seed/llm-basics.zh.txt', 'utf8'));

/** A sentence of the seed's answer to this concept, as it reads on the Chinese page. */
export function seedSentence(slug: string): string {
	return distinctiveSentence(seed[SLUGS.indexOf(slug as (typeof SLUGS)[number])].answer);
}

/** Records console errors, page errors, failed requests and requests to other hosts, for `expectClean`. */
export function watchPage(page: Page) {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) => {
		// Aborted means cancelled (the page moved on, or the service worker took over); a missing file is a 404 below.
		if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:') {
			problems.push(`request to another host: ${request.url()}`);
		}
	});
	return {
		problems,
		expectClean: () => expect(problems, problems.join('\n')).toEqual([])
	};
}

/**
 * Seeded random query strings for fuzzing a figure's URL reader: each of 1 to `maxPairs` pairs of a key and a value
 * drawn from the lists (both percent-encoded) and, one time in ten unless turned off, a broken percent escape last.
 */
export function randomQueries(
	seed: number,
	count: number,
	keys: readonly string[],
	values: readonly string[],
	{ maxPairs = 6, brokenEscapes = true } = {}
): string[] {
	const random = mulberry32(seed);
	const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)];
	return Array.from({ length: count }, () => {
		const parts: string[] = [];
		for (let j = 0, n = 1 + Math.floor(random() * maxPairs); j < n; j++) parts.push(`${encodeURIComponent(pick(keys))}=${encodeURIComponent(pick(values))}`);
		if (brokenEscapes && random() < 0.1) parts.push('%E0%A4%A');
		return `?${parts.join('&')}`;
	});
}

/**
 * Puts each query into the address in turn, as going back in history would (the figures read it on popstate, with no
 * load), and returns what `probe` reads of the page after each, all in one call into the page: the figures have
 * re-rendered once the popstate's task and its microtasks are over. A fuzzer's hundreds of queries so cost the page's
 * own work, not two round trips to the browser each. `probe` runs in the page (it may not use anything from the
 * test's scope) and may wait for something it needs.
 */
export async function statesAfterQueries<T>(page: Page, queries: string[], probe: () => T | Promise<T>): Promise<T[]> {
	const run = async (probe: () => unknown, queries: string[]) => {
		const states = [];
		for (const query of queries) {
			history.replaceState(history.state, '', query);
			window.dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
			await new Promise((resolve) => setTimeout(resolve, 0));
			states.push(await probe());
		}
		return states;
	};
	return page.evaluate(`(${run.toString()})(${probe.toString()}, ${JSON.stringify(queries)})`) as Promise<T[]>;
}

/** Waits for hydration: clicks before it are lost. */
export async function hydrated(page: Page) {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** How long a figure may take to start once its code may load: some bring their models with their code, which on a
 * loaded 2-core CI machine takes seconds. */
export const FIGURE_START_TIMEOUT = 15_000;

/** Waits for hydration and for every figure island on the page to be live: each is scrolled into view and pointed
 * at, which is what starts it (a link with a query starts them at once). All are started before any is waited for, so
 * their code loads side by side. */
export async function figuresLive(page: Page) {
	await hydrated(page);
	const islands = await page.locator('[data-island]').all();
	for (const island of islands) {
		await island.scrollIntoViewIfNeeded();
		if ((await island.getAttribute('data-live')) === null) await island.dispatchEvent('pointerenter');
	}
	for (const island of islands) await expect(island).toHaveAttribute('data-live', '', { timeout: FIGURE_START_TIMEOUT });
}

/** Records every script the page fetches from now on. `withKit()` lists those that carry SvelteKit's router (its
 * session-storage keys are in it): on a page that starts without Kit, code it loads on use (a filter, search) must not
 * bring Kit's runtime with it. */
/** What only Svelte's runtime among the site's script files contains: the addresses its errors link to. */
export const SVELTE_RUNTIME_MARK = /svelte\.dev\/e\//;

export function watchScripts(page: Page) {
	const bodies: Promise<[string, string]>[] = [];
	page.on('response', (response) => {
		const path = new URL(response.url()).pathname;
		if (path.endsWith('.js')) bodies.push(response.text().then((text): [string, string] => [path, text], (): [string, string] => [path, '']));
	});
	return {
		paths: async () => (await Promise.all(bodies)).map(([path]) => path),
		withKit: async () => (await Promise.all(bodies)).filter(([, text]) => text.includes('sveltekit:snapshot')).map(([path]) => path),
		/** Files of Svelte's runtime (the only code whose errors link to svelte.dev/e/). */
		withSvelte: async () => (await Promise.all(bodies)).filter(([, text]) => SVELTE_RUNTIME_MARK.test(text)).map(([path]) => path)
	};
}

/** Fails when the page is wider than the screen it is shown on. The screen's width is the viewport Playwright set:
 * a phone (isMobile) zooms a page wider than itself out to fit, and its window (innerWidth) grows with the page, so the
 * window cannot be the measure. */
export async function expectScreenWide(page: Page, label: string) {
	const screen = page.viewportSize()!.width;
	const width = await page.evaluate(async () => {
		await new Promise((resolve) => requestAnimationFrame(resolve));
		return document.documentElement.scrollWidth;
	});
	expect(width, `${label}: the page's width on a ${screen} px screen`).toBeLessThanOrEqual(screen);
}

/** Brings each figure into view as a reader scrolling down would, with no pointer on it, and waits until every chart
 * that measures its width (`data-fits-width`) is laid out at the width it is shown at: a figure prerendered at
 * another width starts by itself as it nears the screen, and that start must be over before "before any input". */
export async function figuresSettled(page: Page, label: string) {
	await hydrated(page);
	for (const island of await page.locator('[data-island]').all()) {
		await island.evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await page.waitForTimeout(300);
	}
	await page.waitForLoadState('networkidle');
	const charts = page.locator('[data-fits-width]');
	for (let i = 0; i < (await charts.count()); i++) {
		const chart = charts.nth(i);
		if (!(await chart.isVisible())) continue;
		await expect
			.poll(
				() =>
					chart.evaluate((el: HTMLElement) => {
						const [min, max] = el.dataset.fitsWidth!.split(' ').map(Number);
						return el.clientWidth >= min - 1 && el.clientWidth <= max + 1;
					}),
				{ message: `${label}: chart ${i} at its width`, timeout: 15_000 }
			)
			.toBe(true);
	}
}

/** The width of every chart in each island, in order: top-level SVGs, canvases (a live chart may draw on one what its
 * prerendered markup draws in SVG) and the boxes charts measure (data-fits-width). */
export const chartWidths = (page: Page) =>
	page.locator('[data-island]').evaluateAll((islands) =>
		islands.map((island) =>
			[...island.querySelectorAll('svg:not(svg svg), canvas, [data-fits-width]')]
				.filter((el) => el.getBoundingClientRect().width > 40)
				.map((el) => Math.round(el.getBoundingClientRect().width))
		)
	);

/**
 * The page's formulas, SVGs typeset at build time (src/lib/content/math-svg.js): how many, how many glyphs they draw,
 * how many of those find no outline in the page's glyph store (drawn as nothing), how many formulas draw nothing, and
 * how many web fonts the page declares (none: the formulas need no font).
 */
export async function formulaDrawing(page: Page) {
	return page.evaluate(() => {
		const formulas = [...document.querySelectorAll<SVGSVGElement>('svg.formula')];
		const uses = formulas.flatMap((svg) => [...svg.querySelectorAll('use')]);
		const target = (use: SVGUseElement) => (use.getAttribute('href') ?? use.getAttributeNS('http://www.w3.org/1999/xlink', 'href') ?? '').slice(1);
		return {
			formulas: formulas.length,
			glyphs: uses.length,
			missing: uses.filter((use) => !(document.getElementById(target(use)) instanceof SVGPathElement)).length,
			blank: formulas.filter((svg) => (svg.firstElementChild as SVGGElement).getBBox().width === 0).length,
			webFonts: document.fonts.size
		};
	});
}

/** The 404 page, which static hosts serve at any unknown address (both languages on one page). */
export const NOT_FOUND_PAGE: SitePage = { path: '/404.html', lang: null, slug: null };

/** WCAG 2.2 A and AA, as axe tags them (its default tags miss 2.2's target size). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Best-practice rules Lighthouse also scores, run with the WCAG ones: headings that skip a level, and visible labels
 * missing from a control's accessible name (WCAG 2.5.3, an experimental axe rule, so named to run it). */
export const EXTRA_RULES = ['heading-order', 'label-content-name-mismatch', 'empty-heading', 'landmark-unique'];
/** The rules that read colours: the only ones a theme can change (app.css themes by colour alone, light-dark()). */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe-core's own script, run in the page by page.evaluate (which the page's Content-Security-Policy does not govern). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * One axe run in the page: `runOnly` tags or rules, `include` a CSS selector to limit it to; violations, one line each.
 * axe.run in the page itself rather than @axe-core/playwright's AxeBuilder: that one collects every pass and every
 * node in each frame, carries it out through the protocol and finishes in a new blank page, about 4 s a scan on a long
 * lab page against 2 s for the same rules here. The site has no frames; a page that gains one fails here, not silently.
 */
async function axeRun(page: Page, runOnly: RunOptions['runOnly'], include?: string, drawAll = true): Promise<string[]> {
	expect(page.frames(), 'axe runs in the top frame only').toHaveLength(1);
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	return page.evaluate(
		async ({ runOnly, include, drawAll }) => {
			const axe = (window as unknown as { axe: { run(context: unknown, options: RunOptions): Promise<AxeResults> } }).axe;
			// Blocks that wait off screen to be laid out (content-visibility: auto on concept pages) are drawn for the scan:
			// axe reads no colours in a block that is not drawn, and would pass a fault there unseen. A constructed sheet,
			// which the page's Content-Security-Policy does not govern; the same margins either way (flow-root).
			const allDrawn = new CSSStyleSheet();
			allDrawn.replaceSync('* { content-visibility: visible !important; }');
			if (drawAll) document.adoptedStyleSheets = [...document.adoptedStyleSheets, allDrawn];
			try {
				const results = await axe.run(include ? { include: [include] } : document, { runOnly, resultTypes: ['violations'] });
				return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			} finally {
				document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== allDrawn);
			}
		},
		{ runOnly, include, drawAll }
	);
}

/**
 * The rules a WCAG 2.2 AA scan runs (axe's rules with WCAG_TAGS, less its experimental and deprecated ones, as a run by tags does) and
 * EXTRA_RULES, by name: one scan instead of two (each scan first walks the whole page), and no best-practice rule
 * outside both lists (enabling the extra rules beside a tag list ran all of them).
 */
async function wcagAndExtraRules(page: Page): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	const wcag = await page.evaluate(
		(tags) =>
			(window as unknown as { axe: { getRules(tags: string[]): { ruleId: string; tags: string[] }[] } }).axe
				.getRules(tags)
				.filter((rule) => !rule.tags.includes('experimental') && !rule.tags.includes('deprecated'))
				.map((rule) => rule.ruleId),
		WCAG_TAGS
	);
	return [...new Set([...wcag, ...EXTRA_RULES])];
}

/** axe's violations on the page, one line each: WCAG 2.2 AA plus EXTRA_RULES, or only the named rules. */
export async function axeViolations(page: Page, only?: string[], include?: string): Promise<string[]> {
	return axeRun(page, { type: 'rule', values: only ?? (await wcagAndExtraRules(page)) }, include);
}

/**
 * `rules` run on the page as it is, as Lighthouse runs them: blocks waiting off screen to be laid out keep their
 * estimated size, so what follows one may sit, for the scan, beside things that are far from it once it is drawn.
 */
export async function axeViolationsAsLoaded(page: Page, rules: string[]): Promise<string[]> {
	return axeRun(page, { type: 'rule', values: rules }, undefined, false);
}

/** What the site has stored in the browser: cookies (as the page and the browser see them), localStorage, IndexedDB. */
export async function storedState(page: Page) {
	const inPage = await page.evaluate(async () => ({
		documentCookie: document.cookie,
		local: Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])),
		indexedDB: 'databases' in indexedDB ? (await indexedDB.databases()).map((db) => db.name) : []
	}));
	return { ...inPage, cookies: await page.context().cookies() };
}

/** Fails on a cookie, an IndexedDB database, or a localStorage key or value not in STORED_KEYS; returns the keys. */
export async function expectOnlyDocumentedStorage(page: Page, where: string): Promise<string[]> {
	const state = await storedState(page);
	expect(state.cookies, `${where}: cookies`).toEqual([]);
	expect(state.documentCookie, `${where}: document.cookie`).toBe('');
	expect(state.indexedDB, `${where}: IndexedDB`).toEqual([]);
	for (const [key, value] of Object.entries(state.local)) {
		expect(Object.keys(STORED_KEYS), `${where}: localStorage key "${key}" is not in src/lib/stored-keys.ts`).toContain(key);
		expect(value, `${where}: localStorage "${key}"`).toMatch(STORED_KEYS[key as keyof typeof STORED_KEYS].value);
	}
	return Object.keys(state.local);
}

/**
 * Opens the disclosures whose summaries match `selector`, as a press on each summary does, without Playwright's wait for
 * each summary to hold still: the tests that use it open tables for axe to read, and that wait has hung for over a
 * minute under load (a click waiting for "stable", twice in fresh-clone runs, never reproduced alone).
 */
export async function openDisclosures(page: Page, selector: string) {
	const summaries = page.locator(selector);
	const count = await summaries.evaluateAll((all) => {
		for (const summary of all) if (!(summary.parentElement as HTMLDetailsElement).open) (summary as HTMLElement).click();
		return all.length;
	});
	expect(count, `disclosures at ${selector}`).toBeGreaterThan(0);
	await expect.poll(() => summaries.evaluateAll((all) => all.every((summary) => (summary.parentElement as HTMLDetailsElement).open))).toBe(true);
}

/** axe, WCAG 2.2 AA, in the light theme (the page must be in it), then the colour rules in the dark theme: the themes
 * differ in colour only (light-dark() in app.css), so a second full scan would only repeat the first. Ends in light.
 * `include` limits both scans to part of the page. */
export async function expectAxeCleanInBothThemes(page: Page, include?: string) {
	const scan = (rules?: string[]) => axeRun(page, rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_TAGS }, include);
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
	expect(await scan(), 'axe, light theme').toEqual([]);
	await page.emulateMedia({ colorScheme: 'dark' });
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'light');
	expect(await scan(COLOUR_RULES), 'axe colour rules, dark theme').toEqual([]);
	await page.emulateMedia({ colorScheme: 'light' });
}

/** A node of Chromium's accessibility tree, as the DevTools protocol gives it. */
export interface AxNode {
	role?: { value?: string };
	name?: { value?: string };
	ignored?: boolean;
}

/**
 * Chromium's accessibility tree of a page as a screen reader gets it: read in a browser of its own that behaves as one
 * is running (`--force-renderer-accessibility`). Without a screen reader Chromium leaves out the inside of blocks that
 * wait off screen (content-visibility: auto), so the tree of the tests' own browser is not what a reader hears.
 */
export async function screenReaderTree(baseURL: string, path: string, viewport = { width: 412, height: 823 }): Promise<AxNode[]> {
	const browser = await chromium.launch({ executablePath: testChromiumExecutable(), args: [...CHROMIUM_ARGS, '--force-renderer-accessibility'] });
	try {
		const page = await browser.newPage({ baseURL, viewport, serviceWorkers: 'block' });
		await page.goto(path);
		await hydrated(page);
		const cdp = await page.context().newCDPSession(page);
		const { nodes } = await cdp.send('Accessibility.getFullAXTree');
		return nodes as AxNode[];
	} finally {
		await browser.close();
	}
}
