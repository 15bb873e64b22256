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
	// One icon at a time: the sun in the light theme, the moon in the dark.
	await expect(toggle.locator('svg:visible')).toHaveCount(1);
	await expect(toggle.locator('svg:visible circle')).toHaveCount(1);
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(toggle.locator('svg:visible')).toHaveCount(1);
	await expect(toggle.locator('svg:visible circle')).toHaveCount(0);
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

test('a link from the one page Kit runs (not found) loads the prerendered index, whose figure starts when the reader reaches it', async ({
	page
}) => {
	// Every page but the not-found page starts without Kit: it is the one page whose links Kit's router sees.
	const response = await page.goto('/en/no-such-concept/');
	expect(response?.status()).toBe(404);
	await hydrated(page);
	const watch = watchPage(page); // from here on: the 404 above is the point
	expect(await page.evaluate(() => Object.keys(window).some((key) => key.startsWith('__sveltekit')))).toBe(true);
	await page.evaluate(() => Object.assign(window, { sameDocument: true }));
	const requested: string[] = [];
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
	await page.getByRole('link', { name: 'Go to the six questions' }).click();
	await expect(page).toHaveURL(/\/en\/$/);
	await hydrated(page);
	// A new document, the prerendered index from the host, started without Kit.
	expect(await page.evaluate(() => 'sameDocument' in window)).toBe(false);
	expect(requested).toContain('/en/');
	expect(await page.evaluate(() => Object.keys(window).some((key) => key.startsWith('__sveltekit')))).toBe(false);
	const afterClick = requested.slice(requested.indexOf('/en/'));
	expect(afterClick.filter((path) => /\/_app\/immutable\/(entry|nodes)\/|__data\.json$/.test(path))).toEqual([]);
	const island = page.locator('[data-island="mask-triptych"]');
	// The masks, drawn before any code for them ran.
	await expect(island.locator('svg').first()).toBeVisible();
	await expect(island).not.toHaveAttribute('data-live');
	await island.dispatchEvent('pointerenter');
	await expect(island).toHaveAttribute('data-live', '');
	await expect(island.locator('svg').first()).toBeVisible();
	watch.expectClean();
});

test('a search result loads the prerendered concept page, which starts without Kit, its terms and citations working', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto('/en/search/?q=path%20dependence');
	await hydrated(page);
	await page.evaluate(() => Object.assign(window, { sameDocument: true }));
	const requested: string[] = [];
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
	await page.locator('[data-search-results] a[href="/en/why-decoder-only/#path-dependence"]').click();
	await expect(page.locator('h1')).toContainText('decoder-only');
	await hydrated(page);
	// A new document, from the host: the prerendered page, not one Kit rendered in the browser.
	expect(await page.evaluate(() => 'sameDocument' in window)).toBe(false);
	expect(requested).toContain('/en/why-decoder-only/');
	expect(await page.evaluate(() => Object.keys(window).some((key) => key.startsWith('__sveltekit')))).toBe(false);
	// No Kit start-up file is fetched after the click (the hover before it may have preloaded the route's data).
	const afterClick = requested.slice(requested.indexOf('/en/why-decoder-only/'));
	expect(afterClick.filter((path) => /\/_app\/immutable\/(entry|nodes)\/|__data\.json$/.test(path))).toEqual([]);
	// Every figure shows its prerendered drawing; terms and citations work.
	const islands = page.locator('#notes [data-island]');
	expect(await islands.count()).toBeGreaterThanOrEqual(3);
	for (const island of await islands.all()) await expect(island.locator('svg, table, canvas').first()).toBeVisible();
	const term = page.locator('.term[data-term="teacher-forcing"]').first();
	await term.locator('a').hover();
	await expect(term.locator('[role="tooltip"]')).toContainText('Training that always feeds the true previous tokens');
	await expect(page.locator('.cite a').first()).toHaveText('[1]');
	await expect(page.locator('#references li').first()).toHaveAttribute('data-ref', (await page.locator('.cite').first().getAttribute('data-cite'))!);
	watch.expectClean();
});

test('on a concept page (no Kit router) a figure writes its settings into the address, and back and forward restore them', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto('/en/causal-prefix-encoder-decoder/#notes');
	await hydrated(page);
	const figure = page.locator('[data-island="attention-masks"]');
	await figure.getByRole('radio', { name: 'One architecture' }).check();
	await expect(figure).toHaveAttribute('data-live', '');
	await figure.getByRole('radio', { name: 'Sliding window' }).check();
	await expect.poll(() => new URL(page.url()).searchParams.get('arch')).toBe('sliding');
	expect(new URL(page.url()).searchParams.get('view')).toBe('single');
	expect(new URL(page.url()).hash).toBe('#notes');
	// Each choice is a history entry of this same document.
	await page.evaluate(() => Object.assign(window, { sameDocument: true }));
	await page.goBack();
	await expect(figure.getByRole('radio', { name: 'Decoder-only (causal)' })).toBeChecked();
	expect(new URL(page.url()).searchParams.get('arch')).toBeNull();
	await page.goBack();
	await expect(figure.getByRole('radio', { name: 'Compare three' })).toBeChecked();
	await page.goForward();
	await page.goForward();
	await expect(figure.getByRole('radio', { name: 'Sliding window' })).toBeChecked();
	expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
	// The language link carries the settings and the section over.
	await page.getByRole('link', { name: '阅读中文版' }).click();
	await expect(page).toHaveURL(/\/zh\/causal-prefix-encoder-decoder\/\?.*arch=sliding.*#notes$/);
	await hydrated(page);
	await expect(page.locator('[data-island="attention-masks"]').getByRole('radio', { name: '滑动窗口' })).toBeChecked();
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
	const heading = (await page.locator('#notes h3').first().textContent())!.trim();
	const sentence = (await page.locator('#notes p').nth(1).textContent())!.trim().slice(0, 60);
	expect(heading.length).toBeGreaterThan(10);
	const bodies = await Promise.all(scripts.map((response) => response.text()));
	expect(bodies.length).toBeGreaterThan(3);
	for (const body of bodies) {
		expect(body).not.toContain(heading);
		expect(body).not.toContain(sentence);
	}
});
