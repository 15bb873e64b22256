// Real tokenizers in the mask figure: the ids are the package's own, the grid and counts follow the choice, the URL
// keeps it, the vocabularies are not part of any first load or the first-visit precache, and work offline once used.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { encode as r50k } from 'gpt-tokenizer/encoding/r50k_base';
import { encode as o200k } from 'gpt-tokenizer/encoding/o200k_base';
import { figuresLive, hydrated, watchPage } from './site';

const LAZY: string[] = JSON.parse(readFileSync('.svelte-kit/output/client/_app/lazy-files.json', 'utf8'));
const chips = (page: Page) => page.locator('.token-chips li[data-token-index]');
// A vocabulary is a large download and parse (GPT-4o's is 1 MB compressed); give it longer than a redraw.
const LOADED = { timeout: 30_000 };

test('GPT-2 tokens: chips carry the package ids, a split character is one chip with all its ids, rows follow the ids', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto(`/en/lab/attention-masks/?view=single&tok=gpt2&input=${encodeURIComponent('The 气 rises')}&target=`);
	await figuresLive(page);
	const ids = r50k('The 气 rises');
	await expect(page.locator('[data-tokenizer-compare] li[data-tokenizer="gpt2"]')).toHaveAttribute('data-count', String(ids.length), LOADED);
	// Chips: one per piece; their ids, in order, are the package's encoding.
	await expect(chips(page)).toHaveCount(3);
	const chipIds = (await chips(page).evaluateAll((items) => items.map((li) => li.getAttribute('data-ids')))).join(' ');
	expect(chipIds).toBe(ids.join(' '));
	await expect(chips(page).nth(1)).toContainText('气');
	await expect(chips(page).nth(1).locator('.ids')).toHaveText(`id ${r50k(' 气').join(' · ')}`);
	// The grid has a row (and a column) for every id the model sees: n × n cells under the causal mask.
	const n = ids.length;
	await expect(page.locator('rect[data-visible]')).toHaveCount(n * n);
	await expect(page.locator('rect[data-visible="true"]')).toHaveCount((n * (n + 1)) / 2);
	watch.expectClean();
});

test('switching tokenizers redraws the mask, keeps the choice in the URL and across a reload, and counts each', async ({ page }) => {
	test.setTimeout(90_000); // GPT-4o's vocabulary is parsed twice (before and after the reload), GPT-2's once
	const text = '大模型根据前面的词预测下一个词。';
	await page.goto(`/zh/lab/attention-masks/?view=single&input=${encodeURIComponent(text)}&target=`);
	await figuresLive(page);
	const simpleCount = Number(await page.locator('[data-tokenizer-compare] li[data-tokenizer="simple"]').getAttribute('data-count'));
	expect(simpleCount).toBe([...text].length);
	await expect(chips(page)).toHaveCount(simpleCount);

	await page.getByRole('radio', { name: 'GPT-4o（o200k_base）' }).check();
	await expect(page).toHaveURL(/[?&]tok=o200k/);
	const ids = o200k(text);
	await expect(page.locator('[data-tokenizer-compare] li[data-tokenizer="o200k"]')).toHaveAttribute('data-count', String(ids.length), LOADED);
	await expect(page.locator('rect[data-visible="true"]')).toHaveCount((ids.length * (ids.length + 1)) / 2);
	// GPT-2 is not loaded yet: the comparison offers it, then counts it.
	await page.locator('[data-tokenizer-compare] li[data-tokenizer="gpt2"] button').click();
	await expect(page.locator('[data-tokenizer-compare] li[data-tokenizer="gpt2"]')).toHaveAttribute('data-count', String(r50k(text).length), LOADED);
	expect(r50k(text).length / ids.length).toBeGreaterThan(2); // what the sentence under the counts explains

	await page.reload();
	await figuresLive(page);
	await expect(page.getByRole('radio', { name: 'GPT-4o（o200k_base）' })).toBeChecked();
	await expect(page.locator('rect[data-visible="true"]')).toHaveCount((ids.length * (ids.length + 1)) / 2, LOADED);
	await page.goBack();
	await expect(page).not.toHaveURL(/tok=/);
});

test('a bad tokenizer in the link is named and the simple split is used', async ({ page }) => {
	await page.goto('/en/lab/attention-masks/?tok=%3Cb%3Ebert%3C%2Fb%3E');
	await figuresLive(page);
	await expect(page.locator('[data-note="url"]')).toContainText('<b>bert</b>');
	await expect(page.getByRole('radio', { name: 'Simple split (this site)' })).toBeChecked();
	await expect(page.locator('[data-note="url"] b')).toHaveCount(0);
});

test.describe('offline', () => {
	// Only this test needs the service worker, which playwright.config.ts blocks by default.
	test.use({ serviceWorkers: 'allow' });

	test('the vocabularies are in no first load and no first-visit precache; once used they work offline', async ({ page, context }) => {
		expect(LAZY.length).toBeGreaterThanOrEqual(2);
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname.slice(1)));
		await page.goto('/en/lab/attention-masks/');
		await figuresLive(page);
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			if (!navigator.serviceWorker.controller) {
				await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
			}
		});
		expect(fetched.filter((path) => LAZY.includes(path))).toEqual([]);
		const cachedLazy = () =>
			page.evaluate(async (lazy) => {
				const found: string[] = [];
				for (const key of await caches.keys()) {
					const cache = await caches.open(key);
					for (const file of lazy) if (await cache.match(`/${file}`)) found.push(file);
				}
				return found;
			}, LAZY);
		expect(await cachedLazy()).toEqual([]);

		// Used once, online: GPT-2's files are fetched and kept.
		await page.getByRole('radio', { name: 'GPT-2 (r50k_base)' }).check();
		await expect(page.locator('[data-tokenizer-compare] li[data-tokenizer="gpt2"]')).toHaveAttribute('data-count', /\d+/, LOADED);
		await expect.poll(async () => (await cachedLazy()).length).toBeGreaterThan(0);

		await context.setOffline(true);
		await page.goto(`/zh/lab/attention-masks/?tok=gpt2&input=${encodeURIComponent('离线')}&target=`);
		await hydrated(page);
		await figuresLive(page);
		await expect(chips(page).first()).toHaveAttribute('data-ids', r50k('离').join(' '), LOADED);
		await expect(chips(page)).toHaveCount(2);
		await context.setOffline(false);
	});
});
