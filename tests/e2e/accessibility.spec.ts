// axe on the mask figure in states a page load does not show. Every page, in both themes, is scanned by
// every-page.spec.ts.
import { expect, test } from '@playwright/test';
import { axeViolations, COLOUR_RULES, expectAxeCleanInBothThemes, figuresLive, openDisclosures } from './site';

const FIGURE_STATES = [
	'?view=single&arch=encoder-decoder',
	'?view=single&arch=sliding&style=unilm',
	`?view=single&input=${'x%20'.repeat(100)}`,
	'?arch=%3Cbad%3E&window=0'
];
for (const state of FIGURE_STATES) {
	test(`the mask figure at ${state.slice(0, 40)} has no WCAG 2.2 AA violation, light and dark`, async ({ page }) => {
		test.setTimeout(60_000); // two axe scans of a long compare view: 20-30 s with two workers on a 2-core machine
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(`/zh/lab/attention-masks/${state}`);
		await figuresLive(page);
		await openDisclosures(page, '.tables summary');
		const first = page.locator('rect[role="gridcell"][tabindex="0"]').first();
		if (await first.count()) {
			await first.focus();
			await page.keyboard.press('ArrowRight');
		}
		expect(await axeViolations(page), 'light').toEqual([]);
		// The themes differ in colour only (light-dark() in app.css): in the dark one, the rules that read colours.
		await page.emulateMedia({ colorScheme: 'dark' });
		await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'light');
		expect(await axeViolations(page, COLOUR_RULES), 'dark').toEqual([]);
	});
}

test('the root page (the language choice a reader without JavaScript gets) has no WCAG 2.2 AA violation, light and dark', async ({ page }) => {
	test.setTimeout(60_000);
	await page.emulateMedia({ colorScheme: 'light' });
	// With scripts on it moves on at once, and axe needs scripts: served here without the script that moves it on.
	await page.route(/\/$/, async (route) => {
		const response = await route.fetch();
		const body = (await response.text()).replace(/<script id="root-redirect">[\s\S]*?<\/script>/, '');
		await route.fulfill({ response, body });
	});
	await page.goto('/');
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('link', { name: 'Read in English' })).toBeVisible();
	await expectAxeCleanInBothThemes(page);
	expect(new URL(page.url()).pathname, 'still the root').toBe('/');
});
