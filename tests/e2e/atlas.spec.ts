// The model atlas: filters change what is shown (counted), a card for the model under focus, class links into the
// mask explorer, the original answer's five names, URL round-trips, keyboard use and hostile URLs.
import { expect, test, type Page } from '@playwright/test';
import { MODELS } from '../../src/lib/atlas/models';
import { figuresLive, watchPage, expectAxeCleanInBothThemes, openDisclosures, randomQueries, statesAfterQueries } from './site';

const LAB = '/en/lab/model-atlas/';
const atlas = (page: Page) => page.locator('.model-atlas');
const circles = (page: Page) => atlas(page).locator('g[data-model]');
const count = (cls: string) => MODELS.filter((m) => m.class === cls).length;

test('all models are drawn, the five of the original answer ringed', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto(LAB);
	await figuresLive(page);
	await expect(circles(page)).toHaveCount(MODELS.length);
	await expect(atlas(page).locator('[data-count]')).toHaveText(`${MODELS.length} of ${MODELS.length} models shown.`);
	const ringed = await atlas(page).locator('g[data-model]:has(.seed-ring)').evaluateAll((els) => els.map((el) => el.getAttribute('data-model')));
	expect(ringed.sort()).toEqual(['bert', 'gpt', 'roberta', 't5', 'xlnet']);
	await expect(atlas(page).locator('[data-seed-note]')).toContainText('GPT, BERT, XLNet, RoBERTa, T5');
	watch.expectClean();
});

test('filters change the visible models', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto(LAB);
	await figuresLive(page);
	const total = MODELS.length;
	await atlas(page).getByRole('checkbox', { name: 'Causal decoder' }).uncheck();
	await expect(circles(page)).toHaveCount(total - count('causal'));
	await expect(atlas(page).locator('[data-count]')).toHaveText(`${total - count('causal')} of ${total} models shown.`);
	await expect(atlas(page).locator('[data-model="llama-2"]')).toHaveCount(0);
	await atlas(page).getByRole('checkbox', { name: 'Open weights' }).uncheck();
	const notOpen = MODELS.filter((m) => m.class !== 'causal' && m.weights !== 'open').map((m) => m.id).sort();
	expect((await circles(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-model')))).sort()).toEqual(notOpen);
	await atlas(page).getByRole('button', { name: 'Show all' }).click();
	await expect(circles(page)).toHaveCount(total);
	await atlas(page).getByLabel('Organisation').selectOption('OpenAI');
	await expect(circles(page)).toHaveCount(MODELS.filter((m) => m.org === 'OpenAI').length);
	await expect(atlas(page).locator('table[data-table="models"] tbody tr')).toHaveCount(MODELS.filter((m) => m.org === 'OpenAI').length);
	for (const cls of ['encoder', 'encoder-decoder', 'prefix', 'causal', 'moe']) {
		await atlas(page).getByRole('checkbox', { name: { encoder: 'Encoder-only', 'encoder-decoder': 'Encoder-decoder', prefix: 'Prefix decoder', causal: 'Causal decoder', moe: 'Mixture of experts (causal)' }[cls] }).uncheck();
	}
	await expect(circles(page)).toHaveCount(0);
	await expect(atlas(page).locator('[data-note="none"]')).toBeVisible();
	watch.expectClean();
});

test('hovering or focusing a model shows its card with its source', async ({ page }) => {
	await page.goto(LAB);
	await figuresLive(page);
	await atlas(page).locator('[data-model="gpt-3"] .hit').hover();
	const card = atlas(page).locator('[data-card]');
	await expect(card).toHaveAttribute('data-card', 'gpt-3');
	await expect(card).toContainText('Closed (API only)');
	await expect(card.getByRole('link', { name: 'arxiv.org/abs/2005.14165' })).toHaveAttribute('href', 'https://arxiv.org/abs/2005.14165');
	await atlas(page).locator('[data-model="gpt"]').focus();
	await expect(card).toHaveAttribute('data-card', 'gpt');
	await expect(card).toContainText('Uncertain');
	await expect(card).toContainText('In the original answer');
	// XLNet's size is settled by its paper (BERT-Large's layer sizes): no longer uncertain.
	await atlas(page).locator('[data-model="xlnet"]').focus();
	await expect(card).toHaveAttribute('data-card', 'xlnet');
	await expect(card).not.toContainText('Uncertain');
});

test('an architecture class opens the mask explorer set to it', async ({ page }) => {
	await page.goto(LAB);
	await figuresLive(page);
	const expected = { encoder: 'encoder', 'encoder-decoder': 'encoder-decoder', prefix: 'prefix', causal: 'causal', moe: 'causal' };
	for (const [cls, arch] of Object.entries(expected)) {
		await expect(atlas(page).locator(`[data-mask-link="${cls}"]`)).toHaveAttribute('href', `/en/lab/attention-masks/?arch=${arch}`);
	}
	await atlas(page).locator('[data-mask-link="encoder"]').click();
	await expect(page).toHaveURL(/\/en\/lab\/attention-masks\/\?arch=encoder$/);
	await figuresLive(page);
	await expect(page.locator('.attention-mask-figure')).toHaveAttribute('data-arch', 'encoder');
});

test('filters and the selected model round-trip through the URL, reload and back/forward', async ({ page }) => {
	await page.goto(LAB);
	await figuresLive(page);
	await atlas(page).getByRole('checkbox', { name: 'Encoder-only' }).uncheck();
	await atlas(page).getByRole('checkbox', { name: 'Closed (API only)' }).uncheck();
	await atlas(page).locator('[data-model="mixtral"] .hit').click();
	await expect(page).toHaveURL(/model=mixtral/);
	expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({
		class: 'encoder-decoder,prefix,causal,moe',
		weights: 'open,limited',
		model: 'mixtral'
	});
	await page.reload();
	await figuresLive(page);
	await expect(atlas(page).locator('[data-card]')).toHaveAttribute('data-card', 'mixtral');
	await expect(circles(page)).toHaveCount(MODELS.filter((m) => m.class !== 'encoder' && m.weights !== 'closed').length);
	await expect(atlas(page).getByRole('checkbox', { name: 'Encoder-only' })).not.toBeChecked();
	await page.goBack();
	await expect(atlas(page).locator('[data-card]')).toHaveAttribute('data-card', '');
	await page.goBack();
	await expect(atlas(page).getByRole('checkbox', { name: 'Closed (API only)' })).toBeChecked();
	await expect(circles(page)).toHaveCount(MODELS.length - count('encoder'));
	await page.goForward();
	await page.goForward();
	await expect(atlas(page).locator('[data-card]')).toHaveAttribute('data-card', 'mixtral');
});

test('keyboard only: filters, moving between models, selecting one', async ({ page }) => {
	await page.goto(LAB);
	await figuresLive(page);
	await atlas(page).getByRole('checkbox', { name: 'Encoder-only' }).focus();
	await page.keyboard.press('Space');
	await expect(circles(page)).toHaveCount(MODELS.length - count('encoder'));
	// One tab stop in the chart: the earliest model shown.
	await expect(atlas(page).locator('g[data-model][tabindex="0"]')).toHaveCount(1);
	const first = atlas(page).locator('g[data-model][tabindex="0"]');
	await expect(first).toHaveAttribute('data-model', 'gpt');
	await first.focus();
	await page.keyboard.press('ArrowRight');
	await expect(atlas(page).locator('[data-model="gpt-2"]')).toBeFocused();
	await expect(atlas(page).locator('[data-card]')).toHaveAttribute('data-card', 'gpt-2');
	await page.keyboard.press('End');
	await expect(atlas(page).locator('[data-model="gpt-oss"]')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/model=gpt-oss/);
	await expect(atlas(page).locator('g[data-model][tabindex="0"]')).toHaveAttribute('data-model', 'gpt-oss');
});

const KEYS = ['class', 'weights', 'org', 'model', 'x', ''];
const VALUES = [
	'causal', 'moe', 'encoder,prefix', 'causal,causal', 'open', 'open,closed', 'limited', 'OpenAI', 'Meta AI', 'llama', 'gpt-3', ',', '',
	'-1', 'NaN', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '%00', '\u202e', '字'.repeat(50), '👩‍👩‍👧', 'a'.repeat(7000), '__proto__', 'constructor'
];

test('200 seeded random and malformed queries never break the atlas', async ({ page }) => {
	test.setTimeout(120_000);
	const watch = watchPage(page);
	await page.goto(LAB);
	await figuresLive(page);
	const queries = randomQueries(7, 200, KEYS, VALUES, { maxPairs: 5 });
	const states = await statesAfterQueries(page, queries, () => {
		const figure = document.querySelector('.model-atlas')!;
		return {
			injected: figure.querySelectorAll('script, img, iframe, svg[onload]').length,
			circles: figure.querySelectorAll('g[data-model]').length,
			count: Number(figure.querySelector('[data-count]')?.getAttribute('data-count')),
			rows: figure.querySelectorAll('table[data-table="models"] tbody tr').length,
			coords: [...figure.querySelectorAll('g[data-model] .dot')].map((c) => `${c.getAttribute('cx')} ${c.getAttribute('cy')} ${c.getAttribute('r')}`),
			notes: figure.querySelectorAll('[data-note="url"]').length
		};
	});
	// One assertion for all, naming each query that failed and how: Playwright records every expect as a step.
	const failures = states.flatMap((state, i) => {
		const problems = [
			...(state.injected ? [`${state.injected} injected elements`] : []),
			...(state.circles === state.count ? [] : [`${state.circles} circles for a count of ${state.count}`]),
			...(state.rows === state.count ? [] : [`${state.rows} table rows for a count of ${state.count}`]),
			...state.coords.filter((c) => !/^[\d.]+% [\d.]+ [\d.]+$/.test(c)).map((c) => `circle at "${c}"`)
		];
		return problems.length ? [`${queries[i]}: ${problems.join('; ')}`] : [];
	});
	expect(failures).toEqual([]);
	expect(states.reduce((sum, state) => sum + state.notes, 0)).toBeGreaterThan(50);
	watch.expectClean();
});

for (const state of ['?model=deepseek-v3', '?class=prefix,moe&weights=limited,open', '?class=&org=Nobody']) {
	test(`axe: the atlas at ${state} in the light and dark themes`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(`/zh/lab/model-atlas/${state}`);
		await figuresLive(page);
		await openDisclosures(page, '.model-atlas details summary');
		await expectAxeCleanInBothThemes(page);
	});
}
