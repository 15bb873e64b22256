// The home page's live figure: the three masks on a sentence the reader edits, in the first screen of a phone, drawn
// without JavaScript, its code loaded only when reached for, the sentence kept in the address and passed to the lab.
import { expect, test, type Locator } from '@playwright/test';
import { hydrated, watchPage } from './site';

const figure = '[data-island="mask-triptych"]';

/** The cells drawn in `scope`: each is a square of its own in a path of its kind (one subpath, one M, each). */
const drawnCells = (scope: Locator) => scope.locator('svg path').evaluateAll((paths) => paths.reduce((sum, path) => sum + (path.getAttribute('d')?.match(/M/g)?.length ?? 0), 0));

test.describe('on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

	for (const lang of ['zh', 'en'] as const) {
		test(`${lang}: the figure is in the first screen, above the questions, with legible labels and big enough targets`, async ({ page }) => {
			await page.goto(`/${lang}/`);
			const box = (await page.locator(`${figure} svg`).first().boundingBox())!;
			expect(box.y + box.height).toBeLessThanOrEqual(740);
			const questions = (await page.locator('.questions').boundingBox())!;
			expect(questions.y).toBeGreaterThan(box.y);
			const sizes = await page.locator(`${figure} figcaption, ${figure} label, ${figure} .legend li, ${figure} .token, ${figure} .caption`).evaluateAll((els) =>
				els.map((el) => parseFloat(getComputedStyle(el).fontSize))
			);
			expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
			for (const target of await page.locator(`${figure} input, ${figure} a`).all()) {
				const b = (await target.boundingBox())!;
				expect(b.height).toBeGreaterThanOrEqual(24);
			}
		});
	}
});

test('the figure starts on touch, redraws as the reader types, keeps the sentence in the address and hands it to the lab', async ({ page }) => {
	test.setTimeout(90_000);
	const watch = watchPage(page);
	await page.goto('/en/');
	await hydrated(page);
	// No figure code before the reader reaches for it.
	await expect(page.locator(figure)).not.toHaveAttribute('data-live', '');
	// Default sentence, 7 tokens: causal 28 cells, prefix LM and encoder-decoder 34.
	await expect(page.locator(`${figure} [data-layout="causal"]`)).toHaveAttribute('data-visible', '28');
	await expect(page.locator(`${figure} [data-layout="prefix"]`)).toHaveAttribute('data-visible', '34');
	const input = page.getByRole('textbox', { name: 'Type a short sentence', exact: true });
	// Its label names it alone (not the header's search box).
	await expect(page.getByRole('searchbox', { name: 'Search the site', exact: true })).toHaveCount(1);
	await input.focus();
	await expect(page.locator(figure)).toHaveAttribute('data-live', '');
	await input.fill('I like green tea');
	// 4 tokens, input of 2: causal 10 cells, prefix 11.
	await expect.poll(() => drawnCells(page.locator(figure))).toBe(3 * 16);
	await expect(page.locator(`${figure} [data-layout="causal"]`)).toHaveAttribute('data-visible', '10');
	await expect(page.locator(`${figure} [data-layout="prefix"]`)).toHaveAttribute('data-visible', '11');
	await expect(page).toHaveURL(/\/en\/\?mask=I\+like\+green\+tea$/);
	await expect(page.locator(`${figure} [data-lab-link]`)).toHaveAttribute('href', '/en/lab/attention-masks/?input=I+like&target=green+tea&view=compare');
	// A reload shows the same sentence.
	await page.reload();
	await hydrated(page);
	await expect(input).toHaveValue('I like green tea');
	await expect(page.locator(`${figure} [data-layout="causal"]`)).toHaveAttribute('data-visible', '10');
	// Markup typed is text.
	await input.fill('<img src=x onerror=alert(1)>');
	await expect(page.locator(`${figure} img`)).toHaveCount(0);
	watch.expectClean();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the default masks are drawn', async ({ page }) => {
		await page.goto('/zh/');
		await expect(page.locator(`${figure} svg`)).toHaveCount(3);
		// 8 tokens: causal 36 cells of 64, prefix LM 42.
		await expect(page.locator(`${figure} [data-layout="causal"]`)).toHaveAttribute('data-visible', '36');
		await expect(page.locator(`${figure} [data-layout="prefix"]`)).toHaveAttribute('data-visible', '42');
		expect(await drawnCells(page.locator(`${figure} [data-layout="causal"]`))).toBe(64);
	});
});
