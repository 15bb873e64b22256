// The glossary for a Chinese reader: in pinyin order under letter headings, a filter box that keeps its query in the
// address and works offline, the full list without JavaScript, and no bracket inside another in any entry.
import { expect, test } from '@playwright/test';
import { bracketDepth } from '../../src/lib/glossary/order';
import { TERM_IDS } from '../../src/lib/glossary/terms';
import { hydrated, watchPage, watchScripts } from './site';

const entries = '[data-term-entry]';

test('the Chinese glossary reads in pinyin order under letter headings, not in the English order', async ({ page }) => {
	await page.goto('/zh/glossary/');
	const letters = await page.locator('.glossary h2').allTextContents();
	expect(letters.map((l) => l.trim())).toEqual([...letters.map((l) => l.trim())].sort());
	expect(letters[0].trim()).toBe('B');
	const names = (await page.locator(`${entries} h3 a`).allTextContents()).map((n) => n.trim());
	expect(names).toHaveLength(TERM_IDS.length);
	// 交叉熵 (jiāo chā shāng) < 交叉注意力 (jiāo chā zhù) < 精确匹配 (jīng) < 因果掩码 (yīn) < 涌现能力 (yǒng) < 自注意力 (zì).
	const order = ['交叉熵', '交叉注意力', '精确匹配', '因果掩码', '涌现能力', '自注意力'].map((name) => names.indexOf(name));
	expect(order.every((i) => i >= 0)).toBe(true);
	expect(order).toEqual([...order].sort((a, b) => a - b));
	// The English page keeps English alphabetical order: a different sequence of the same terms.
	await page.goto('/en/glossary/');
	const english = (await page.locator(`${entries} h3 a`).allTextContents()).map((n) => n.trim());
	expect(english[0]).toBe('Brier score');
	expect(english).toEqual([...english].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
});

test('no entry puts a bracket inside another bracket, in either language', async ({ page }) => {
	for (const lang of ['zh', 'en']) {
		await page.goto(`/${lang}/glossary/`);
		for (const heading of await page.locator(`${entries} h3`).allTextContents()) {
			expect(bracketDepth(heading), heading).toBeLessThanOrEqual(1);
		}
	}
});

test('the filter narrows the list as one types, keeps the query in the address, and a reload filters again', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto('/zh/glossary/');
	await hydrated(page);
	// The filter's code (every term's names and definitions) waits for the reader: at load the page fetched only the
	// scripts it lists.
	const scriptsFetched = () => page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js')).length);
	const listed = await page.locator('link[rel="modulepreload"], script[src]').count();
	await page.waitForLoadState('networkidle');
	expect(await scriptsFetched()).toBe(listed);
	const box = page.getByRole('searchbox', { name: '筛选术语' });
	const scripts = watchScripts(page);
	await box.focus();
	await expect.poll(scriptsFetched).toBeGreaterThan(listed);
	await page.waitForLoadState('networkidle');
	expect((await scripts.paths()).length, 'the filter’s code').toBeGreaterThan(0);
	expect(await scripts.withKit(), 'files of Kit’s runtime the filter fetched').toEqual([]);
	await page.context().setOffline(true); // filtering needs nothing more from the network
	await box.fill('注意力');
	const visible = page.locator(`${entries}:visible`);
	await expect(page.locator('[data-glossary-shown]')).not.toHaveAttribute('data-glossary-shown', String(TERM_IDS.length));
	const shown = await visible.count();
	expect(shown).toBeGreaterThan(2);
	expect(shown).toBeLessThan(TERM_IDS.length);
	for (const text of await visible.allTextContents()) expect(text).toContain('注意力');
	await expect(page.locator('[data-term-entry="cross-attention"]')).toBeVisible();
	await expect(page.locator('[data-term-entry="perplexity"]')).toBeHidden();
	await expect(page.getByRole('status').filter({ hasText: '条术语' })).toHaveText(`显示 ${shown} / ${TERM_IDS.length} 条术语`);
	// Both languages' names match: an English word finds the Chinese entry.
	await box.fill('KV cache');
	await expect(visible).toHaveCount(1);
	await expect(page.locator('[data-term-entry="kv-cache"]')).toBeVisible();
	await expect(page).toHaveURL(/\/zh\/glossary\/\?q=KV\+cache$/);
	// Nothing matches: a message and a way to search the whole site.
	await box.fill('zzzz');
	await expect(visible).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'zzzz' })).toHaveAttribute('href', '/zh/search/?q=zzzz');
	await page.context().setOffline(false);
	// The address round-trips.
	await page.goto('/zh/glossary/?q=%E6%B3%A8%E6%84%8F%E5%8A%9B');
	await hydrated(page);
	await expect(box).toHaveValue('注意力');
	await expect(page.locator(`${entries}:visible`)).toHaveCount(shown);
	// Emptying the box shows everything and clears the address.
	await box.fill('');
	await expect(page.locator(`${entries}:visible`)).toHaveCount(TERM_IDS.length);
	await expect(page).toHaveURL(/\/zh\/glossary\/$/);
	watch.expectClean();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the whole list shows and the filter box, which would do nothing, is not shown', async ({ page }) => {
		await page.goto('/zh/glossary/?q=%E6%B3%A8%E6%84%8F%E5%8A%9B');
		await expect(page.locator(`${entries}:visible`)).toHaveCount(TERM_IDS.length);
		await expect(page.getByRole('searchbox', { name: '筛选术语' })).toBeHidden();
	});
});
