// The architecture lab: the block explorer (variants, parts, shapes, multi-head toy) and the parameter calculator
// (presets with their published totals, free editing with messages, compute and memory). Meaning first: totals,
// shapes, URL round-trips, keyboard use, hostile URLs and hostile typing.
import { expect, test, type Page } from '@playwright/test';
import { figuresLive, watchPage, expectAxeCleanInBothThemes, openDisclosures, randomQueries, statesAfterQueries } from './site';

const LAB = '/en/lab/architecture/';
const explorer = (page: Page) => page.locator('.block-explorer');
const calculator = (page: Page) => page.locator('.param-calculator');
const details = (page: Page) => page.locator('.block-explorer [data-details]');

const PUBLISHED = [
	{ name: 'GPT-2 small', total: '124,439,808', published: '124M' },
	{ name: 'GPT-3 175B', total: '174,604,259,328', published: '175B' },
	{ name: 'LLaMA-7B', total: '6,738,415,616', published: '6.7B' },
	{ name: 'Llama-3-8B', total: '8,030,261,248', published: '8B' },
	// Heads of 256 on a width of 3,072 (headDim): the Gemma report's Table 2.
	{ name: 'Gemma-7B', total: '8,537,680,896', published: '8.54B' }
];

test('choosing a preset shows its exact count and its published total', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto(LAB);
	await figuresLive(page);
	for (const { name, total, published } of [...PUBLISHED.slice(1, 3), PUBLISHED[4], PUBLISHED[0], PUBLISHED[3]]) {
		await calculator(page).getByRole('radio', { name, exact: true }).check();
		await expect(calculator(page).locator('[data-total]')).toHaveText(total);
		await expect(calculator(page).locator('[data-published]')).toContainText(`Published: ${published}.`);
		// The table's rows add up to the total it shows.
		const cells = await calculator(page).locator('table[data-table="breakdown"] tbody tr[data-part] td:nth-child(2)').allTextContents();
		expect(cells.reduce((s, c) => s + Number(c.replace(/,/g, '')), 0).toLocaleString('en')).toBe(total);
	}
	// Qwen2-7B: biases on Q, K and V only; its exact count, and its "7B" named as not comparable.
	await calculator(page).getByRole('radio', { name: 'Qwen2-7B', exact: true }).check();
	await expect(calculator(page).locator('[data-total]')).toHaveText('7,615,616,512');
	await calculator(page).getByRole('radio', { name: 'Llama-3-8B', exact: true }).check();
	// Llama-3-8B: grouped-query attention, KV cache 2 x 32 layers x 8 heads x 128 x 2 bytes = 131,072 bytes per token.
	await expect(calculator(page).locator('[data-kv]')).toHaveAttribute('data-kv', '131072');
	// Its bf16 weights, 2 x 8,030,261,248 bytes, in binary units as in every lab: 14.96 GiB.
	await expect(calculator(page).locator('[data-format="bf16"] td')).toHaveText('15.0 GiB');
	watch.expectClean();
});

test('editing fields recounts, names bad fields and recovers', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto(LAB);
	await figuresLive(page);
	const c = calculator(page);
	await c.getByLabel('Layers N').fill('24');
	await expect(c.locator('[data-custom]')).toBeVisible();
	// GPT-2 small with 24 layers: 12 more layers of 7,087,872 parameters each.
	await expect(c.locator('[data-total]')).toHaveText((124_439_808 + 12 * 7_087_872).toLocaleString('en'));
	await c.getByLabel('Query heads h').fill('7');
	await expect(c.locator('[data-error="dModel"]')).toHaveText(/divisible/);
	await expect(c.locator('[data-total]')).toHaveCount(0);
	await expect(c.locator('[data-note="invalid"]')).toBeVisible();
	await c.getByLabel('Query heads h').fill('12');
	await c.getByLabel('Layers N').fill('0');
	await expect(c.locator('[data-error="nLayers"]')).toHaveText('Layers N: must be a whole number from 1 to 1,000.');
	await c.getByLabel('Layers N').fill('12');
	await expect(c.locator('[data-total]')).toHaveText('124,439,808');
	await expect(c.locator('[data-published]')).toBeVisible();
	await c.getByLabel('Training tokens D').fill('300B');
	await expect(c.locator('[data-flops]')).toHaveAttribute('data-flops', String(6 * 124_439_808 * 300e9));
	await c.getByRole('button', { name: /Chinchilla/ }).click();
	await expect(c.getByLabel('Training tokens D')).toHaveValue('2.49B');
	watch.expectClean();
});

test('a part of the block diagram opens its explanation with its shapes', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto(LAB);
	await figuresLive(page);
	const e = explorer(page);
	await expect(details(page).locator('.part-title')).toHaveText('Causal multi-head attention');
	await e.locator('[data-part="ffn"]').click();
	await expect(details(page).locator('.part-title')).toHaveText('MLP (GELU)');
	await expect(details(page)).toContainText('GELU');
	await expect(details(page).locator('tr[data-role="hidden"] td.shape')).toHaveText(/B × T × d_ff\s*1 × 8 × 3,072/);
	await e.getByLabel('Batch size B').fill('4');
	await expect(details(page).locator('tr[data-role="hidden"] td.shape')).toHaveText(/4 × 8 × 3,072/);
	// LLaMA: no position table, SwiGLU, grouped-query attention with 8 key/value heads.
	await e.getByRole('radio', { name: 'LLaMA style (Llama 3 8B)' }).check();
	await expect(e.locator('[data-part="positions"]')).toHaveCount(0);
	await expect(details(page).locator('.part-title')).toHaveText('SwiGLU feed-forward');
	await e.locator('[data-part="attention"]').click();
	await expect(details(page).locator('tr[data-role="kv"] td.shape')).toHaveText(/B × h_kv × T × d_head\s*4 × 8 × 8 × 128/);
	// 2017: two stacks and cross-attention, no final norm.
	await e.getByRole('radio', { name: 'Original Transformer (2017)' }).check();
	await expect(e.locator('[data-part="cross-attention"]')).toHaveCount(1);
	await expect(e.locator('[data-part="final-norm"]')).toHaveCount(0);
	await e.locator('[data-part="cross-attention"]').click();
	await expect(details(page).locator('.part-title')).toHaveText('Cross-attention');
	watch.expectClean();
});

test('the multi-head toy draws the 4 heads of the trained decoder; layer and weights change them', async ({ page }) => {
	await page.goto(LAB);
	const toy = page.locator('.multi-head');
	const n = 'The model learns.'.length;
	// Each head's cells as "x,y:opacity", read off its shade paths (a square per cell, one path per opacity).
	const pattern = () =>
		toy.locator('.head-heatmap').evaluateAll((maps) =>
			maps.map((map) => [...map.querySelectorAll('path.cell')].flatMap((path) => [...(path.getAttribute('d') ?? '').matchAll(/M(\d+),(\d+)h13v13h-13z/g)].map(([, x, y]) => `${x},${y}:${path.getAttribute('fill-opacity')}`)).sort().join(' ')).join(' | ')
		);
	const drawnCells = () => toy.locator('.head-heatmap').first().locator('path.cell').evaluateAll((paths) => paths.reduce((sum, path) => sum + (path.getAttribute('d')?.match(/z/g)?.length ?? 0), 0));
	// The prerendered figure already shows the trained heads; the live one (models preloaded with its code) the same.
	await expect(toy).toHaveAttribute('data-status', 'ready');
	const prerendered = await pattern();
	await figuresLive(page);
	expect(await pattern()).toBe(prerendered);
	await expect(toy.locator('.head-heatmap')).toHaveCount(4);
	expect(await drawnCells()).toBe((n * (n + 1)) / 2);
	expect(prerendered.split(' | ')[0].split(' ')).toHaveLength((n * (n + 1)) / 2);
	await expect(toy.locator('.head-heatmap').first().locator('path.masked')).toHaveAttribute('data-masked', String((n * (n - 1)) / 2));
	await expect(toy.locator('[data-concat]')).toContainText('4 × 12 = 48 dims → W_O (48 × 48)');
	await expect(toy).toContainText('2 layers of 4 heads');
	await expect(toy.locator('svg[role="img"]').first()).toHaveAttribute('aria-label', /^Layer 1, head 1\. .*“T” → “T”/);

	await toy.getByRole('radio', { name: '2', exact: true }).check();
	await expect(toy).toHaveAttribute('data-layer', '2');
	await expect(page).toHaveURL(/toylayer=2/);
	const layer2 = await pattern();
	expect(layer2).not.toBe(prerendered);
	const trainedPeak = Number(await toy.locator('[data-peak]').getAttribute('data-peak'));

	await toy.getByRole('radio', { name: /Untrained/ }).check();
	await expect(page).toHaveURL(/toyweights=untrained/);
	await expect.poll(pattern).not.toBe(layer2);
	// Initial weights: every head spreads its weight almost evenly, far less concentrated than the trained ones.
	const untrainedPeak = Number(await toy.locator('[data-peak]').getAttribute('data-peak'));
	expect(untrainedPeak).toBeLessThan(trainedPeak - 0.05);
	const untrained = await pattern();
	await toy.getByRole('button', { name: /New initial weights/ }).click();
	await expect(page).toHaveURL(/seed=2/);
	await expect.poll(pattern).not.toBe(untrained);
	await toy.locator('summary').click();
	await expect(toy.locator('table')).toHaveCount(4);
	await expect(toy.locator('table').first().locator('tbody tr').last().locator('td')).toHaveText(Array(n).fill(/^[01]\.\d\d$/));

	// The URL restores it all after a reload.
	await page.reload();
	await figuresLive(page);
	await expect(toy).toHaveAttribute('data-layer', '2');
	await expect(toy).toHaveAttribute('data-weights', 'untrained');
	await expect(toy.getByRole('button', { name: /seed 2/ })).toBeVisible();
	await expect.poll(pattern).not.toBe(untrained);
	await toy.getByRole('radio', { name: 'Trained', exact: true }).check();
	await expect.poll(pattern).toBe(layer2);
});

test('the Chinese toy reads a Chinese sentence with the Chinese model', async ({ page }) => {
	await page.goto('/zh/lab/architecture/');
	const toy = page.locator('.multi-head');
	await expect(toy.locator('.head-heatmap')).toHaveCount(4);
	await expect(toy.locator('.head-heatmap').first().locator('text.col')).toHaveText([...'模型学会了语言。']);
	await expect(toy.locator('svg[role="img"]').first()).toHaveAttribute('aria-label', /^第 1 层第 1 个头。/);
});

test('bad toy settings in the link are named; an old toyheads link is told it is retired', async ({ page }) => {
	await page.goto(`${LAB}?toyweights=random&toylayer=9&toyheads=4`);
	await figuresLive(page);
	const note = explorer(page).locator('[data-note="url"]');
	await expect(note).toContainText('toyweights = “random”');
	await expect(note).toContainText('toylayer = “9”');
	await expect(note).toContainText('toyheads = “4”: no longer used');
	await expect(page.locator('.multi-head')).toHaveAttribute('data-layer', '1');
	await expect(page.locator('.multi-head')).toHaveAttribute('data-weights', 'trained');
	await expect(page.locator('.multi-head .head-heatmap')).toHaveCount(4);
});

test('a part lists its tensors in the site’s trained model, from the decoder or the encoder-decoder', async ({ page }) => {
	await page.goto(LAB);
	const shipped = details(page).locator('[data-shipped]');
	// Prerendered: the attention part of the shipped decoder.
	await expect(shipped).toHaveAttribute('data-shipped', '8');
	await expect(shipped.locator('[data-tensor="layer{0,1}.attention.wq"]')).toContainText('48 × 48');
	await expect(shipped.locator('[data-tensor="layer{0,1}.attention.wq"]')).toContainText('2 × 2,304');
	await expect(shipped.locator('[data-tensor="layer{0,1}.attention.wq"] [data-rms]')).toHaveText(/^0\.\d{3} · 0\.\d{3}$/);
	await expect(shipped).toContainText('18,816 parameters in all');
	await figuresLive(page);
	await explorer(page).locator('[data-part="residual1"]').click();
	await expect(shipped).toHaveAttribute('data-shipped', '0');
	await explorer(page).getByRole('radio', { name: 'Original Transformer (2017)' }).check();
	await explorer(page).locator('[data-part="cross-attention"]').click();
	await expect(shipped.locator('[data-tensor="decoder.layer{0,1}.cross.wq"]')).toContainText('32 × 32');
	await explorer(page).getByRole('radio', { name: 'LLaMA style (Llama 3 8B)' }).check();
	await expect(shipped).toHaveAttribute('data-shipped', 'none');
	await expect(shipped).toContainText('not LLaMA’s');
});

test('a model that fails to load is said so in the figure; the rest works', async ({ page }) => {
	await page.route('**/models/transformer-*.bin', (route) => route.fulfill({ status: 404, body: '' }));
	await page.goto(`${LAB}?toyweights=untrained`);
	await figuresLive(page);
	const toy = page.locator('.multi-head');
	await expect(toy).toHaveAttribute('data-status', 'error');
	await expect(toy).toContainText('could not be loaded');
	await expect(toy.locator('.head-heatmap')).toHaveCount(0);
	await expect(details(page).locator('[data-shipped]')).toContainText('could not be loaded');
	await explorer(page).locator('[data-part="ffn"]').click();
	await expect(details(page).locator('.part-title')).toHaveText('MLP (GELU)');
});

test('settings round-trip through the URL, reload and back/forward', async ({ page }) => {
	await page.goto(LAB);
	await figuresLive(page);
	await explorer(page).getByRole('radio', { name: 'LLaMA style (Llama 3 8B)' }).check();
	await explorer(page).locator('[data-part="lm-head"]').click();
	await calculator(page).getByRole('radio', { name: 'LLaMA-7B', exact: true }).check();
	await calculator(page).getByLabel('Layers N').fill('16');
	await expect(page).toHaveURL(/layers=16/);
	const url = new URL(page.url());
	expect(Object.fromEntries(url.searchParams)).toEqual({ variant: 'llama', part: 'lm-head', preset: 'llama-7b', layers: '16' });
	await page.reload();
	await figuresLive(page);
	await expect(explorer(page)).toHaveAttribute('data-variant', 'llama');
	await expect(details(page).locator('.part-title')).toHaveText('LM head (untied)');
	await expect(calculator(page).getByLabel('Layers N')).toHaveValue('16');
	await expect(calculator(page).locator('[data-custom]')).toBeVisible();
	await page.goBack(); // before the preset was chosen (typing replaced the entry; the preset pushed one)
	await expect(calculator(page)).toHaveAttribute('data-preset', 'gpt2-small');
	await expect(explorer(page)).toHaveAttribute('data-part', 'lm-head');
	await page.goBack();
	await expect(explorer(page)).toHaveAttribute('data-variant', 'llama');
	await expect(explorer(page)).toHaveAttribute('data-part', 'attention'); // the part kept on the switch to LLaMA
	await page.goForward();
	await page.goForward();
	await expect(calculator(page)).toHaveAttribute('data-preset', 'llama-7b');
	await expect(calculator(page).getByLabel('Layers N')).toHaveValue('16');
});

test('keyboard only: variant, parts, toy layer and calculator fields', async ({ page }) => {
	await page.goto(LAB);
	await figuresLive(page);
	await explorer(page).locator('input[name="variant"]').first().focus();
	await page.keyboard.press('ArrowRight');
	await expect(explorer(page)).toHaveAttribute('data-variant', 'llama');
	const part = explorer(page).locator('[data-part="norm1"]');
	await part.focus();
	await page.keyboard.press('Enter');
	await expect(details(page).locator('.part-title')).toHaveText('RMSNorm');
	await page.keyboard.press('Tab');
	await expect(explorer(page).locator('[data-part="attention"]')).toBeFocused();
	await page.keyboard.press(' ');
	await expect(details(page).locator('.part-title')).toHaveText('Causal GQA + RoPE');
	await calculator(page).getByLabel('Layers N').focus();
	await page.keyboard.press('Control+A');
	await page.keyboard.type('6');
	await expect(calculator(page).locator('[data-total]')).toHaveText((124_439_808 - 6 * 7_087_872).toLocaleString('en'));
	await calculator(page).locator('input[name="preset"]').first().focus();
	await page.keyboard.press('ArrowRight');
	await expect(calculator(page).locator('[data-total]')).toHaveText('174,604,259,328');
});

const HOSTILE = ['', '   ', 'x'.repeat(100_000), '👩‍👩‍👧🚀', 'مرحبا ١٢٣', '\u202e42', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '1e309', '-5', 'NaN', 'Infinity', '0x10', '4.5', '9'.repeat(30), '1,024', '２５６'];

test('hostile text in every calculator field never breaks the figure', async ({ page }) => {
	test.setTimeout(120_000);
	const watch = watchPage(page);
	await page.goto(LAB);
	await figuresLive(page);
	const c = calculator(page);
	for (const name of ['vocabSize', 'contextLength', 'dModel', 'nLayers', 'nHeads', 'nKvHeads', 'dFF', 'tokens']) {
		const input = c.locator(`input[name="${name}"]`);
		const original = await input.inputValue();
		for (const text of HOSTILE) {
			await input.fill(text);
			const state = await c.evaluate((el) => ({
				text: el.textContent ?? '',
				injected: el.querySelectorAll('script, img, iframe').length,
				total: el.querySelector('[data-total]')?.textContent ?? null,
				errors: el.querySelectorAll('[data-error]').length
			}));
			expect(state.injected, `${name}: ${text.slice(0, 20)}`).toBe(0);
			expect(state.text).not.toMatch(/\bNaN\b|Infinity/);
			// Either a total that is a grouped integer, or a message at a field.
			if (state.total !== null) expect(state.total).toMatch(/^\d{1,3}(,\d{3})*$/);
			else expect(state.errors).toBeGreaterThan(0);
			if (text === '' && name !== 'nKvHeads') await expect(c.locator(`[data-error="${name}"]`)).toContainText('empty');
		}
		await input.fill(original);
	}
	await expect(c.locator('[data-total]')).toHaveText('124,439,808');
	await expect(page).not.toHaveURL(/x{41}/); // long text is cut before it reaches the URL
	watch.expectClean();
});

const KEYS = ['variant', 'part', 'batch', 'seq', 'toylayer', 'toyweights', 'toyheads', 'seed', 'preset', 'vocab', 'ctx', 'dmodel', 'layers', 'heads', 'kvheads', 'headdim', 'dff', 'ffn', 'norm', 'bias', 'qkvbias', 'pos', 'tied', 'tokens', 'x'];
const VALUES = [
	'gpt2', 'llama', 'transformer2017', 'attention', 'ffn', 'cross-attention', 'positions', 'trained', 'untrained', '2', 'llama3-8b', 'gpt3-175b', 'qwen2-7b', 'gemma-7b', 'qkv', '256', 'swiglu', 'rmsnorm', 'rotary', 'yes', 'no',
	'-1', '0', '1', '4', '7', '8', '96', '1e309', '99999999999', 'NaN', 'Infinity', '0x10', '2.5', ' 4', '', '300B',
	'<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '%00', '\u202e', '字'.repeat(50), '👩‍👩‍👧', 'a'.repeat(7000), '__proto__', 'constructor'
];

test('200 seeded random and malformed queries never break either figure', async ({ page }) => {
	test.setTimeout(120_000);
	const watch = watchPage(page);
	await page.goto(LAB);
	await figuresLive(page);
	const queries = randomQueries(20261128, 200, KEYS, VALUES);
	const states = await statesAfterQueries(page, queries, () => {
		const figures = [...document.querySelectorAll('.block-explorer, .param-calculator')];
		return {
			injected: figures.reduce((n, f) => n + f.querySelectorAll('script, img, iframe, svg[onload]').length, 0),
			numbers: [...document.querySelectorAll('.block-explorer td.num, .block-explorer output, .param-calculator [data-total], .param-calculator td.num')].map((el) => el.textContent ?? ''),
			parts: document.querySelectorAll('.block-explorer [data-part][role="button"]').length,
			details: document.querySelector('.block-explorer [data-details] .part-title')?.textContent ?? '',
			notes: document.querySelectorAll('[data-note="url"]').length,
			calcState: document.querySelector('.param-calculator [data-total], .param-calculator [data-error]') !== null
		};
	});
	// One assertion for all, naming each query that failed and how: Playwright records every expect as a step.
	const failures = states.flatMap((state, i) => {
		const problems = [
			...(state.injected ? [`${state.injected} injected elements`] : []),
			...state.numbers.filter((n) => !/^[\d,.% ×·]+( [KMGT]i?B)?$/.test(n)).map((n) => `number "${n}"`),
			...(state.parts > 10 ? [] : [`${state.parts} parts in the diagram`]),
			...(state.details ? [] : ['no part described']),
			...(state.calcState ? [] : ['the calculator shows neither a total nor an error'])
		];
		return problems.length ? [`${queries[i]}: ${problems.join('; ')}`] : [];
	});
	expect(failures).toEqual([]);
	expect(states.reduce((sum, state) => sum + state.notes, 0)).toBeGreaterThan(50);
	watch.expectClean();
});

for (const state of ['?variant=transformer2017&part=cross-attention&toyweights=untrained&toylayer=2', '?variant=llama&preset=llama3-8b&heads=7&tokens=lots', '?preset=gpt5&variant=%3Cb%3E']) {
	test(`axe: the architecture lab at ${state} in the light and dark themes`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(`/zh/lab/architecture/${state}`);
		await figuresLive(page);
		await openDisclosures(page, '.multi-head summary');
		await expectAxeCleanInBothThemes(page);
	});
}
