import { expect, test } from '@playwright/test';
import { ALL_PAGES, hydrated } from './site';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test('no page is wider than a 360 px phone, and text stays readable', async ({ page }) => {
	for (const { path } of ALL_PAGES.filter((p) => p.lang)) {
		await page.goto(path);
		await hydrated(page);
		const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
		expect(widths.page, path).toBeLessThanOrEqual(widths.view);
		const fontSize = await page.locator('main .lead').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(fontSize, path).toBeGreaterThanOrEqual(16);
	}
});
