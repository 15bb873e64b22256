import { expect, test } from '@playwright/test';
import { CONCEPT_PAGES, seedSentence } from './site';

test.use({ javaScriptEnabled: false });

test('with JavaScript off, concept pages read in full, with maths and navigation', async ({ page }) => {
	for (const { path, lang, slug } of CONCEPT_PAGES) {
		await page.goto(path);
		if (lang === 'zh') await expect(page.locator('#original')).toContainText(seedSentence(slug!));
		expect(await page.locator('#notes h3').count(), path).toBeGreaterThanOrEqual(3);
		await expect(page.locator('.toc')).toBeVisible();
	}
	await page.goto('/en/training-objective/');
	await expect(page.locator('.math-display svg.formula').first()).toBeVisible();
	// The theme toggle needs JavaScript, so it is not offered; the system theme applies.
	await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveCount(0);
});

test('with JavaScript off, the root offers both languages as plain links', async ({ page }) => {
	// (axe cannot run in a page with scripts off: accessibility.spec.ts scans the root.)
	await page.goto('/');
	await page.getByRole('link', { name: 'Read in English' }).click();
	await expect(page).toHaveURL(/\/en\/$/);
	await page.goto('/');
	await page.getByRole('link', { name: '进入中文版' }).click();
	await expect(page).toHaveURL(/\/zh\/$/);
});
