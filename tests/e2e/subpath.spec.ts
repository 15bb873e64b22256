// The site built with BASE_PATH=/llm-basics (npm run build:subpath) works when served from that sub-path.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { formulaDrawing, hydrated, watchPage } from './site';

const ORIGIN = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + 7}`; // as in playwright.config.ts
const BASE = '/llm-basics';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : []
	);
}

test('every root-relative address in the sub-path build starts with the base path', () => {
	const files = htmlFiles('build-subpath');
	expect(files.length).toBe(htmlFiles('build').length);
	expect(files.length).toBeGreaterThanOrEqual(18);
	for (const file of files) {
		const addresses = [...readFileSync(file, 'utf8').matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]);
		expect(addresses.length, file).toBeGreaterThan(0);
		for (const address of addresses) expect(address, file).toMatch(new RegExp(`^${BASE}/`));
	}
});

test('served from a sub-path, pages load, link and switch language with no failed request', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto(`${ORIGIN}${BASE}/zh/`);
	await hydrated(page);
	await page.getByRole('link', { name: /涌现/ }).first().click();
	await expect(page).toHaveURL(`${ORIGIN}${BASE}/zh/emergence/`);
	await page.getByRole('link', { name: 'Read this page in English' }).click();
	await expect(page).toHaveURL(`${ORIGIN}${BASE}/en/emergence/`);
	await page.locator('a[rel=next]').click();
	await expect(page).toHaveURL(`${ORIGIN}${BASE}/en/why-decoder-only/`);
	await page.goto(`${ORIGIN}${BASE}/en/training-objective/`);
	await expect(page.locator('.math-display svg.formula').first()).toBeVisible();
	// Formulas draw their glyphs from the page's own store (references within the page, whatever its address).
	const drawing = await formulaDrawing(page);
	expect(drawing.missing).toBe(0);
	expect(drawing.blank).toBe(0);
	watch.expectClean();
});

test('served from a sub-path, an unknown address gets the styled 404 page', async ({ page }) => {
	const response = await page.goto(`${ORIGIN}${BASE}/en/missing/page/`);
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	// Styles load even at this depth: the heading is in the site's font size, not the browser default.
	const size = await page.locator('.title').first().evaluate((el) => getComputedStyle(el).fontSize);
	expect(size).not.toBe('32px');
	await page.getByRole('link', { name: 'Go to the six questions' }).click();
	await expect(page).toHaveURL(`${ORIGIN}${BASE}/en/`);
});
