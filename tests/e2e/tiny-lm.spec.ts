// The tiny language model: training in a worker lowers the loss and the divergence from the counting estimate; the
// objectives mark the right positions; decoding rules reshape the distribution; settings live in the URL; bad input
// gives a message, never NaN or a crash.
import { expect, test, type Page } from '@playwright/test';
import { figuresLive, watchPage, expectAxeCleanInBothThemes } from './site';

const LAB = '/en/lab/tiny-lm/';
// "The training objective is maximum likelihood." = 45 characters; the prompt "The training objective is " = 26.
const N = 45;
const PREFIX = 26;

const figure = (page: Page) => page.locator('.tiny-lm-figure');
/** A loss number as shown ("1.234 nats"). */
async function stat(page: Page, name: string): Promise<number> {
	const text = (await page.locator(`[data-stat="${name}"]`).textContent()) ?? '';
	const value = Number.parseFloat(text);
	expect(Number.isFinite(value), `${name}: ${text}`).toBe(true);
	return value;
}
async function open(page: Page, query = '', status = 'ready') {
	await page.goto(`${LAB}${query}`);
	await figuresLive(page);
	await expect(figure(page)).toHaveAttribute('data-status', status);
}
async function steps(page: Page) {
	return Number(await page.locator('[data-stat="step"]').textContent());
}
/** Every number the figure computed, as text: no NaN or Infinity anywhere outside quoted URL values and typed text. */
async function expectNoBadNumbers(page: Page, context = '') {
	const text = await figure(page).evaluate((el) => {
		const clone = el.cloneNode(true) as HTMLElement;
		clone.querySelectorAll('[data-note="url"], textarea, .chips, .cells, [data-generated], .seq, .guess, .token, option').forEach((n) => n.remove());
		return clone.textContent ?? '';
	});
	expect(text, context).not.toMatch(/NaN|Infinity|undefined/);
}

// The corpus comes with the figure's code: at the moment the live figure replaces the prerendered one it already
// shows the corpus line and the untrained numbers (without this the line vanished while the corpus loaded, and
// everything below it moved up and back by two lines on a phone).
test('the live figure shows the corpus it was prerendered with from its first frame', async ({ page }) => {
	for (const query of ['', '?corpus=zh']) {
		await page.goto(`${LAB}${query}`);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		const seen = await page.locator('[data-island="tiny-lm"]').evaluate(
			(island) =>
				new Promise<string>((resolve) => {
					const check = () => island.querySelector('[data-corpus-stats]')?.textContent?.trim() ?? 'no corpus line';
					if (island.hasAttribute('data-live')) return resolve(check());
					new MutationObserver((_, observer) => {
						if (!island.hasAttribute('data-live')) return;
						observer.disconnect();
						resolve(check());
					}).observe(island, { attributes: true, attributeFilter: ['data-live'] });
					island.dispatchEvent(new Event('pointerenter'));
				})
		);
		expect(seen, query).toMatch(/\d/);
		expect(seen, query).not.toBe('no corpus line');
	}
});

test('training in the worker lowers the loss and the divergence from the counting estimate', async ({ page }) => {
	const watch = watchPage(page);
	await open(page);
	const V = Number(/V = (\d+)/.exec((await page.locator('[data-corpus-stats]').textContent()) ?? '')?.[1]);
	expect(V).toBeGreaterThan(50);
	const loss0 = await stat(page, 'train');
	const kl0 = await stat(page, 'kl');
	expect(loss0).toBeCloseTo(Math.log(V), 1); // the untrained model is close to uniform
	await page.getByRole('button', { name: 'Train', exact: true }).click();
	// Training stops by itself once the held-out loss has not improved for 500 steps (early stopping), and says so.
	await expect(figure(page)).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
	const note = page.locator('[data-note="early-stop"]');
	await expect(note).toContainText(/Training stopped by itself at step \d+: the held-out loss has not improved for 500 steps/);
	const [, at, best] = /step (\d+):.*at step (\d+)\./.exec((await note.textContent()) ?? '')!.map(Number);
	expect(at - best).toBeGreaterThanOrEqual(500);
	expect(await steps(page)).toBe(at);
	await expect(page.locator('[data-note="held-rises"]')).toContainText('overfitting');
	// Stopped for real: the worker takes no more steps.
	await page.waitForTimeout(500);
	const paused = await steps(page);
	await page.waitForTimeout(800);
	expect(await steps(page)).toBe(paused);
	const loss1 = await stat(page, 'train');
	const kl1 = await stat(page, 'kl');
	const floor = await stat(page, 'floor');
	expect(loss1).toBeLessThan(loss0 - 1.5);
	expect(kl1).toBeLessThan(kl0 / 20);
	expect(loss1).toBeGreaterThanOrEqual(floor - 0.001);
	expect(loss1 - floor).toBeCloseTo(kl1, 2); // training loss = counting entropy + divergence
	expect(Number(await page.locator('path[data-series="train"]').getAttribute('data-points'))).toBeGreaterThan(5);
	// The picked context's distribution has moved from uniform to the counting estimate.
	const top = page.locator('.context-bars tbody tr').first();
	const now = Number(await top.locator('td.c-now').getAttribute('data-p'));
	const count = Number(await top.locator('td.c-count').getAttribute('data-p'));
	expect(Number(await top.locator('td.c-before').getAttribute('data-p'))).toBeLessThan(0.02);
	expect(Math.abs(now - count)).toBeLessThan(0.02);
	// Bits are nats / ln 2.
	await page.getByRole('radio', { name: 'bits' }).check();
	expect(await stat(page, 'train')).toBeCloseTo(loss1 / Math.LN2, 2);
	await expectNoBadNumbers(page);
	watch.expectClean();
});

test('the same seed gives the same steps; another seed a different start; Reset starts over', async ({ page }) => {
	await open(page, '?batch=32');
	const tenSteps = async () => {
		await page.getByRole('button', { name: '10 steps' }).click();
		await expect.poll(() => steps(page)).toBe(10);
		return page.locator('[data-stat="train"]').textContent();
	};
	const first = await tenSteps();
	await page.getByRole('button', { name: 'Reset' }).click();
	await expect.poll(() => steps(page)).toBe(0);
	expect(await tenSteps()).toBe(first);
	await page.getByRole('spinbutton', { name: 'Seed' }).fill('7');
	await expect.poll(() => steps(page)).toBe(0);
	await expect(page).toHaveURL(/seed=7/);
	expect(await tenSteps()).not.toBe(first);
	await page.getByRole('button', { name: 'One step' }).click();
	await expect.poll(() => steps(page)).toBe(11);
});

test('switching objectives changes which positions contribute', async ({ page }) => {
	const watch = watchPage(page);
	await open(page);
	const targets = page.locator('.cells li[data-target="true"]');
	const expected: Record<string, number> = {
		'Causal LM': N,
		'Prefix LM': N - PREFIX,
		'Masked LM (BERT)': Math.round(N * 0.15),
		'Span corruption (T5)': Math.round(N * 0.15),
		'Instruction tuning': N - PREFIX
	};
	for (const [name, count] of Object.entries(expected)) {
		await page.getByRole('radio', { name }).check();
		await expect(targets).toHaveCount(count);
		await expect(page.locator('[data-contributing]')).toHaveAttribute('data-contributing', String(count));
		await expect(page.locator('[data-totals]')).toContainText('perplexity');
	}
	// Span corruption: kept text with sentinels as input, the spans as target.
	await page.getByRole('radio', { name: 'Span corruption (T5)' }).check();
	await expect(page.locator('[data-input] .special').first()).toHaveText('<X>');
	await expect(page.locator('[data-span-target] .special').first()).toHaveText('<X>');
	await page.getByRole('radio', { name: 'Masked LM (BERT)' }).check();
	await expect(page.locator('[data-input]')).toBeVisible();
	// The prefix slider moves the boundary, and the masks-lab link carries the same prefix.
	await page.getByRole('radio', { name: 'Prefix LM' }).check();
	await page.getByLabel('Prefix / prompt length').fill('10');
	await expect(targets).toHaveCount(N - 10);
	const href = (await page.locator('[data-masks-link]').getAttribute('href'))!;
	const params = new URL(href, 'http://x').searchParams;
	expect(params.get('arch')).toBe('prefix');
	expect(params.get('input')).toBe('The traini');
	expect(params.get('target')).toBe('ng objective is maximum likelihood.');
	await page.locator('[data-masks-link]').click();
	// The page is already hydrated: wait for the navigation itself, or figuresLive may pick up this page's islands
	// just before the mask lab replaces them (CI once failed on a detached island here).
	await expect(page).toHaveURL(/\/lab\/attention-masks\//, { timeout: 15_000 });
	await expect(page.locator('[data-island="tiny-lm"]')).toHaveCount(0);
	await figuresLive(page);
	await expect(page.locator('.token-chips li[data-token-index]').first()).toBeVisible();
	watch.expectClean();
});

test('decoding rules reshape the distribution and sampling is seeded', async ({ page }) => {
	await open(page);
	const kept = page.locator('[data-kept]');
	await page.getByRole('radio', { name: 'Greedy' }).check();
	await expect(kept).toHaveAttribute('data-kept', '1');
	const greedy = await page.locator('[data-generated]').textContent();
	await page.getByRole('radio', { name: 'Top-k' }).check();
	await page.getByLabel('k', { exact: true }).fill('7');
	await expect(kept).toHaveAttribute('data-kept', '7');
	await expect(page).toHaveURL(/k=7/);
	await page.getByRole('radio', { name: 'Top-p (nucleus)' }).check();
	await page.getByLabel('Probability mass p').fill('1');
	await expect(page.locator('.decoding output').filter({ hasText: 'p = 1.00' })).toHaveCount(1);
	const all = Number(await kept.getAttribute('data-kept'));
	await page.getByLabel('Probability mass p').fill('0.05');
	// Untrained, the distribution is nearly flat: 5% of its mass takes a few tokens, not all of them.
	await expect.poll(async () => Number(await kept.getAttribute('data-kept'))).toBeLessThan(all);
	expect(all).toBeGreaterThan(50);
	// Temperature reshapes: a cold distribution puts more mass on the top token than the model does.
	await page.getByRole('radio', { name: 'Temperature' }).check();
	await page.getByRole('button', { name: '10 steps' }).click();
	await expect.poll(() => steps(page)).toBe(10);
	await page.getByLabel('Temperature T').fill('0.3');
	await expect(page).toHaveURL(/temp=0\.3/);
	await expect(page.locator('.decoding output').filter({ hasText: 'T = 0.3' })).toHaveCount(1);
	const top = page.locator('.decoding tbody tr').first();
	await expect.poll(async () => Number(await top.locator('td.c-decoded').getAttribute('data-p')) - Number(await top.locator('td.c-model').getAttribute('data-p'))).toBeGreaterThan(0.05);
	// Sampling: the same draw gives the same text; the next draw another.
	const text = await page.locator('[data-generated]').textContent();
	expect(text).not.toBe(greedy);
	await page.getByRole('button', { name: 'Sample again' }).click();
	await expect(page.locator('[data-generated]')).not.toHaveText(text!);
	await page.goBack();
	await expect(page.locator('[data-generated]')).toHaveText(text!);
});

test('settings round-trip through the URL, reload and back/forward', async ({ page }) => {
	await open(page);
	await page.getByRole('radio', { name: 'Span corruption (T5)' }).check();
	await page.getByRole('radio', { name: 'Top-k' }).check();
	await page.getByRole('radio', { name: 'SGD' }).check();
	await page.getByLabel('Learning rate').selectOption('1');
	await page.getByLabel('Context character').selectOption('e');
	await page.getByRole('radio', { name: 'bits' }).check();
	await expect(page).toHaveURL(/obj=span/);
	const url = page.url();
	for (const key of ['obj=span', 'decode=top-k', 'opt=sgd', 'lr=1', 'ctx=e', 'unit=bits']) expect(url).toContain(key);
	await page.reload();
	await figuresLive(page);
	await expect(page.getByRole('radio', { name: 'Span corruption (T5)' })).toBeChecked();
	await expect(page.getByRole('radio', { name: 'SGD' })).toBeChecked();
	await expect(page.getByLabel('Learning rate')).toHaveValue('1');
	await expect(page.getByLabel('Context character')).toHaveValue('e');
	await expect(page.locator('[data-stat="train"]')).toContainText('bits');
	await page.goBack();
	await expect(page.getByRole('radio', { name: 'nats' })).toBeChecked();
	await expect(page.getByRole('radio', { name: 'Span corruption (T5)' })).toBeChecked();
	await page.goForward();
	await expect(page.getByRole('radio', { name: 'bits' })).toBeChecked();
	// The other corpus and language.
	await page.goto('/zh/lab/tiny-lm/?corpus=en&obj=masked');
	await figuresLive(page);
	await expect(page.locator('[data-corpus-stats]')).toContainText('V =');
	await expect(page.getByRole('radio', { name: '回答的英文翻译' })).toBeChecked();
	await expect(page.getByRole('radio', { name: '掩码语言模型（BERT）' })).toBeChecked();
});

test('bad pasted text gives a clear message, never NaN; long, emoji and markup text train', async ({ page }) => {
	const watch = watchPage(page);
	await open(page, '?corpus=paste', 'loading');
	const box = page.getByLabel('Your text');
	await expect(page.locator('[data-note="corpus-empty"]')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();
	await box.fill('   \n\t  ');
	await expect(page.locator('[data-note="corpus-empty"]')).toBeVisible();
	await box.fill('字');
	await expect(page.locator('[data-note="corpus-short"]')).toBeVisible();
	await expectNoBadNumbers(page, 'one character');
	for (const text of ['ab', '👩‍👩‍👧👍🏽🎉👍🏽👩‍👩‍👧🎉'.repeat(20), 'שלום עולם مرحبا بالعالم '.repeat(10), '<script>alert(1)</script><img src=x onerror=alert(1)>'.repeat(5)]) {
		await box.fill(text);
		await expect(figure(page)).toHaveAttribute('data-status', 'ready');
		await page.getByRole('button', { name: '10 steps' }).click();
		await expect.poll(() => steps(page)).toBe(10);
		await stat(page, 'train');
		await stat(page, 'kl');
		await expectNoBadNumbers(page, text.slice(0, 20));
	}
	expect(await figure(page).locator('script, img, iframe').count()).toBe(0);
	// A megabyte: cut to 20,000 characters, said so, kept out of the link, and it trains.
	await box.evaluate((el: HTMLTextAreaElement) => {
		el.value = 'The quick brown fox. 模型训练 '.repeat(40_000);
		el.dispatchEvent(new Event('input', { bubbles: true }));
	});
	await expect(page.locator('[data-note="paste-cut"]')).toBeVisible();
	await expect(page.locator('[data-note="paste-link"]')).toBeVisible();
	await expect(page.locator('[data-corpus-stats]')).toContainText(/^(19,999|20,000) characters/);
	await page.getByRole('button', { name: '10 steps' }).click();
	await expect.poll(() => steps(page)).toBe(10);
	await expectNoBadNumbers(page, '1 MB');
	await page.waitForTimeout(400);
	expect(page.url().length).toBeLessThan(3000);
	watch.expectClean();
});

test('the sentence box takes any text: empty, spaces, 100k characters, emoji, RTL, markup', async ({ page }) => {
	const watch = watchPage(page);
	await open(page);
	const box = page.getByRole('textbox', { name: 'Sentence' });
	for (const text of ['', '   ', 'x'.repeat(100_000), '👩‍👩‍👧 e\u0301 🇨🇳', 'مرحبا שלום', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>']) {
		await box.fill(text);
		const n = await page.locator('.cells li').count();
		expect(n).toBeLessThanOrEqual(80);
		await expect(page.locator('[data-totals]')).toBeVisible();
		await expectNoBadNumbers(page, text.slice(0, 20));
	}
	await box.fill('👩‍👩‍👧 e\u0301');
	await expect(page.locator('.cells li')).toHaveCount(3);
	expect(await figure(page).locator('script, img, iframe').count()).toBe(0);
	watch.expectClean();
});

test('keyboard only: train, pause, pick an objective and a rule', async ({ page }) => {
	// The smallest learning rate: training runs on for many seconds before early stopping could end it.
	await open(page, '?lr=0.001');
	const train = page.getByRole('button', { name: 'Train', exact: true });
	await train.focus();
	await page.keyboard.press('Enter');
	await expect(figure(page)).toHaveAttribute('data-status', 'running');
	await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
	await page.keyboard.press('Space');
	await expect(figure(page)).toHaveAttribute('data-status', 'ready');
	await page.getByRole('radio', { name: 'Causal LM' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('radio', { name: 'Prefix LM' })).toBeChecked();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('Prefix / prompt length')).toBeFocused();
	await page.keyboard.press('ArrowLeft');
	await expect(page.locator('.cells li[data-target="true"]')).toHaveCount(N - PREFIX + 1);
	await page.getByRole('radio', { name: 'Temperature' }).focus();
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByRole('radio', { name: 'Greedy' })).toBeChecked();
	await expect(page.locator('[data-kept]')).toHaveAttribute('data-kept', '1');
});

test('without Web Workers the figure says so and shows the untrained model', async ({ page }) => {
	await page.addInitScript(() => {
		// @ts-expect-error -- simulating a browser without workers
		delete window.Worker;
	});
	await page.goto(LAB);
	await figuresLive(page);
	await expect(page.locator('[data-note="unsupported"]')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();
	await expect(page.locator('.cells li[data-target="true"]')).toHaveCount(N);
	// The untrained model's loss, once its corpus has loaded (a chunk of its own).
	await expect(page.locator('[data-stat="train"]')).toContainText(/\d/);
	expect(await stat(page, 'train')).toBeGreaterThan(0);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the prerendered figure shows the untrained model and the loss positions, and says training needs JavaScript', async ({ page }) => {
		await page.goto('/zh/lab/tiny-lm/');
		await expect(page.locator('[data-note="needs-js"]')).toBeVisible();
		await expect(page.locator('.cells li[data-target="true"]')).toHaveCount(16);
		await expect(page.locator('[data-corpus-stats]')).toContainText('V =');
		await expect(page.locator('.context-bars tbody tr')).toHaveCount(10);
		await page.goto('/en/training-objective/');
		await expect(page.locator('.tiny-lm-figure [data-note="needs-js"]')).toBeVisible();
	});
});

const AXE_STATES = ['', '?obj=span&decode=top-p', '?corpus=paste', '?obj=prefix&decode=top-k&unit=bits&seed=abc'];
for (const state of AXE_STATES) {
	test(`the tiny-LM figure at "${state}" has no WCAG 2.2 AA violation in the light and dark themes`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(`/zh/lab/tiny-lm/${state}`);
		await figuresLive(page);
		if (!state.includes('paste')) {
			await page.getByRole('button', { name: '走 10 步' }).click();
			await expect.poll(() => steps(page)).toBe(10);
		}
		await page.locator('.tiny-lm-figure details summary').click();
		await expectAxeCleanInBothThemes(page, '.tiny-lm-figure');
	});
}
