// Search that finds: the site's core concepts, searched in either language on the built site with its Pagefind index,
// land on the page that explains them, the notes and labs before the verbatim original, glossary entries as hits of
// their own, and no excerpt from a data table. Fails when the index or the ranking regresses.
import { expect, test, type Page } from '@playwright/test';
import { hydrated, watchPage } from './site';

interface Hit {
	href: string;
	section: string;
	excerpt: string;
}

/** The hits listed for a query, in order, once the search is done. */
async function hitsFor(page: Page, lang: 'zh' | 'en', query: string): Promise<Hit[]> {
	await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
	await hydrated(page);
	// Loading the index (a few files and Pagefind's WebAssembly) is the slow part on a busy machine.
	await expect(page.locator('[data-search-status]')).toHaveAttribute('data-search-status', 'done', { timeout: 15_000 });
	return page.locator('[data-search-results] li').evaluateAll((items) =>
		items.map((li) => ({
			href: li.querySelector('a')!.getAttribute('href')!,
			section: li.querySelector('.section')?.textContent?.replace(/^\s*›\s*/, '') ?? '',
			excerpt: li.querySelector('.excerpt')?.textContent ?? ''
		}))
	);
}

const pathOf = (href: string) => href.split('#')[0];
const top = (hits: Hit[], n: number) => hits.slice(0, n).map((h) => pathOf(h.href));

test.describe('search finds each core concept on the page that explains it', () => {
	for (const [lang, query] of [
		['zh', '涌现'],
		['en', 'emergence']
	] as const) {
		test(`${lang}: ${query} → the emergence notes and the emergence lab in the top three`, async ({ page }) => {
			const watch = watchPage(page);
			const hits = await hitsFor(page, lang, query);
			expect(top(hits, 3)).toEqual(expect.arrayContaining([`/${lang}/emergence/`, `/${lang}/lab/emergence/`]));
			// The concept page's hit is a section of the notes, not the verbatim original that the notes correct.
			const concept = hits.find((h) => pathOf(h.href) === `/${lang}/emergence/`)!;
			expect(concept.href).not.toMatch(/#original/);
			watch.expectClean();
		});
	}

	for (const [lang, query] of [
		['zh', '因果'],
		['en', 'causal']
	] as const) {
		test(`${lang}: ${query} → the question 2 page first, on a note`, async ({ page }) => {
			const hits = await hitsFor(page, lang, query);
			expect(pathOf(hits[0].href)).toBe(`/${lang}/causal-prefix-encoder-decoder/`);
			expect(hits[0].href).not.toMatch(/#original/);
		});
	}

	for (const [lang, query, entry] of [
		['zh', 'KV 缓存', 'KV 缓存'],
		['en', 'KV cache', 'KV cache']
	] as const) {
		test(`${lang}: ${query} → question 5 and the KV-cache lab in the top three, the glossary entry a hit of its own`, async ({
			page
		}) => {
			const hits = await hitsFor(page, lang, query);
			expect(top(hits, 3)).toEqual(expect.arrayContaining([`/${lang}/why-decoder-only/`, `/${lang}/lab/kv-cache/`]));
			const glossary = hits.find((h) => h.href === `/${lang}/glossary/#kv-cache`);
			expect(glossary, 'the glossary entry for the KV cache').toBeDefined();
			expect(glossary!.section).toContain(entry);
			// Following it lands on the entry.
			await page.locator(`[data-search-results] a[href="/${lang}/glossary/#kv-cache"]`).click();
			await expect(page.locator('#kv-cache')).toBeInViewport();
		});
	}

	for (const [lang, query] of [
		['zh', '参数量'],
		['en', 'parameters']
	] as const) {
		test(`${lang}: ${query} → the architecture lab first`, async ({ page }) => {
			const hits = await hitsFor(page, lang, query);
			expect(pathOf(hits[0].href)).toBe(`/${lang}/lab/architecture/`);
		});
	}
});

test.describe('what search leaves out', () => {
	test('no excerpt comes from a data table: a phrase found only in a table finds nothing', async ({ page }) => {
		// "Word in Context" is a row of Wei et al.'s Table 1, on the emergence page, and nowhere else in English.
		const hits = await hitsFor(page, 'en', 'Word in Context');
		expect(hits.filter((h) => /Word in Context/i.test(h.excerpt))).toEqual([]);
	});

	for (const [lang, query] of [
		['en', 'causal'],
		['zh', '因果']
	] as const) {
		test(`${lang}: no excerpt comes from a figure’s controls, legend or readouts`, async ({ page }) => {
			// The KV-cache lab's rank figure has a legend "● causal ■ prefix ▲ full" and a live readout "n = 8, d = 4: …".
			const hits = await hitsFor(page, lang, query);
			expect(hits.length).toBeGreaterThan(3);
			for (const hit of hits) expect(hit.excerpt, hit.href).not.toMatch(/[●■▲]|n = 8/);
		});
	}
});
