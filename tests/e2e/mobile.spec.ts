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

test('nothing on a page moves while it starts up (no layout shift, as Lighthouse counts it)', async ({ page }) => {
	test.setTimeout(120_000);
	await page.addInitScript(() => {
		type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] };
		const shifts: string[] = ((window as unknown as { shifts: string[] }).shifts = []);
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as Shift[]) {
				const moved = (entry.sources ?? []).map(({ node }) => (node instanceof Element ? `${node.tagName}.${node.getAttribute('class')}` : String(node?.nodeName)));
				shifts.push(`${entry.value.toFixed(3)}${entry.hadRecentInput ? ' (after input)' : ''}: ${moved.join(', ')}`);
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
	// Scripts arrive late, as on a phone network: start-up then surely comes after the first paint, so anything it moves shows.
	await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 300));
		await route.continue();
	});
	// The root page included: it sends the reader on to their language's index in the browser.
	for (const { path } of ALL_PAGES) {
		await page.goto(path);
		if (path === '/') await page.waitForURL(/\/(zh|en)\/$/);
		await hydrated(page);
		// Layout-shift entries are reported after the next frame.
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
		expect.soft(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts), path).toEqual([]);
	}
});
