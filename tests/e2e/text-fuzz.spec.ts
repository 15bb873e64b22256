// Hostile text in every text box of every figure on every lab page (found in the live DOM, so a new figure or lab
// page is covered as is): empty, whitespace, 100,000 characters (the first 300 one word), emoji with combining marks,
// right-to-left text and markup. Nothing may throw, log an error, open a dialog, put new elements from the text into
// the page, make the page wider than the screen, or make the figure show NaN or Infinity.
import { expect, test, type Page } from '@playwright/test';
import { expectScreenWide, figuresLive, LAB_PAGES, watchPage } from './site';

// Free-text boxes. Number fields (inputmode decimal or numeric) rewrite what they are given by design; the
// architecture spec throws hostile text at those.
const TEXT_BOXES = ['textarea', 'input[type="text"]', 'input[type="search"]', 'input:not([type])']
	.map((selector) => `${selector}:not([inputmode="decimal"]):not([inputmode="numeric"])`)
	.join(', ');

const HOSTILE: [string, string][] = [
	['empty', ''],
	['whitespace', ' \t\n \u00a0\u3000 \r\n'],
	['100,000 characters, the first 300 one word', ('x'.repeat(300) + ' token'.repeat(16_617)).slice(0, 100_000)],
	['emoji and combining marks', '👩‍👩‍👧‍👦 🏳️‍🌈 e\u0301 a\u0308\u0323 Z\u0351\u0308\u036b\u0307 字\u20dd 🇨🇳 ❤️‍🔥'],
	['right-to-left', 'مرحبا بالعالم \u202eevil\u202c שלום עולם'],
	['a script tag', '<script>alert(1)</script>'],
	['an image with onerror', '<img src=x onerror=alert(1)>'],
	['both, mixed with text', 'a <b>b</b> <script>alert(1)</script> c <img src=x onerror=alert(1)> d']
];

/** Counts what injected markup would add: script, img and iframe elements anywhere in the document. */
async function injectables(page: Page) {
	return page.evaluate(() => document.querySelectorAll('script, img, iframe, object, embed').length);
}

/** Visible text of an island, without what the text boxes themselves hold (that is the reader's own input). */
async function figureText(page: Page, island: number) {
	return page.evaluate((index) => (document.querySelectorAll<HTMLElement>('[data-island]')[index].innerText ?? ''), island);
}

for (const { path } of LAB_PAGES) {
	test(`${path}: hostile text in every figure text box is shown as text and breaks nothing`, async ({ page }) => {
		test.setTimeout(120_000);
		const watch = watchPage(page);
		const dialogs: string[] = [];
		page.on('dialog', async (dialog) => {
			dialogs.push(dialog.message());
			await dialog.dismiss();
		});
		await page.goto(path);
		await figuresLive(page);
		const islands = page.locator('[data-island]');
		let boxes = 0;
		for (let i = 0; i < (await islands.count()); i++) {
			const island = islands.nth(i);
			const fields = island.locator(TEXT_BOXES);
			for (let j = 0; j < (await fields.count()); j++) {
				const field = fields.nth(j);
				if (!(await field.isVisible()) || !(await field.isEditable())) continue;
				boxes++;
				const name = (await field.getAttribute('name')) ?? `text box ${j}`;
				const original = await field.inputValue();
				for (const [label, text] of HOSTILE) {
					const before = await injectables(page);
					await field.fill(text);
					// Let debounced work (URL writes, recomputation) happen.
					await page.waitForTimeout(150);
					const where = `${path} ${name} <- ${label}`;
					expect(await injectables(page), `${where}: elements injected`).toBe(before);
					expect(await island.locator('script, img, iframe').count(), where).toBe(0);
					// A long word wraps inside the figure; it does not make the page wider than the screen.
					await expectScreenWide(page, where);
					// The box still holds what was typed, as text (a figure may cut a very long text to its limit; a
					// textarea turns CR LF into LF, a one-line input drops line breaks).
					const multiLine = await field.evaluate((el) => el.tagName === 'TEXTAREA');
					const expected = multiLine ? text.replace(/\r\n?/g, '\n') : text.replace(/[\r\n]/g, '');
					const value = await field.inputValue();
					expect(expected.startsWith(value), `${where}: the box holds something else`).toBe(true);
					// At least what the box allows: its maxlength if it has one, else the first 1000 characters.
					const limit = await field.evaluate((el: HTMLInputElement | HTMLTextAreaElement) => el.maxLength);
					// A figure may cut a long text to its own limit, and then it must say so.
					if (value.length < Math.min(expected.length, limit > 0 ? limit : 1000)) {
						expect(await island.locator('[role="status"]').count(), `${where}: cut without a note`).toBeGreaterThan(0);
					}
					const shown = await figureText(page, i);
					expect(shown, `${where}: NaN or Infinity in the figure`).not.toMatch(/\bNaN\b|\bInfinity\b/);
					expect(dialogs, where).toEqual([]);
					expect(watch.problems, where).toEqual([]);
				}
				// Put the box back, so the next box is fuzzed against the figure's ordinary state.
				await field.fill(original);
			}
		}
		// Labs whose figures have text boxes must have them found (a broken selector would otherwise pass silently).
		if (/\/lab\/(attention-masks|tiny-lm)\//.test(path)) expect(boxes, 'text boxes found in the figures').toBeGreaterThan(0);
		watch.expectClean();
	});
}
