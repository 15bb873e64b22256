// Privacy: the site sets no cookie, and the only things it keeps in the browser are the two choices a reader makes
// on purpose: the theme ("theme": "light" | "dark") and the language ("lang": "zh" | "en"), in localStorage. Loading
// and using a page writes nothing else (the service worker's offline copy of the site lives in Cache Storage).
import { expect, test, type Page } from '@playwright/test';
import { ALL_PAGES, figuresLive } from './site';

/** Every localStorage key the site may write, and the values each may hold. A new one is documented here first. */
const DOCUMENTED_KEYS: Record<string, RegExp> = { theme: /^(light|dark)$/, lang: /^(zh|en)$/ };

async function stored(page: Page) {
	const inPage = await page.evaluate(async () => ({
		documentCookie: document.cookie,
		local: Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])),
		indexedDB: 'databases' in indexedDB ? (await indexedDB.databases()).map((db) => db.name) : []
	}));
	return { ...inPage, cookies: await page.context().cookies() };
}

function expectOnlyDocumented(local: Record<string, string | null>) {
	for (const [key, value] of Object.entries(local)) {
		expect(Object.keys(DOCUMENTED_KEYS), `undocumented localStorage key "${key}"`).toContain(key);
		expect(value, `localStorage "${key}"`).toMatch(DOCUMENTED_KEYS[key]);
	}
}

for (const { path } of [...ALL_PAGES, { path: '/404.html' }]) {
	test(`${path} sets no cookie and stores nothing on load`, async ({ page }) => {
		await page.goto(path);
		if (path === '/') await page.waitForURL(/\/(zh|en)\/$/);
		else await figuresLive(page);
		const state = await stored(page);
		expect(state.cookies).toEqual([]);
		expect(state.documentCookie).toBe('');
		expect(state.indexedDB).toEqual([]);
		// Only the documented keys may ever be written (today a first visit writes none: it makes no choice).
		expectOnlyDocumented(state.local);
	});
}

test('choosing a theme and a language stores exactly those two choices, and no cookie', async ({ page }) => {
	await page.goto('/en/lab/attention-masks/');
	await figuresLive(page);
	await page.getByRole('button', { name: 'Dark mode' }).click();
	await page.locator('a.language-switch').click();
	await page.waitForURL(/\/zh\/lab\/attention-masks\//);
	await figuresLive(page);
	// Work the figure too: its settings go to the URL, not to storage.
	await page.locator('[data-island] textarea').first().fill('store nothing of this');
	const state = await stored(page);
	expect(state.cookies).toEqual([]);
	expect(state.documentCookie).toBe('');
	expect(state.local).toEqual({ theme: 'dark', lang: 'zh' });
	expectOnlyDocumented(state.local);
	// And the choices are honoured on the next visit to the root.
	await page.goto('/');
	await page.waitForURL(/\/zh\/$/);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
