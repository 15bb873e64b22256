// A new deploy must not strand a reader. A page opened from the old deploy (an open tab) whose figure code is gone from
// the host — each deploy renames the hashed chunks — keeps its prerendered figure, says the site was updated and offers
// the new version; it never requests the missing code, logs an error or leaves a figure that silently does nothing.
// The new deploy is simulated at the network: after the swap the host has none of the old page's /_app/immutable/
// files and its _app/version.json names another version, which is what a real second deploy looks like to the old page.
import { expect, test, type Page } from '@playwright/test';
import { figuresLive, hydrated, watchPage } from './site';

// This file needs the service worker, which playwright.config.ts blocks by default.
test.use({ serviceWorkers: 'allow' });

async function swapInNewDeploy(page: Page) {
	const asked: string[] = [];
	await page.route(/\/_app\/immutable\//, (route) => {
		asked.push(route.request().url());
		return route.fulfill({ status: 404, body: 'gone with the old deploy' });
	});
	await page.route(/\/_app\/version\.json$/, (route) =>
		route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ version: 'the-next-deploy' }) })
	);
	return asked;
}

test('a figure in a tab from the old deploy says the site was updated, and its button loads the new version', async ({ page }) => {
	const watch = watchPage(page);
	// Without settings in the address, the figures wait for the reader: their code is not loaded yet.
	await page.goto('/en/lab/attention-masks/');
	await hydrated(page);
	const island = page.locator('[data-island]').first();
	await expect(island).not.toHaveAttribute('data-live', '');
	const asked = await swapInNewDeploy(page);

	await island.scrollIntoViewIfNeeded();
	await island.dispatchEvent('pointerenter');
	const note = island.locator('[data-new-version]');
	await expect(note).toBeVisible();
	await expect(note).toHaveAttribute('role', 'status');
	await expect(note).toContainText('The site has been updated');
	// The prerendered figure is still there to read, and the old code was never asked for.
	await expect(island.locator('svg, canvas').first()).toBeVisible();
	expect(asked).toEqual([]);
	watch.expectClean();

	// The host now serves the new deploy: the button loads it, and the figure works.
	await page.unrouteAll();
	await note.getByRole('button', { name: 'Load the new version' }).click();
	await page.waitForLoadState('load');
	await figuresLive(page);
	await expect(page.locator('[data-new-version]')).toHaveCount(0);
	await page.getByLabel('Input text').fill('a new deploy works');
	await expect(page.locator('.token-chips li[data-token-index]').first()).toBeVisible();
	watch.expectClean();
});

test('the glossary in a tab from the old deploy says the site was updated when the reader reaches for its filter', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto('/zh/glossary/');
	await hydrated(page);
	const asked = await swapInNewDeploy(page);
	const box = page.getByRole('searchbox', { name: '筛选术语' });
	await box.focus();
	const note = page.locator('.filter [data-new-version]');
	await expect(note).toHaveAttribute('role', 'status');
	await expect(note).toContainText('本站已更新，筛选需要新版本的代码');
	await expect(note.getByRole('button', { name: '载入新版本' })).toBeVisible();
	// The list is still there to read, and the old code was never asked for.
	await expect(page.locator('[data-term-entry]').first()).toBeVisible();
	expect(asked).toEqual([]);
	watch.expectClean();
});

test('a search page from the old deploy, opened where the host has the new one, says so and never asks for its search code', async ({
	page
}) => {
	// As from the service worker's copy of the old deploy: the page and its start-up files load, while the host's
	// version is another; the search code, which the page loads after its start-up, is not asked for.
	const watch = watchPage(page);
	await page.route(/\/_app\/version\.json$/, (route) =>
		route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ version: 'the-next-deploy' }) })
	);
	const requested: string[] = [];
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
	await page.goto('/en/search/?q=emergence');
	await hydrated(page);
	const note = page.locator('form[role="search"] [data-new-version]');
	await expect(note).toHaveAttribute('role', 'status');
	await expect(note).toContainText('The site has been updated, and search needs the new version.');
	await expect(note.getByRole('button', { name: 'Load the new version' })).toBeVisible();
	const listed = await page.evaluate(() =>
		[...document.querySelectorAll('link[rel="modulepreload"], script[type="module"][src]')].map((el) => new URL((el as HTMLLinkElement).href || (el as HTMLScriptElement).src).pathname)
	);
	expect(requested.filter((path) => path.startsWith('/_app/immutable/') && !listed.includes(path))).toEqual([]);
	expect(requested.filter((path) => path.includes('/pagefind/'))).toEqual([]);
	await expect(page.locator('[data-search-status]')).toHaveAttribute('data-search-status', 'idle');
	watch.expectClean();
});

test('the service worker is registered only after the page has loaded and gone idle', async ({ page }) => {
	await page.addInitScript(() => {
		const w = window as unknown as { registeredAt?: number; loadedAt?: number };
		addEventListener('load', () => (w.loadedAt = performance.now()));
		const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
		navigator.serviceWorker.register = (...args: Parameters<typeof register>) => {
			w.registeredAt = performance.now();
			return register(...args);
		};
	});
	await page.goto('/en/');
	await hydrated(page);
	await page.evaluate(() => navigator.serviceWorker.ready);
	const { registeredAt, loadedAt } = await page.evaluate(() => {
		const w = window as unknown as { registeredAt?: number; loadedAt?: number };
		return { registeredAt: w.registeredAt, loadedAt: w.loadedAt };
	});
	expect(loadedAt).toBeDefined();
	expect(registeredAt).toBeGreaterThan(loadedAt!);
});
