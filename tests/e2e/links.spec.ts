// Glossary term cards, citations, related links and backlinks, search (against the built site with its Pagefind
// index) and self-checks, as a reader uses them.
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, hydrated, watchPage, watchScripts } from './site';

async function axeClean(page: Page) {
	expect(await axeViolations(page)).toEqual([]);
}

const card = (page: Page, term: string) => page.locator(`.term[data-term="${term}"]`).first().locator('[role="tooltip"]');

test.describe('term cards', () => {
	test('open on hover and on focus, say the definition to screen readers, and close with Escape', async ({ page }) => {
		const watch = watchPage(page);
		await page.goto('/en/training-objective/');
		await hydrated(page);
		const link = page.locator('.term[data-term="perplexity"] a').first();
		await expect(link).toHaveAttribute('href', '/en/glossary/#perplexity');
		await expect(card(page, 'perplexity')).toBeHidden();

		await link.hover();
		await expect(card(page, 'perplexity')).toBeVisible();
		await expect(card(page, 'perplexity')).toContainText('困惑度');
		await page.keyboard.press('Escape');
		await expect(card(page, 'perplexity')).toBeHidden();
		await page.mouse.move(0, 0);

		await link.focus();
		await expect(card(page, 'perplexity')).toBeVisible();
		// Screen readers hear the definition as the link's description.
		await expect(link).toHaveAccessibleDescription(/exponential of the mean negative log-likelihood/);
		await page.keyboard.press('Escape');
		await expect(card(page, 'perplexity')).toBeHidden();
		// Focus stays on the term; moving on and back shows the card again.
		await expect(link).toBeFocused();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Shift+Tab');
		await expect(card(page, 'perplexity')).toBeVisible();
		// However fast the reader moves away and back: here both moves happen in one task, before any timer runs.
		await page.keyboard.press('Escape');
		await expect(card(page, 'perplexity')).toBeHidden();
		await link.evaluate((a: HTMLElement) => {
			document.querySelector<HTMLElement>('.term[data-term="teacher-forcing"] a')!.focus();
			a.focus();
		});
		await expect(card(page, 'perplexity')).toBeVisible();
		watch.expectClean();
	});

	test('come with the first move on the page: no Svelte at start-up, and the first hover shows the text all the same', async ({ page }) => {
		const watch = watchPage(page);
		const scripts = watchScripts(page);
		await page.goto('/en/training-objective/');
		await hydrated(page);
		await page.waitForTimeout(300);
		expect(await scripts.withSvelte(), 'Svelte’s runtime before the reader did anything').toEqual([]);
		await page.locator('.term[data-term="perplexity"] a').first().hover();
		await expect(card(page, 'perplexity')).toContainText('困惑度');
		expect(await scripts.withSvelte(), 'Svelte’s runtime, with the cards’ texts').not.toEqual([]);
		watch.expectClean();
	});

	test('a reader who moves nothing (a screen reader’s browsing cursor) has the code once the page is idle, and a term’s description the moment its link gets focus', async ({
		page
	}) => {
		const scripts = watchScripts(page);
		await page.goto('/zh/emergence/');
		await hydrated(page);
		await expect.poll(() => scripts.withSvelte(), { timeout: 10_000 }).not.toEqual([]);
		// Focus and read the description in one step, as a screen reader does when the link gets focus.
		const description = await page.evaluate(async () => {
			await new Promise((resolve) => setTimeout(resolve, 100));
			const link = document.querySelector<HTMLAnchorElement>('.prose-body .term a')!;
			link.focus();
			return document.getElementById(link.getAttribute('aria-describedby')!)?.textContent ?? '';
		});
		expect(description.length, 'the card’s text, at focus').toBeGreaterThan(10);
	});

	test('still work as plain links to the glossary entry', async ({ page }) => {
		await page.goto('/zh/emergence/');
		await hydrated(page);
		await page.locator('.term[data-term="grokking"] a').first().click();
		await expect(page).toHaveURL(/\/zh\/glossary\/#grokking$/);
		// The address names the entry's heading; the entry around it holds the definition and its links.
		await expect(page.locator('#grokking')).toBeInViewport();
		const entry = page.locator('[data-term-entry="grokking"]');
		await expect(entry).toContainText('顿悟');
		await expect(entry).toContainText('grokking');
		await entry.getByRole('link', { name: '涌现' }).click();
		await expect(page).toHaveURL(/\/zh\/emergence\/#grokking$/);
	});

	test('the glossary page lists every term with both names and working links, and passes axe', async ({ page }) => {
		await page.goto('/en/glossary/');
		await hydrated(page);
		const entries = page.locator('[data-term-entry]');
		expect(await entries.count()).toBeGreaterThanOrEqual(30);
		await expect(page.locator('#kv-cache')).toContainText('KV cache');
		await expect(page.locator('#kv-cache')).toContainText('KV 缓存');
		await axeClean(page);
	});
});

test.describe('term cards on a touch screen', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

	test('a first tap opens the card, a tap elsewhere closes it, a second tap follows the link', async ({ page }) => {
		await page.goto('/en/emergence/');
		await hydrated(page);
		const term = page.locator('.term[data-term="exact-match"]').first();
		await term.scrollIntoViewIfNeeded();
		await term.locator('a').tap();
		await expect(page).toHaveURL(/\/en\/emergence\/$/);
		await expect(card(page, 'exact-match')).toBeVisible();
		await expect(card(page, 'exact-match')).toContainText('p^L');
		// The card fits on a 360 px screen.
		const box = (await card(page, 'exact-match').boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(360);
		await page.locator('h1').tap();
		await expect(card(page, 'exact-match')).toBeHidden();
		await term.locator('a').tap();
		await expect(card(page, 'exact-match')).toBeVisible();
		await term.locator('a').tap();
		await expect(page).toHaveURL(/\/en\/glossary\/#exact-match$/);
	});

	test('a card tapped open before its text has arrived fits the screen once the text is in', async ({ page }) => {
		await page.goto('/en/emergence/');
		await hydrated(page);
		// The cards' texts come with code loaded on the reader's first move: here it arrives a second late, as on a
		// slow phone, so the card opens empty and fills afterwards.
		await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 1000));
			await route.fallback();
		});
		const term = page.locator('.term[data-term="exact-match"]').first();
		await term.scrollIntoViewIfNeeded();
		await term.locator('a').tap();
		await expect(card(page, 'exact-match')).toContainText('p^L');
		await expect
			.poll(async () => {
				const box = (await card(page, 'exact-match').boundingBox())!;
				return [box.x >= 0, box.x + box.width <= 360];
			})
			.toEqual([true, true]);
	});
});

test.describe('citations', () => {
	test('are numbered in order of first use, show their reference on hover and focus, and lead to the list', async ({ page }) => {
		await page.goto('/en/emergence/');
		await hydrated(page);
		const markers = page.locator('#notes sup.cite a');
		const numbers = await markers.evaluateAll((links) => links.map((a) => Number(a.textContent!.replace(/\D/g, ''))));
		// First uses count up from 1 with no gap; repeats reuse their number.
		let highest = 0;
		for (const n of numbers) {
			expect(n).toBeLessThanOrEqual(highest + 1);
			highest = Math.max(highest, n);
		}
		const first = page.locator('sup.cite[data-cite="wei2022"]').first();
		await expect(first.locator('a')).toHaveText('[1]');
		await expect(first.locator('a')).toHaveAccessibleDescription(/Emergent Abilities of Large Language Models/);
		await first.locator('a').hover();
		await expect(first.locator('[role="tooltip"]')).toBeVisible();
		await expect(first.locator('[role="tooltip"]')).toContainText('Wei, Tay, Bommasani et al. (2022)');
		await expect(first.locator('[role="tooltip"]')).toContainText('arxiv.org/abs/2206.07682');
		await page.keyboard.press('Escape');
		await expect(first.locator('[role="tooltip"]')).toBeHidden();

		const refs = page.locator('#references li');
		await expect(refs).toHaveCount(highest);
		await expect(refs.first()).toHaveAttribute('id', 'ref-wei2022');
		await expect(refs.first().getByRole('link', { name: 'arXiv:2206.07682' })).toHaveAttribute('href', 'https://arxiv.org/abs/2206.07682');
		await first.locator('a').click();
		await expect(page).toHaveURL(/#ref-wei2022$/);
		await expect(page.locator('#ref-wei2022')).toBeInViewport();
		await axeClean(page);
	});

	test('start again at 1 on the next page', async ({ page }) => {
		await page.goto('/zh/emergence/');
		await hydrated(page);
		await page.locator('a[rel=next]').click();
		await expect(page).toHaveURL(/\/zh\/why-decoder-only\/$/);
		await expect(page.locator('#notes sup.cite a').first()).toHaveText('[1]');
		await expect(page.locator('#references h2')).toHaveText('参考文献');
	});
});

test.describe('cross-links', () => {
	test('each concept ends with related links and backlinks; the mask lab links back to the pages that use it', async ({ page }) => {
		await page.goto('/en/why-decoder-only/');
		await hydrated(page);
		const related = page.locator('nav.related');
		await expect(related.locator('ul').first().getByRole('link', { name: 'Attention-mask lab' })).toHaveAttribute('href', '/en/lab/attention-masks/');
		const back = related.locator('[data-backlinks] a');
		const backPaths = await back.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		// Pages whose notes link to this one, the lab of its figure, and the glossary.
		expect(backPaths).toEqual(expect.arrayContaining(['/en/causal-prefix-encoder-decoder/', '/en/lab/attention-masks/', '/en/glossary/']));

		await page.goto('/zh/lab/attention-masks/');
		const used = await page.locator('[data-backlinks] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(used.sort()).toEqual(['/zh/causal-prefix-encoder-decoder/', '/zh/transformer-architecture/', '/zh/why-decoder-only/']);
		// Every lab, not only the masks: the emergence lab leads back to the emergence page, which lists the lab.
		await page.goto('/en/lab/emergence/');
		await expect(page.locator('[data-backlinks] a')).toHaveText(['What causes emergent abilities?']);
		await page.locator('[data-backlinks] a').click();
		await expect(page.locator('nav.related [data-backlinks] a[href="/en/lab/emergence/"]')).toHaveText('Emergence lab');
	});
});

test.describe('search', () => {
	test('finds a Chinese phrase from an original answer, with the matched passage', async ({ page }) => {
		const watch = watchPage(page);
		await page.goto('/zh/search/');
		await hydrated(page);
		await page.getByRole('searchbox', { name: '搜索本站' }).fill('评价指标不够平滑');
		const results = page.locator('[data-search-results] li');
		await expect(results.first()).toBeVisible();
		await expect(results.first().locator('a')).toHaveAttribute('href', /\/zh\/emergence\//);
		await expect(results.first().locator('mark').first()).toBeVisible();
		await expect(results.first().locator('.excerpt')).toContainText('平滑');
		// The query is kept in the address, and a reload searches again.
		await expect(page).toHaveURL(/\?q=/);
		await page.reload();
		await hydrated(page);
		await expect(page.getByRole('searchbox', { name: '搜索本站' })).toHaveValue('评价指标不够平滑');
		await expect(page.locator('[data-search-results] li').first()).toBeVisible();
		watch.expectClean();
	});

	test('finds an English phrase from a translated answer; `/` focuses the header box and Enter searches', async ({ page }) => {
		const watch = watchPage(page);
		await page.goto('/en/');
		await hydrated(page);
		// Pagefind is not loaded before search is used.
		const before = await page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.includes('/pagefind/')));
		expect(before).toBe(false);
		await page.keyboard.press('/');
		const box = page.locator('header').getByRole('searchbox', { name: 'Search the site' });
		await expect(box).toBeFocused();
		await box.fill('global dependencies');
		await box.press('Enter');
		await expect(page).toHaveURL(/\/en\/search\/\?q=global/);
		const first = page.locator('[data-search-results] li').first();
		// The passage is the translated original answer (XLNet "can model global dependencies").
		await expect(first.locator('a')).toHaveAttribute('href', '/en/model-families/#original-title');
		await expect(first.locator('mark', { hasText: /^global$/i }).first()).toBeVisible();
		await expect(first.locator('.excerpt')).toContainText('XLNet');
		watch.expectClean();
	});

	test('shows text as text: no result for junk, nothing injected, no error', async ({ page }) => {
		const watch = watchPage(page);
		await page.goto('/en/search/');
		await hydrated(page);
		const box = page.getByRole('searchbox', { name: 'Search the site' });
		for (const junk of ['', '   ', '<script>window.__x=1</script>', '<img src=x onerror="window.__x=1">', '🦜🦜', 'مرحبا بالعالم', 'x'.repeat(100_000)]) {
			await box.fill(junk);
			await page.waitForTimeout(250);
			await expect(page.locator('[data-search-status]')).not.toHaveAttribute('data-search-status', 'unavailable');
		}
		await box.fill('<img src=x onerror="window.__x=1">');
		await expect(page.locator('[data-search-status]')).toHaveAttribute('data-search-status', 'done');
		expect(await page.evaluate(() => (window as unknown as { __x?: number }).__x)).toBeUndefined();
		await expect(page.locator('main img')).toHaveCount(0);
		expect(await page.locator('main').innerText()).not.toMatch(/NaN|Infinity|undefined/);
		watch.expectClean();
	});

	test('survives malformed addresses: 60 seeded junk queries, no error, nothing injected', async ({ page }) => {
		test.setTimeout(120_000); // many page loads: a busy two-core CI machine needs more than the default 30 s
		const watch = watchPage(page);
		let seed = 8;
		const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
		const pieces = ['%', '%E4%B', '<', '>', '"', "'", '&q=', '#', '%00', '\\', '🙂', '涌现', 'script', 'onerror=', '../', '%2F', ' ', 'x'.repeat(300)];
		await page.goto('/en/search/');
		await hydrated(page);
		for (let i = 0; i < 60; i++) {
			const q = Array.from({ length: 1 + Math.floor(random() * 5) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
			await page.goto(`/en/search/?q=${q}&${random() < 0.5 ? 'q=2' : 'x=%ZZ'}`);
			await hydrated(page);
			await expect(page.locator('[data-search-status]')).not.toHaveAttribute('data-search-status', 'unavailable');
			expect(await page.locator('main').innerText()).not.toMatch(/NaN|Infinity/);
			await expect(page.locator('main script, main img, main iframe')).toHaveCount(0);
		}
		watch.expectClean();
	});

	test('what is typed before the search code arrives is searched, and kept in the address', async ({ page }) => {
		const watch = watchPage(page);
		// Scripts arriving late, as on a phone network: the prerendered box takes typing at once.
		await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 500));
			await route.fallback();
		});
		const scripts = watchScripts(page);
		await page.goto('/en/search/', { waitUntil: 'domcontentloaded' });
		const box = page.getByRole('searchbox', { name: 'Search the site' });
		await box.fill('teacher forcing');
		expect(await page.locator('[data-search-status]').getAttribute('data-search-status'), 'typed before the search code arrived').toBe('idle');
		await hydrated(page);
		await expect(page.locator('[data-search-results] li').first()).toBeVisible();
		await expect(box).toHaveValue('teacher forcing');
		await expect(page).toHaveURL(/\/en\/search\/\?q=teacher(\+|%20)forcing$/);
		// The page, its search code and Pagefind's: none of it is Kit's runtime.
		expect((await scripts.paths()).filter((path) => path.includes('/pagefind/')).length, 'Pagefind’s code').toBeGreaterThan(0);
		expect(await scripts.withKit(), 'files of Kit’s runtime the search page fetched').toEqual([]);
		watch.expectClean();
	});

	test('the box has the keyboard’s focus at load, with or without JavaScript, and the search code comes when the reader types', async ({
		browser
	}) => {
		for (const javaScriptEnabled of [false, true]) {
			const context = await browser.newContext({ javaScriptEnabled });
			const page = await context.newPage();
			// (Without JavaScript, Chromium refuses the module preloads, which the watch would count as failures.)
			const watch = javaScriptEnabled ? watchPage(page) : null;
			const scripts = watchScripts(page);
			await page.goto('/zh/search/');
			const box = page.getByRole('searchbox', { name: '搜索本站' });
			await expect(box, `focused, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`).toBeFocused();
			if (javaScriptEnabled) {
				await hydrated(page);
				await page.waitForTimeout(300);
				// At load, only the files the page lists (its start-up): not the search code, not Pagefind.
				const listed = await page.evaluate(() =>
					[...document.querySelectorAll('link[rel="modulepreload"], script[type="module"][src]')].map((el) => new URL((el as HTMLLinkElement).href || (el as HTMLScriptElement).src).pathname)
				);
				expect((await scripts.paths()).filter((path) => !listed.includes(path)), 'scripts fetched before the reader typed').toEqual([]);
				// The first keys pressed are searched, with nothing clicked first, and Enter reloads nothing.
				await page.keyboard.type('涌现');
				await page.keyboard.press('Enter');
				await expect(page.locator('[data-search-results] li').first()).toBeVisible();
				await expect(box).toHaveValue('涌现');
				await expect(page).toHaveURL(/\/zh\/search\/\?q=%E6%B6%8C%E7%8E%B0$/);
				expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
				expect((await scripts.paths()).filter((path) => !listed.includes(path)).length, 'the search code and Pagefind’s').toBeGreaterThan(1);
			}
			watch?.expectClean();
			await context.close();
		}
	});

	test('the search page passes axe with results showing', async ({ page }) => {
		await page.goto('/en/search/?q=teacher%20forcing');
		await hydrated(page);
		await expect(page.locator('[data-search-results] li').first()).toBeVisible();
		await axeClean(page);
	});
});

/** Scrolls the self-check into view in one step in the page: after a reload the browser may restore the scroll near it,
 * and the live self-check then replaces the prerendered one while Playwright would be holding the old element. */
const scrollToSelfCheck = (page: Page) => page.evaluate(() => document.querySelector('#self-check')?.scrollIntoView({ block: 'center' }));

test.describe('self-checks', () => {
	test('coming alive, a self-check keeps its height: nothing below it moves under the reader’s finger', async ({ page }) => {
		for (const viewport of [
			{ width: 1280, height: 720 },
			{ width: 360, height: 740 }
		]) {
			await page.setViewportSize(viewport);
			for (const path of ['/en/training-objective/', '/zh/why-decoder-only/']) {
				await page.goto(path);
				await hydrated(page);
				const check = page.locator('#self-check');
				const height = () => check.evaluate((element) => Math.round(element.getBoundingClientRect().height));
				const where = `${path} at ${viewport.width} px`;
				expect(await check.getAttribute('data-live'), `${where}: still the prerendered self-check`).toBeNull();
				const before = await height();
				await check.evaluate((element) => element.scrollIntoView({ block: 'center' }));
				await expect(check).toHaveAttribute('data-live', '');
				expect(Math.abs((await height()) - before), `${where}: the self-check's height, live minus prerendered`).toBeLessThanOrEqual(1);
			}
		}
	});

	test('mark a right and a wrong answer at once; progress survives a reload and resets', async ({ page }) => {
		await page.goto('/en/causal-prefix-encoder-decoder/');
		await hydrated(page);
		const check = page.locator('#self-check');
		// It comes to life as the reader scrolls to it (and not before: a page only read pays nothing for it).
		await page.waitForTimeout(300);
		await expect(check).not.toHaveAttribute('data-live', '');
		await scrollToSelfCheck(page);
		await expect(check).toHaveAttribute('data-live', '');
		const questions = check.locator('[data-question]');
		expect(await questions.count()).toBeGreaterThanOrEqual(3);
		// One generated from the mask module: "with a prefix of P, can token i see token j?"
		const generated = questions.filter({ hasText: 'prefix LM reads' });
		await expect(generated).toHaveCount(1);

		const first = questions.nth(0);
		await first.locator('input[data-right]').check();
		await expect(first).toHaveAttribute('data-state', 'right');
		await expect(first.getByRole('status')).toContainText('Right.');

		const second = questions.nth(1);
		await second.locator('input:not([data-right])').first().check();
		await expect(second).toHaveAttribute('data-state', 'wrong');
		await expect(second.getByRole('status')).toContainText('Not quite.');
		await expect(check.locator('[data-progress]')).toHaveText(`2 of ${await questions.count()} answered, 1 right.`);

		await page.reload();
		await hydrated(page);
		await scrollToSelfCheck(page);
		await expect(page.locator('#self-check [data-question]').nth(0)).toHaveAttribute('data-state', 'right');
		await expect(page.locator('#self-check [data-question]').nth(1)).toHaveAttribute('data-state', 'wrong');
		await axeClean(page);

		await page.getByRole('button', { name: 'Reset my answers' }).click();
		await expect(page.locator('#self-check [data-question][data-state="open"]')).toHaveCount(await questions.count());
		await page.reload();
		await hydrated(page);
		await scrollToSelfCheck(page);
		await expect(page.locator('#self-check')).toHaveAttribute('data-live', '');
		await expect(page.locator('#self-check [data-question][data-state="open"]')).toHaveCount(await questions.count());
	});

	test('a link to the self-check lands on it on a phone, and it stays put as it comes to life', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		for (const path of ['/zh/emergence/#self-check', '/en/training-objective/#self-check']) {
			await page.goto(path);
			await hydrated(page);
			await expect(page.locator('#self-check')).toHaveAttribute('data-live', '');
			// A few frames for the prose above to be laid out as it nears the screen.
			await page.waitForTimeout(300);
			const top = await page.evaluate(() => document.querySelector('#self-check')!.getBoundingClientRect().top);
			expect(Math.abs(top), `${path}: the self-check's distance from the top of the screen`).toBeLessThanOrEqual(40);
		}
	});

	test('work with the keyboard alone', async ({ page }) => {
		await page.goto('/zh/emergence/');
		await hydrated(page);
		const first = page.locator('#self-check [data-question]').first();
		await first.locator('input').first().focus();
		await page.keyboard.press('Space');
		await expect(first).not.toHaveAttribute('data-state', 'open');
	});

	test('a Space held on an option while the self-check comes to life picks it when let go', async ({ page }) => {
		const scripts = watchScripts(page);
		await page.goto('/zh/emergence/');
		await hydrated(page);
		const first = page.locator('#self-check [data-question]').first();
		// Focus starts the self-check's code, which arrives a little late; the key goes down on the prerendered option
		// before it does, and an option picks on release.
		await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 300));
			await route.fallback();
		});
		await first.locator('input').first().focus();
		await page.keyboard.down('Space');
		await expect.poll(() => scripts.withSvelte()).not.toEqual([]);
		// Time for the live self-check to replace the prerendered one, were it to do so under the held key.
		await page.waitForTimeout(500);
		await page.keyboard.up('Space');
		await expect(page.locator('#self-check')).toHaveAttribute('data-live', '');
		await expect(page.locator('#self-check [data-question]').first()).not.toHaveAttribute('data-state', 'open');
		await expect(page.locator('#self-check [data-question]').first().locator('input').first()).toBeFocused();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('terms are links, citations lead to the reference list, self-check answers open in details', async ({ page }) => {
		await page.goto('/en/emergence/');
		await expect(page.locator('.term a').first()).toHaveAttribute('href', /\/en\/glossary\/#/);
		await expect(page.locator('#references li').first()).toBeVisible();
		const details = page.locator('#self-check details').first();
		await details.locator('summary').click();
		await expect(details).toContainText('Answer:');
		await expect(details.locator('p')).toHaveText(/^Answer: [^.]+\. \S/);
		// No card without JavaScript (its text is not in the HTML); the link is the way to the definition.
		await page.locator('.term a').first().hover();
		await expect(page.locator('.term [role="tooltip"]').first()).toBeHidden();
		// In Chinese the answer ends with the Chinese full stop.
		await page.goto('/zh/emergence/');
		const zhDetails = page.locator('#self-check details').first();
		await zhDetails.locator('summary').click();
		await expect(zhDetails.locator('p')).toHaveText(/^答案：[^.。]+。/);
		await page.goto('/zh/search/');
		await expect(page.getByText('搜索在浏览器中运行，需要 JavaScript')).toBeVisible();
	});
});
