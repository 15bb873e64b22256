import { LABS } from '../../src/lib/labs';
import { expect, test } from '@playwright/test';
import { CONCEPT_PAGES, hydrated, katexFonts } from './site';

// Each page's own checks (language, headings, table of contents, the original answer and notes, theme toggle and
// language switch) run in every-page.spec.ts, in its one visit per page.

test('the training-objective page sets the objective and perplexity as KaTeX maths', async ({ page }) => {
	for (const lang of ['zh', 'en']) {
		await page.goto(`/${lang}/training-objective/`);
		const display = page.locator('#notes .katex-display');
		// KaTeX's stylesheet is inlined in the page: its fonts must still be found.
		const fonts = await katexFonts(page);
		expect(fonts.failed).toBe(0);
		expect(fonts.loaded).toBeGreaterThanOrEqual(2);
		expect(await display.count()).toBeGreaterThanOrEqual(2);
		// MathML is there for screen readers, and the TeX source in the annotation.
		await expect(page.locator('annotation[encoding="application/x-tex"]').filter({ hasText: '\\log' }).first()).toBeAttached();
	}
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
		await expect(page).toHaveURL(new RegExp(`/en/${slug}/$`));
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
	// The mask figure's table is a region of its own: it keeps its own name.
	await expect(page.locator('.mask-table').first()).toHaveAttribute('aria-label', /仅解码器/);
	// Wider, the same formulas fit: no stray tab stops remain.
	await page.setViewportSize({ width: 1400, height: 900 });
	await expect
		.poll(() =>
			page.locator('.prose .katex-display').evaluateAll((elements) =>
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
