import { readFileSync } from 'node:fs';
import { LABS } from '../../src/lib/labs';
import { parseSeed, plainText } from '../../src/lib/content/seed';
import { expect, test } from '@playwright/test';
import { CONCEPT_PAGES, formulaDrawing, hydrated, screenReaderTree } from './site';

// Each page's own checks (language, headings, table of contents, the original answer and notes, theme toggle and
// language switch) run in every-page.spec.ts, in its one visit per page.

test('the training-objective page sets the objective and perplexity as formulas drawn at build time', async ({ page, baseURL }) => {
	for (const lang of ['zh', 'en']) {
		await page.goto(`/${lang}/training-objective/`);
		expect(await page.locator('#notes .math-display svg.formula').count()).toBeGreaterThanOrEqual(2);
		// Every glyph of every formula finds its outline in the page's store, and no formula needs a web font.
		const drawing = await formulaDrawing(page);
		expect(drawing.formulas).toBe(35);
		expect(drawing.glyphs).toBeGreaterThan(200);
		expect(drawing.missing).toBe(0);
		expect(drawing.blank).toBe(0);
		expect(drawing.webFonts).toBe(0);
		// Sized to the text around it: θ in a sentence is about as tall as the sentence's letters.
		const theta = await page.locator('#notes p .math-inline svg.formula').first().evaluate((svg) => {
			const fontSize = parseFloat(getComputedStyle(svg.closest('p')!).fontSize);
			return svg.getBoundingClientRect().height / fontSize;
		});
		expect(theta).toBeGreaterThan(0.6);
		expect(theta).toBeLessThan(1.6);
		// Screen readers get each formula as MathML (the picture is hidden from them); no TeX source is in the page.
		await expect(page.locator('#notes').getByRole('math').filter({ hasText: 'log' }).first()).toBeAttached();
		// In Chromium's own accessibility tree as a screen reader gets it, not only in the DOM (hiding the MathML with
		// content-visibility: hidden, for one, drops it from the tree while Playwright's role query still finds it); the
		// formulas in notes that wait off screen to be laid out included.
		const nodes = await screenReaderTree(baseURL!, `/${lang}/training-objective/`);
		expect(nodes.filter((node) => node.role?.value === 'MathMLMath' && !node.ignored)).toHaveLength(drawing.formulas);
		await expect(page.locator('#notes svg.formula[aria-hidden="true"]').first()).toBeAttached();
		await expect(page.locator('annotation')).toHaveCount(0);
	}
});

test('on a 360 px phone an in-line formula keeps its punctuation on its line and fits its line', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/en/transformer-architecture/');
	const lines = await page.locator('#notes .math-nowrap').evaluateAll((wrappers) =>
		wrappers.map((wrapper) => {
			const formula = wrapper.querySelector('svg.formula')!.getBoundingClientRect();
			const range = document.createRange();
			range.selectNodeContents(wrapper.lastChild!);
			const punctuation = range.getBoundingClientRect();
			const line = wrapper.parentElement!.getBoundingClientRect();
			return { sameLine: punctuation.top < formula.bottom && punctuation.bottom > formula.top, fits: punctuation.right <= line.right + 1 };
		})
	);
	// The page's notes have a dozen formulas followed by a comma or a full stop, one of them (SwiGLU's) wider than a
	// phone's list item.
	expect(lines.length).toBeGreaterThanOrEqual(10);
	expect(lines.filter((l) => !l.sameLine)).toEqual([]);
	expect(lines.filter((l) => !l.fits)).toEqual([]);
});

test('previous and next walk the six questions in order', async ({ page }) => {
	const order = CONCEPT_PAGES.filter((p) => p.lang === 'en').map((p) => p.slug!);
	expect(order).toEqual([
		'model-families',
		'causal-prefix-encoder-decoder',
		'training-objective',
		'emergence',
		'why-decoder-only',
		'transformer-architecture'
	]);
	await page.goto(`/en/${order[0]}/`);
	await hydrated(page);
	await expect(page.locator('a[rel=prev]')).toHaveCount(0);
	for (const slug of order.slice(1)) {
		await page.locator('a[rel=next]').click();
		// A client-side navigation fetches and runs the next page's compiled content (its text, formulas and figures) before
		// the address changes: seconds, not milliseconds, on a busy 2-core machine (CI once took over 5 s here).
		await expect(page).toHaveURL(new RegExp(`/en/${slug}/$`), { timeout: 15_000 });
		await expect(page.locator('.toc')).toBeVisible();
	}
	await expect(page.locator('a[rel=next]')).toHaveCount(0);
	await page.locator('a[rel=prev]').click();
	await expect(page).toHaveURL(/\/en\/why-decoder-only\/$/);
	await expect(page.locator('#original .question')).toContainText('Decoder only');
});

test('the index lists the six questions in both languages', async ({ page }) => {
	for (const lang of ['zh', 'en']) {
		await page.goto(`/${lang}/`);
		await expect(page.locator('.questions > li')).toHaveCount(6);
	}
});

test('each index lists every lab, and each link opens it', async ({ page }) => {
	for (const lang of ['zh', 'en'] as const) {
		await page.goto(`/${lang}/`);
		const links = page.locator('.labs a');
		await expect(links).toHaveCount(LABS.length);
		for (const [i, lab] of LABS.entries()) {
			await expect(links.nth(i)).toHaveText(lab.title[lang]);
			await expect(links.nth(i)).toHaveAttribute('href', `/${lang}/lab/${lab.slug}/`);
		}
	}
	await page.locator('.labs a').first().click();
	await expect(page.locator('h1')).toHaveText(LABS[0].title.en);
});

test('wide formulas and tables become labelled keyboard stops on a phone, and only where they overflow', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 800 });
	await page.goto('/zh/transformer-architecture/');
	await hydrated(page);
	const regions = page.locator('.prose').getByRole('region', { name: '内容较宽，可左右滚动' });
	await expect(regions.first()).toBeAttached();
	const marked = await regions.evaluateAll((elements) =>
		elements.map((e) => ({ overflows: e.scrollWidth > e.clientWidth + 1, tabIndex: (e as HTMLElement).tabIndex }))
	);
	expect(marked.every((r) => r.overflows && r.tabIndex === 0)).toBe(true);
	// Landmarks need distinct names.
	const names = await regions.evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label')));
	expect(new Set(names).size).toBe(names.length);
	// Read to the end, as a reader scrolls: each wide one in a block drawn only when near the screen becomes a stop too.
	const unmarked = await page.evaluate(async () => {
		const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
		for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
			scrollTo(0, y);
			await frame();
		}
		const all = [...document.querySelectorAll<HTMLElement>('.prose :is(.math-display, .table-scroll)')];
		return {
			all: all.length,
			unmarked: all.filter((e) => e.scrollWidth > e.clientWidth + 1 && !(e.tabIndex === 0 && e.getAttribute('role') === 'region')).length
		};
	});
	expect(unmarked.all).toBeGreaterThan(3);
	expect(unmarked.unmarked, 'wide formulas or tables that are not keyboard stops').toBe(0);
	// The mask figure's table is a region of its own: it keeps its own name.
	await expect(page.locator('.mask-table').first()).toHaveAttribute('aria-label', /仅解码器/);
	// Wider, the same formulas fit: no stray tab stops remain.
	await page.setViewportSize({ width: 1400, height: 900 });
	await expect
		.poll(() =>
			page.locator('.prose .math-display').evaluateAll((elements) =>
				elements.filter((e) => e.hasAttribute('tabindex') && e.scrollWidth <= e.clientWidth + 1).length
			)
		)
		.toBe(0);
});

test('start-up leaves <html lang> alone (rewriting it, even to the same value, restyles the whole page)', async ({ page }) => {
	await page.addInitScript(() => {
		const changes: string[] = ((window as unknown as { htmlChanges: string[] }).htmlChanges = []);
		// The init script runs before <html> exists: watch the document, keep changes to <html>.
		new MutationObserver((records) =>
			changes.push(...records.filter((r) => r.target === document.documentElement).map((r) => r.attributeName ?? ''))
		).observe(document, { attributes: true, subtree: true });
	});
	await page.goto('/zh/transformer-architecture/');
	await hydrated(page);
	const changes = await page.evaluate(() => (window as unknown as { htmlChanges: string[] }).htmlChanges);
	expect(changes).not.toContain('lang');
	expect(changes).toContain('data-hydrated');
});

const SEED = parseSeed(readFileSync('content/seed/llm-basics.zh.txt', 'utf8'));

for (const { path, lang, slug } of CONCEPT_PAGES) {
	test(`${path} opens with the interview answer in the first phone screen, then the original with its corrections marked`, async ({ page }) => {
		test.setTimeout(90_000);
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(path);
		const answer = page.locator('[data-answer]');
		await expect(answer).toHaveCount(1);
		await expect(answer.getByRole('heading', { level: 2 })).toHaveText(lang === 'zh' ? '面试这样答' : 'Answer in an interview');
		// Its top is on the first screen, before any scrolling, with the first three lines of its first point.
		const top = await answer.evaluate((el) => el.getBoundingClientRect().top);
		expect(top).toBeGreaterThan(0);
		const firstPoint = await answer.locator('li').first().evaluate((el) => ({ top: el.getBoundingClientRect().top, line: parseFloat(getComputedStyle(el).lineHeight) }));
		expect(firstPoint.top + 3 * firstPoint.line).toBeLessThanOrEqual(740);
		// It comes before the original.
		const before = await answer.evaluate((el) => !!(el.compareDocumentPosition(document.querySelector('#original')!) & Node.DOCUMENT_POSITION_FOLLOWING));
		expect(before).toBe(true);
		// 3 to 5 sentences, each with a link to what backs it.
		const bullets = answer.locator('li');
		expect(await bullets.count()).toBeGreaterThanOrEqual(3);
		expect(await bullets.count()).toBeLessThanOrEqual(5);
		for (const bullet of await bullets.all()) expect(await bullet.locator('a[href]').count()).toBeGreaterThan(0);

		// Every marker in the original links to a note that exists, and that note links back to the marker. Read in one
		// go: the page does not change while it is read.
		const marks = await page.locator('#original').evaluate((original) =>
			[...original.querySelectorAll('[data-correction] a')].map((a) => {
				const note = a.getAttribute('href')!;
				const heading = document.querySelector(`#notes h3${note}`);
				const backs = heading?.nextElementSibling?.matches('[data-corrects]')
					? [...heading.nextElementSibling.querySelectorAll('a[data-back]')].map((b) => ({ n: b.getAttribute('data-back'), href: b.getAttribute('href') }))
					: [];
				return { text: a.textContent, id: a.id, note, heading: heading !== null, backs };
			})
		);
		const count = marks.length;
		expect(count).toBeGreaterThan(0);
		const line = page.locator('#original [data-corrections-count]');
		await expect(line).toHaveAttribute('data-corrections-count', String(count));
		await expect(line).toContainText(String(count));
		marks.forEach((mark, i) => {
			expect(mark.text).toBe(String(i + 1));
			expect(mark.id).toBe(`correction-${i + 1}`);
			expect(mark.heading, `marker ${i + 1} -> ${mark.note}`).toBe(true);
			expect(mark.backs, `note ${mark.note} links back to marker ${i + 1}`).toContainEqual({ n: String(i + 1), href: `#correction-${i + 1}` });
		});
		// Every link back points at a marker.
		expect(await page.locator('#notes [data-back]').count()).toBe(count);

		// With the markers in place, the original still reads exactly as the seed (markers are separate elements).
		if (lang === 'zh') {
			const shown = await page.locator('#original .answer').evaluate((el) => {
				const copy = el.cloneNode(true) as HTMLElement;
				copy.querySelectorAll('[data-correction], .label').forEach((m) => m.remove());
				return copy.textContent!.replace(/\s+/g, ' ');
			});
			const entry = SEED[CONCEPT_PAGES.filter((p) => p.lang === 'zh').findIndex((p) => p.slug === slug)];
			const lines = entry.answer.split('\n').map(plainText).filter((l) => l !== '');
			for (const seedLine of lines) expect(shown, seedLine.slice(0, 30)).toContain(seedLine);
			// And the markers do sit inside that text, not around it.
			const inside = await page.locator('#original .answer p [data-correction], #original .answer li [data-correction]').count();
			expect(inside).toBe(count);
		}
	});
}

test('a correction marker jumps to its note, and the note jumps back', async ({ page }) => {
	await page.goto('/en/why-decoder-only/');
	await hydrated(page);
	await page.locator('#correction-2').click();
	await expect(page).toHaveURL(/#decoding-is-inference-time$/);
	await expect(page.locator('#decoding-is-inference-time')).toBeInViewport();
	await page.locator('#decoding-is-inference-time + [data-corrects] a[data-back="2"]').click();
	await expect(page).toHaveURL(/#correction-2$/);
	await expect(page.locator('#correction-2')).toBeInViewport();
});
