// Privacy: the site sets no cookie and keeps in the browser only the localStorage keys listed in
// src/lib/stored-keys.ts (the README quotes the list), each written when the reader makes a choice. every-page.spec.ts
// checks every page on load (nothing stored) and after the theme and language choices. This file discovers what can be
// written rather than trusting a list: it works every control that might write (every control in every figure on
// every lab page, the self-check, the search box, the theme toggle and the language switch), then lists what is stored.
import { expect, test, type Page } from '@playwright/test';
import { STORED_KEYS } from '../../src/lib/stored-keys';
import { CONCEPT_PAGES, expectOnlyDocumentedStorage, figuresLive, hydrated, LAB_PAGES, LINK_PAGES } from './site';

/** Works every visible, enabled control in the page's figures and self-check: clicks buttons and summaries, checks
 * checkboxes and radios, moves sliders, picks another option, types into text boxes. Returns how many it worked. */
async function workEveryControl(page: Page): Promise<number> {
	const controls = page.locator(
		'[data-island] :is(button, summary, input, select, textarea), #self-check input, input[type="search"]'
	);
	let worked = 0;
	for (let i = 0; i < (await controls.count()); i++) {
		// Pinned to one element: working a control can re-render the figure, and the i-th match then is another one.
		const control = await controls.nth(i).elementHandle({ timeout: 5_000 }).catch(() => null);
		// A control can also be removed while it is being looked at (a tokenizer button, once the figure redraws): skipped.
		const removed = async (error: unknown) => {
			if (await control!.evaluate((el) => el.isConnected).catch(() => false)) throw error;
			return false;
		};
		const usable = control && (await control.isVisible().catch(removed)) && (await control.isEnabled().catch(removed));
		if (!usable) {
			await control?.dispose();
			continue;
		}
		const kind = await control.evaluate((el) => (el instanceof HTMLInputElement ? el.type : el.tagName.toLowerCase()));
		try {
			if (kind === 'range') {
				await control.focus();
				await page.keyboard.press('ArrowRight');
			} else if (kind === 'select') {
				const values = await control.evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.value));
				await control.selectOption(values.at(-1)!);
			} else if (['text', 'search', 'number', 'textarea'].includes(kind)) {
				await control.fill('12');
			} else {
				// Buttons, summaries, checkboxes, radios. A button may start a download or a training run: both are fine.
				await control.click({ timeout: 5_000 }).catch(() => {}); // one covered by an open card is skipped
			}
		} catch (error) {
			// A control the figure removed meanwhile (replaced by a re-render) is skipped; any other failure counts.
			if (await control.evaluate((el) => el.isConnected).catch(() => false)) throw error;
			continue;
		} finally {
			await control.dispose();
		}
		worked++;
	}
	return worked;
}

test('working every control stores only the documented keys, and every documented key is written by something', async ({ page }) => {
	test.setTimeout(240_000);
	const seen = new Set<string>();
	const pages = [...LAB_PAGES.filter((p) => p.lang === 'en'), CONCEPT_PAGES.find((p) => p.lang === 'en')!, ...LINK_PAGES.filter((p) => p.lang === 'en')];
	for (const { path } of pages) {
		await page.goto(path);
		await figuresLive(page);
		const worked = await workEveryControl(page);
		if (path.includes('/lab/')) expect(worked, `${path}: controls worked`).toBeGreaterThan(0);
		for (const key of await expectOnlyDocumentedStorage(page, path)) seen.add(key);
	}
	// The reader's two header choices, on the last page.
	await page.getByRole('button', { name: 'Dark mode' }).click();
	await page.locator('a.language-switch').click();
	await hydrated(page);
	for (const key of await expectOnlyDocumentedStorage(page, 'after the theme and language choices')) seen.add(key);
	// Both ways: nothing undocumented was written (above), and the list names nothing that no control writes.
	expect([...seen].sort()).toEqual(Object.keys(STORED_KEYS).sort());
});

test('choosing a theme and a language stores exactly those two choices, and no cookie', async ({ page }) => {
	test.setTimeout(60_000); // two lab pages with their figures live
	await page.goto('/en/lab/attention-masks/');
	await figuresLive(page);
	await page.getByRole('button', { name: 'Dark mode' }).click();
	await page.locator('a.language-switch').click();
	await page.waitForURL(/\/zh\/lab\/attention-masks\//);
	await figuresLive(page);
	// Work the figure too: its settings go to the URL, not to storage.
	await page.locator('[data-island] textarea').first().fill('store nothing of this');
	expect((await expectOnlyDocumentedStorage(page, 'after the choices')).sort()).toEqual(['lang', 'theme']);
	expect(await page.evaluate(() => ({ theme: localStorage.getItem('theme'), lang: localStorage.getItem('lang') }))).toEqual({ theme: 'dark', lang: 'zh' });
	// And the choices are honoured on the next visit to the root.
	await page.goto('/');
	await page.waitForURL(/\/zh\/$/);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
