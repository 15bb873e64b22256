// One visit per page, every per-page check on it: the page list comes from the site's own lists (ALL_PAGES in site.ts,
// built from the concepts and labs), so a new page is swept as is. In order, on a desktop screen, light theme,
// reduced motion asked for, scripts arriving late until the page has started (as on a phone network, so anything
// start-up moves shows):
//   - nothing moves while the page starts (no layout shift, as Lighthouse counts it);
//   - nothing is stored on load (no cookie, no IndexedDB, no localStorage key outside src/lib/stored-keys.ts);
//   - with every figure live: <html lang>, one h1, table-of-contents targets, a concept's original answer and notes;
//   - axe: WCAG 2.2 AA and the best-practice rules, in the light theme, then the colour rules in the dark theme
//     (the themes differ in colour only: app.css sets them with light-dark());
//   - reduced motion: no transition, animation or scripted animation lasting any time, after a hover and a focus;
//   - at 360 and 412 px wide, as it loads, every target is 24 px or has room around it (axe); later, at 360 px, nothing
//     is wider than the screen and the lead text stays at least 16 px;
//   - the theme toggle and the language switch work, and the choices are the only things stored;
//   - no file of Kit's runtime loaded, every figure started (Kit runs only the not-found page);
//   - and throughout: no console error, page error, failed request or request to another host.
import { expect, test, type Page, type Route } from '@playwright/test';
import {
	ALL_PAGES,
	axeViolations,
	axeViolationsAsLoaded,
	COLOUR_RULES,
	expectOnlyDocumentedStorage,
	expectScreenWide,
	figuresLive,
	hydrated,
	NOT_FOUND_PAGE,
	seedSentence,
	watchPage,
	watchScripts,
	type SitePage
} from './site';

const HTML_LANG = { zh: 'zh-CN', en: 'en' } as const;

/** Runs before any of the page's code: records layout shifts and every Element.animate() call. */
function recordShiftsAndAnimations() {
	type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
	const rect = ({ x, y, width, height }: DOMRectReadOnly) => [x, y, width, height].map(Math.round).join(',');
	const w = window as unknown as { shifts: string[]; animations: { duration: number; target: string }[] };
	const shifts: string[] = (w.shifts = []);
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries() as Shift[]) {
			// What moved and from where to where (x,y,width,height), so a failure says what to look for.
			const moved = (entry.sources ?? []).map(({ node, previousRect, currentRect }) => {
				const name = node instanceof Element ? `${node.tagName}.${node.getAttribute('class')} "${node.textContent?.trim().slice(0, 30)}"` : String(node?.nodeName);
				return `${name} ${rect(previousRect)} → ${rect(currentRect)}`;
			});
			shifts.push(`${entry.value.toFixed(3)} at ${Math.round(entry.startTime)} ms${entry.hadRecentInput ? ' (after input)' : ''}: ${moved.join(', ')}`);
		}
	}).observe({ type: 'layout-shift', buffered: true });
	const calls: { duration: number; target: string }[] = (w.animations = []);
	const original = Element.prototype.animate;
	Element.prototype.animate = function (keyframes, options) {
		const duration = typeof options === 'number' ? options : Number(options?.duration ?? 0);
		calls.push({ duration, target: this.tagName.toLowerCase() + (this.className ? `.${String(this.className)}` : '') });
		return original.call(this, keyframes, options);
	};
}

/** Ids in the page's body that more than one element has: a label, a heading that names a figure or a link to a
 * section would then find the wrong element (islands rendered on their own once all counted from s1). */
function duplicateIds(): string[] {
	const seen = new Map<string, number>();
	for (const element of document.body.querySelectorAll('[id]')) seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
	return [...seen].filter(([, count]) => count > 1).map(([id, count]) => `${id} ×${count}`);
}

/** Everything that moves for some time: computed transitions and animations (pseudo-elements too), scripted and running ones. */
function moving(): string[] {
	const seconds = (value: string) => value.split(',').map((part) => parseFloat(part) * (part.trim().endsWith('ms') ? 0.001 : 1));
	const found: string[] = [];
	for (const element of document.querySelectorAll('*')) {
		for (const pseudo of [null, '::before', '::after']) {
			const style = getComputedStyle(element, pseudo);
			const transition = seconds(style.transitionDuration).some((s) => s > 0) && style.transitionProperty !== 'none';
			const animation = seconds(style.animationDuration).some((s) => s > 0) && style.animationName !== 'none';
			if (transition || animation) {
				const name = element.tagName.toLowerCase() + (element.id ? `#${element.id}` : '') + (pseudo ?? '');
				found.push(`${name}: transition ${style.transitionDuration}, animation ${style.animationDuration} ${style.animationName}`);
			}
		}
	}
	const scripted = (window as unknown as { animations: { duration: number; target: string }[] }).animations
		.filter((call) => call.duration > 0)
		.map((call) => `Element.animate on ${call.target} for ${call.duration} ms`);
	const running = document
		.getAnimations()
		.filter((animation) => Number(animation.effect?.getComputedTiming().duration ?? 0) > 0)
		.map((animation) => `running animation ${animation.constructor.name} ${(animation as CSSAnimation).animationName ?? ''}`);
	return [...found, ...scripted, ...running];
}

const shifts = (page: Page) =>
	page.evaluate(async () => {
		// Layout-shift entries are reported after the next frame.
		await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
		return (window as unknown as { shifts: string[] }).shifts;
	});

/** The checks on a concept page's content: the original answer, marked and credited, then the notes with sources. */
async function conceptContent(page: Page, lang: 'zh' | 'en', slug: string) {
	const original = page.locator('#original');
	await expect(original.getByRole('heading', { level: 2 })).toContainText(lang === 'zh' ? '原始问答' : 'The original Q&A');
	await expect(original.locator('.badge')).toHaveText(lang === 'zh' ? '原文' : 'Translation of the original');
	await expect(original.getByRole('link', { name: 'wdndev/llm_interview_note' })).toHaveAttribute('href', 'https://github.com/wdndev/llm_interview_note');
	if (lang === 'zh') {
		await expect(original).toContainText(seedSentence(slug));
	} else {
		expect((await original.locator('.answer').textContent())!.trim().length).toBeGreaterThan(400);
		await expect(original.getByRole('link', { name: 'Read the Chinese original' })).toHaveAttribute('href', `/zh/${slug}/#original`);
	}
	const notes = page.locator('#notes');
	await expect(notes.getByRole('heading', { level: 2 })).toHaveText(lang === 'zh' ? '注解与勘误' : 'Notes and corrections');
	expect(await notes.locator('h3[id]').count()).toBeGreaterThanOrEqual(3);
	// Sources: links, or citation markers that point into the page's reference list.
	expect(await notes.locator('a[href^="https://"], sup.cite a').count()).toBeGreaterThanOrEqual(3);
	// Every table-of-contents entry points at a heading that exists.
	const targets = await page.locator('.toc a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
	expect(targets.length).toBeGreaterThanOrEqual(5);
	for (const target of targets) await expect(page.locator(target)).toHaveCount(1);
}

async function sweep(page: Page, site: SitePage) {
	const { path, lang, slug } = site;
	const watch = watchPage(page);
	const scripts = watchScripts(page);
	await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
	await page.addInitScript(recordShiftsAndAnimations);
	const scriptFiles = /\/_app\/immutable\/.*\.js$/;
	const late = async (route: Route) => {
		await new Promise((resolve) => setTimeout(resolve, 300));
		await route.fallback();
	};
	await page.route(scriptFiles, late);
	// Started on a phone-sized screen, as readers on phones start it (figures and axe then on a desktop one).
	const desktop = page.viewportSize()!;
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(path);
	// The root sends the reader on to their language's index in the browser.
	if (path === '/') await page.waitForURL(/\/(zh|en)\/$/);
	await hydrated(page);
	// Svelte's runtime comes with the first figure that starts, or with a concept page's prose code when the reader
	// first reaches for the page (its cards' texts and self-check are Svelte components): no page starts with it
	// (src/lib/concept-page/start.ts), but the not-found page, which Kit starts.
	if (site !== NOT_FOUND_PAGE) expect(await scripts.withSvelte(), 'files of Svelte’s runtime at start-up').toEqual([]);
	expect(await shifts(page), 'layout shifts while the page started').toEqual([]);
	expect(await page.evaluate(duplicateIds), 'ids used twice, before any figure starts').toEqual([]);
	expect(await expectOnlyDocumentedStorage(page, 'on load'), 'keys stored on load, before any choice').toEqual([]);
	// Targets where they are smallest and closest together: on a phone, as the page loaded, its later blocks not yet
	// drawn (WCAG 2.5.8, as Lighthouse checks it, at the width it emulates too).
	for (const width of [360, 412]) {
		await page.setViewportSize({ width, height: 740 });
		expect(await axeViolationsAsLoaded(page, ['target-size']), `axe target size on a ${width} px screen, at load`).toEqual([]);
	}
	await page.setViewportSize(desktop);
	if (path === '/') return watch.expectClean(); // the index it lands on is swept as a page of its own
	// Start-up is over: the figures' code, fetched from here on, need not wait (the checks below are of the live page).
	await page.unroute(scriptFiles, late);

	await figuresLive(page);
	expect(await page.evaluate(duplicateIds), 'ids used twice, every figure started').toEqual([]);
	// Kit runs only the not-found page: nothing any other page or its figures load is Kit's runtime.
	if (site !== NOT_FOUND_PAGE) expect(await scripts.withKit(), 'files of Kit’s runtime, every figure started').toEqual([]);
	// ...which the figures, once started, did fetch (so the check above can see it).
	if (await page.locator('[data-island]').count()) expect(await scripts.withSvelte(), 'files of Svelte’s runtime, every figure started').not.toEqual([]);
	if (lang) {
		await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
		await expect(page.locator('h1')).toHaveCount(1);
	}
	if (lang && slug) await conceptContent(page, lang, slug);

	expect(await axeViolations(page), 'axe, light theme').toEqual([]);

	// Hover and focus change styles in most components: take one of each so their transitions would show.
	const link = page.locator('main a[href]:visible').first();
	if (await link.count()) {
		await link.hover();
		await link.focus();
	}
	expect(await page.evaluate(moving), 'motion with reduced motion asked for').toEqual([]);

	await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'light');
	expect(await page.evaluate(() => getComputedStyle(document.body).color), 'the dark theme is on').toBe('rgb(231, 233, 236)');
	expect(await axeViolations(page, COLOUR_RULES), 'axe colour rules, dark theme').toEqual([]);
	await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });

	if (lang) {
		const viewport = page.viewportSize()!;
		await page.setViewportSize({ width: 360, height: 740 });
		await expectScreenWide(page, path);
		const fontSize = await page.locator('main .lead').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(fontSize, 'lead text size on a 360 px screen').toBeGreaterThanOrEqual(16);
		await page.setViewportSize(viewport);

		// The reader's two choices: they work, and they are all that is stored. Both are in the header, so the reader
		// is back at the top of the page (where the browser's scroll anchoring never moves the page under them).
		const other = lang === 'zh' ? 'en' : 'zh';
		await page.evaluate(() => window.scrollTo(0, 0));
		await page.getByRole('button', { name: lang === 'zh' ? '深色模式' : 'Dark mode' }).click();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await page.getByRole('link', { name: lang === 'zh' ? 'Read this page in English' : '阅读中文版' }).click();
		await expect(page).toHaveURL(new RegExp(`${path.replace(`/${lang}/`, `/${other}/`)}$`));
		await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[other]);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		expect((await expectOnlyDocumentedStorage(page, 'after the choices')).sort()).toEqual(['lang', 'theme']);
	}
	watch.expectClean();
}

for (const site of [...ALL_PAGES, NOT_FOUND_PAGE]) {
	test(`${site.path}: one visit, every per-page check`, async ({ page }) => {
		// Two axe passes, two page loads with scripts held back 300 ms, every figure started: about 10 s of CPU on a long
		// page, which a machine busy with other work stretches several times over.
		test.setTimeout(120_000);
		await sweep(page, site);
	});
}
