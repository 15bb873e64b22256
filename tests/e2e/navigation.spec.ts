import { expect, test, type Response } from '@playwright/test';
import { hydrated, watchPage } from './site';

test('the language switch keeps the concept and the section, both ways', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto('/zh/emergence/#notes');
	await hydrated(page);
	await page.getByRole('link', { name: 'Read this page in English' }).click();
	await expect(page).toHaveURL(/\/en\/emergence\/#notes$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('#notes h2')).toHaveText('Notes and corrections');
	await page.getByRole('link', { name: '阅读中文版' }).click();
	await expect(page).toHaveURL(/\/zh\/emergence\/#notes$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.locator('#notes h2')).toHaveText('注解与勘误');
	watch.expectClean();
});

test('the theme toggle switches themes, and the choice survives a reload', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/en/training-objective/');
	await hydrated(page);
	const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	const light = await background();
	const toggle = page.getByRole('button', { name: 'Dark mode' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	const dark = await background();
	expect(dark).not.toBe(light);
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await background()).toBe(dark);
	// The remembered choice also holds on another page and in the other language.
	await page.goto('/zh/');
	await hydrated(page);
	await expect(page.getByRole('button', { name: '深色模式' })).toHaveAttribute('aria-pressed', 'true');
	await page.getByRole('button', { name: '深色模式' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	expect(await background()).toBe(light);
});

test('with no choice made, the theme follows the system', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/zh/model-families/');
	await hydrated(page);
	await expect(page.getByRole('button', { name: '深色模式' })).toHaveAttribute('aria-pressed', 'true');
	expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(231, 233, 236)');
});

for (const [locale, expected] of [
	['zh-CN', '/zh/'],
	['zh-TW', '/zh/'],
	['en-US', '/en/'],
	['fr-FR', '/en/']
] as const) {
	test(`the root sends a ${locale} browser to ${expected}`, async ({ browser }) => {
		const context = await browser.newContext({ locale });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page).toHaveURL(new RegExp(`${expected}$`));
		await context.close();
	});
}

test('the root remembers the language last switched to', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'en-US' });
	const page = await context.newPage();
	await page.goto('/en/');
	await hydrated(page);
	await page.getByRole('link', { name: '阅读中文版' }).click();
	await expect(page).toHaveURL(/\/zh\/$/);
	await page.goto('/');
	await expect(page).toHaveURL(/\/zh\/$/);
	await context.close();
});

test('an unknown address gets the 404 page in both languages, with a way back', async ({ page }) => {
	const response = await page.goto('/en/no-such-concept/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
	await page.getByRole('link', { name: 'Go to the six questions' }).click();
	await expect(page).toHaveURL(/\/en\/$/);
});

test('the skip link is the first stop for the keyboard and moves focus to the content', async ({ page }) => {
	await page.goto('/en/why-decoder-only/');
	await hydrated(page);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	// Focus is drawn visibly: an outline of a few pixels.
	expect(await skip.evaluate((el) => parseFloat(getComputedStyle(el).outlineWidth))).toBeGreaterThanOrEqual(2);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
	await page.keyboard.press('Tab');
	const focusedInMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
	expect(focusedInMain).toBe(true);
});

test('the Content-Security-Policy blocks a script injected into the page', async ({ page }) => {
	const refused: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' && /Content Security Policy/.test(message.text())) refused.push(message.text());
	});
	await page.goto('/en/causal-prefix-encoder-decoder/');
	await hydrated(page);
	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.injected = true';
		document.body.append(script);
	});
	expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
	expect(refused.length).toBe(1);
});

test('a figure reached by a client-side link is drawn at once, on a lab page and on a concept page', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto('/en/');
	await hydrated(page);
	// A link followed inside the app: Kit renders the next page in the browser, with no prerendered figure to adopt.
	await page.locator('.labs a[href="/en/lab/emergence/"]').click();
	await expect(page).toHaveURL(/\/en\/lab\/emergence\/$/);
	// The main curve (the small multiples under the plot draw theirs too).
	await expect(page.locator('[data-island="emergence"][data-live] svg path.main').first()).toBeVisible();
	await page.goBack();
	await page.locator('a[href="/en/why-decoder-only/"]').first().click();
	await expect(page.locator('h1')).toContainText('decoder-only');
	// Every figure on the page is drawn, none left empty waiting to be touched.
	const islands = page.locator('#notes [data-island]');
	expect(await islands.count()).toBeGreaterThanOrEqual(3);
	for (const island of await islands.all()) await expect(island.locator('svg, table, canvas').first()).toBeVisible();
	// Terms and citations in prose rendered in the browser work as in a prerendered page.
	const term = page.locator('.term[data-term="teacher-forcing"]').first();
	await term.locator('a').hover();
	await expect(term.locator('[role="tooltip"]')).toContainText('Training that always feeds the true previous tokens');
	await expect(page.locator('.cite a').first()).toHaveText('[1]');
	await expect(page.locator('#references li').first()).toHaveAttribute('data-ref', (await page.locator('.cite').first().getAttribute('data-cite'))!);
	watch.expectClean();
});

test('a prerendered concept page does not load its text a second time as code', async ({ page }) => {
	const scripts: Response[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') scripts.push(response);
	});
	await page.goto('/en/why-decoder-only/');
	await hydrated(page);
	await page.locator('.term a').first().hover(); // the cards' code loads, the text does not
	await page.waitForLoadState('networkidle');
	const heading = (await page.locator('#notes h3').first().innerText()).trim();
	const sentence = (await page.locator('#notes p').nth(1).innerText()).slice(0, 60);
	expect(heading.length).toBeGreaterThan(10);
	const bodies = await Promise.all(scripts.map((response) => response.text()));
	expect(bodies.length).toBeGreaterThan(3);
	for (const body of bodies) {
		expect(body).not.toContain(heading);
		expect(body).not.toContain(sentence);
	}
});
