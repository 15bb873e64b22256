import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ALL_PAGES, figuresLive } from './site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const EXTRA_RULES = ['heading-order', 'label-content-name-mismatch', 'empty-heading', 'landmark-unique'];

for (const { path } of [...ALL_PAGES, { path: '/404.html' }]) {
	for (const theme of ['light', 'dark'] as const) {
		test(`${path} has no WCAG 2.2 AA violation in the ${theme} theme`, async ({ page }) => {
			// The longest concept pages (a figure, dozens of term and citation links) take axe over 20 s on a busy 2-core machine.
			test.setTimeout(60_000);
			await page.emulateMedia({ colorScheme: theme });
			await page.goto(path);
			// Live figures too: scanning after they load checks what a reader with JavaScript uses.
			if (path !== '/') await figuresLive(page);
			await expect(page.locator('html')).not.toHaveAttribute('data-theme', theme === 'light' ? 'dark' : 'light');
			const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
			const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			expect(summary).toEqual([]);
			if (theme === 'light') {
				// Best-practice rules Lighthouse also scores: headings that skip a level, and visible labels missing from a
				// control's accessible name (WCAG 2.5.3, an experimental axe rule, so named here to run it).
				const more = await new AxeBuilder({ page }).withRules(EXTRA_RULES).analyze();
				expect(more.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			}
		});
	}
}

const FIGURE_STATES = [
	'?view=single&arch=encoder-decoder',
	'?view=single&arch=sliding&style=unilm',
	`?view=single&input=${'x%20'.repeat(100)}`,
	'?arch=%3Cbad%3E&window=0'
];
for (const state of FIGURE_STATES) {
	for (const theme of ['light', 'dark'] as const) {
		test(`the mask figure at ${state.slice(0, 40)} has no WCAG 2.2 AA violation in the ${theme} theme`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: theme });
			await page.goto(`/zh/lab/attention-masks/${state}`);
			await figuresLive(page);
			await page.locator('.tables summary').click();
			const first = page.locator('rect[role="gridcell"][tabindex="0"]').first();
			if (await first.count()) {
				await first.focus();
				await page.keyboard.press('ArrowRight');
			}
			const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		});
	}
}
