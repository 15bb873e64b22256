import { expect, test } from '@playwright/test';
import { figuresLive, hydrated } from './site';

// This file needs the service worker, which playwright.config.ts blocks by default.
test.use({ serviceWorkers: 'allow' });

test('after one visit, pages and figures work with the network cut', async ({ page, context }) => {
	// The service worker is registered once the page is idle (up to 10 s after load), then downloads the whole site.
	test.setTimeout(90_000);
	await page.goto('/en/');
	await hydrated(page);
	// The service worker has cached the whole site once it controls the page.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
		}
	});
	await context.setOffline(true);
	// A page never visited, opened by address, with its figure.
	await page.goto('/zh/lab/attention-masks/?view=single&arch=prefix');
	await figuresLive(page);
	await expect(page.locator('h1')).toHaveText('注意力掩码实验室');
	await expect(page.locator('rect[data-visible="true"]').first()).toBeVisible();
	await page.getByLabel('输入文本').fill('离线 也 能 用');
	await expect(page.locator('.token-chips li[data-token-index]')).toHaveCount(5 + 4);
	// Client-side navigation, and a concept page with maths.
	await page.goto('/en/training-objective/');
	await expect(page.locator('.math-display svg.formula').first()).toBeVisible();
	await page.locator('a[rel=next]').click();
	await expect(page).toHaveURL(/\/en\/emergence\/$/);
	await expect(page.locator('#notes h2')).toHaveText('Notes and corrections');
	await context.setOffline(false);
});
