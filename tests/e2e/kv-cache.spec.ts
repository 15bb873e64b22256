// The why-decoder-only figures: KV-cache ledger, memory calculator, rank panel and T5 evidence. Counts are checked
// against hand-worked cases; the URL holds every setting; hostile queries never break a figure.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { figuresLive, watchPage, expectAxeCleanInBothThemes, openDisclosures, randomQueries, statesAfterQueries } from './site';

const LAB = '/en/lab/kv-cache/';
const ledger = (page: Page) => page.locator('.ledger-figure');
const rank = (page: Page) => page.locator('.rank-figure');

/** [this step, total] of a counter row of the ledger. */
async function counter(scope: Locator, key: string): Promise<[number, number]> {
	const row = scope.locator(`[data-counter="${key}"]`);
	return [Number(await row.locator('[data-delta]').textContent()), Number(await row.locator('[data-total]').textContent())];
}
/** Cells of a state in the ledger's matrix (each state is drawn as one path that says how many cells it holds). */
const cells = (scope: Locator, state: string) => ({
	toHaveCount: (count: number) => expect(scope.locator(`.ledger-matrix path[data-state="${state}"]`)).toHaveAttribute('data-cells', String(count))
});

test('stepping one turn of 3 prompt + 2 answer tokens advances the counters by the hand-worked amounts', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto(`${LAB}?kv-turns=1`);
	await figuresLive(page);
	const fig = ledger(page);
	const step = fig.getByRole('button', { name: 'Step ▶' });
	await expect(fig.locator('[data-status]')).toContainText('Nothing computed yet');
	// Decoder-only: prefill scores 1 + 2 + 3, then 4, then 5.
	const expected = [
		{ scores: [6, 6], stored: [3, 3], fromCache: [0, 0], newCells: 6, cacheCells: 0 },
		{ scores: [4, 10], stored: [1, 4], fromCache: [3, 3], newCells: 1, cacheCells: 3 },
		{ scores: [5, 15], stored: [1, 5], fromCache: [4, 7], newCells: 1, cacheCells: 4 }
	];
	for (const e of expected) {
		await step.click();
		expect(await counter(fig, 'scores')).toEqual(e.scores);
		expect(await counter(fig, 'stored')).toEqual(e.stored);
		expect(await counter(fig, 'fromCache')).toEqual(e.fromCache);
		expect(await counter(fig, 'recomputed')).toEqual([0, 0]);
		await cells(fig, 'new').toHaveCount(e.newCells);
		await cells(fig, 'cache').toHaveCount(e.cacheCells);
	}
	await expect(step).toBeDisabled();
	await expect(page).toHaveURL(/kv-step=3/);

	// Prefix LM: a 3 x 3 bidirectional prefill, then 4, then 5.
	await fig.getByRole('button', { name: '↺ Reset' }).click();
	await fig.getByRole('radio', { name: 'Prefix LM' }).check();
	for (const total of [9, 13, 18]) {
		await step.click();
		expect((await counter(fig, 'scores'))[1]).toBe(total);
	}
	await cells(fig, 'blocked').toHaveCount(25 - 18);
	watch.expectClean();
});

test('over three turns decoder-only keeps its cache while the prefix LM and encoder-decoder recompute', async ({ page }) => {
	await page.goto(LAB);
	await figuresLive(page);
	const fig = ledger(page);
	const totals = async (arch: string) => {
		const row = fig.locator('[data-turn-table] tr[data-turn="3"]');
		const cell = row.locator(`td[data-arch="${arch}"]`);
		return [await cell.textContent(), await cell.locator('xpath=following-sibling::td[1]').textContent()];
	};
	expect(await totals('decoder')).toEqual(['120', '0']);
	expect(await totals('prefix')).toEqual(['299', '15']);
	expect(await totals('encdec')).toEqual(['299', '15']);
	await expect(fig.locator('[data-turn-summary]')).toContainText('Decoder-only 120 scores and 0 K/V pairs recomputed');
	await expect(fig.locator('.turn-chart rect[data-turn="3"][data-series="0"]')).toHaveAttribute('data-value', '120');
	await expect(fig.locator('.turn-chart rect[data-turn="3"][data-series="1"]')).toHaveAttribute('data-value', '299');

	// Step 4 = turn 2's prefill. Decoder-only: 5 cached keys under each of 3 new rows, 6 new cells.
	await fig.getByLabel('Step', { exact: true }).fill('4');
	await cells(fig, 'cache').toHaveCount(15);
	await cells(fig, 'new').toHaveCount(6);
	expect(await counter(fig, 'scores')).toEqual([21, 36]);
	// Prefix LM: the whole 8-token prefix again, 5 old tokens recomputed.
	await fig.getByRole('radio', { name: 'Prefix LM' }).check();
	await cells(fig, 'recompute').toHaveCount(8 * 5);
	await cells(fig, 'new').toHaveCount(8 * 3);
	expect(await counter(fig, 'recomputed')).toEqual([5, 5]);
	expect(await counter(fig, 'scores')).toEqual([64, 82]);
	// Encoder-decoder re-encodes the same 8 tokens.
	await fig.getByRole('radio', { name: 'Encoder-decoder' }).check();
	expect(await counter(fig, 'recomputed')).toEqual([5, 5]);
	await expect(fig.locator('[data-status]')).toContainText('encoded again');
	// Fewer turns: the table and chart follow.
	await fig.getByLabel('Turns').fill('2');
	await expect(fig.locator('[data-turn-table] tr[data-turn]')).toHaveCount(2);
	await expect(fig.locator('.turn-chart rect[data-turn="2"][data-series="0"]')).toHaveAttribute('data-value', '55');
});

test('play advances on its own, also with reduced motion, and pause stops it', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(LAB);
	await figuresLive(page);
	const fig = ledger(page);
	await fig.getByRole('button', { name: '▶ Play' }).click();
	await expect(fig).toHaveAttribute('data-step', '2', { timeout: 4000 });
	await fig.getByRole('button', { name: '⏸ Pause' }).click();
	const stopped = await fig.getAttribute('data-step');
	await page.waitForTimeout(1200);
	await expect(fig).toHaveAttribute('data-step', stopped!);
	await expect(fig.locator('[data-status]')).toContainText(/Step \d of 9/);
	// No fade under reduced motion; with motion allowed the cells scored now fade in.
	const fade = () => fig.locator('.ledger-matrix path.appear').first().evaluate((el) => parseFloat(getComputedStyle(el).animationDuration));
	expect(await fade()).toBeLessThan(0.01);
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	expect(await fade()).toBeGreaterThan(0.1);
});

test('the rank panel updates when the mask, n or d changes', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto(LAB);
	await figuresLive(page);
	const fig = rank(page);
	const zeros = { toHaveCount: (count: number) => expect(fig.locator('.heatmap')).toHaveAttribute('data-zero-cells', String(count)) };
	// Causal, n = 8: the 28 cells above the diagonal are exactly 0.
	await zeros.toHaveCount(28);
	await expect(fig.locator('[data-stats] [data-rank]')).toHaveText('8 / 8');
	const causalCondition = await fig.locator('[data-stats] [data-condition]').textContent();
	await fig.getByRole('radio', { name: 'Full (bidirectional)' }).check();
	await expect(fig).toHaveAttribute('data-mask', 'full');
	await zeros.toHaveCount(0);
	await expect(fig.locator('[data-stats] [data-condition]')).not.toHaveText(causalCondition!);
	await expect(fig.locator('[data-rank-table] tr.current')).toHaveAttribute('data-mask', 'full');
	await fig.getByRole('radio', { name: 'Prefix', exact: true }).check();
	// Prefix 4 of 8: the causal zeros minus those in the prefix block, 28 - 6.
	await zeros.toHaveCount(22);
	// d = 1 and n = 32: the bidirectional matrix loses numerical rank; the causal one keeps it.
	await fig.getByLabel('Head size d').fill('1');
	await fig.getByLabel('Sequence length n').fill('32');
	await expect(fig.locator('.heatmap')).toHaveAttribute('data-rows', '32');
	const ranks = await fig.locator('[data-rank-table] td[data-rank]').allTextContents();
	expect(Number(ranks[0])).toBe(32);
	expect(Number(ranks[2])).toBeLessThan(32);
	await expect(fig.locator('[data-readings]')).toContainText('numerical rank');
	const seed = fig.locator('[data-seed]');
	await fig.getByRole('button', { name: 'New random Q and K' }).click();
	await expect(seed).toHaveText('2');
	watch.expectClean();
});

test('memory calculator and evidence follow their controls', async ({ page }) => {
	await page.goto(LAB);
	await figuresLive(page);
	const mem = page.locator('.memory-figure');
	await expect(mem.locator('[data-per-token]')).toHaveText('128 KiB');
	await expect(mem.locator('[data-total]')).toHaveText('1 GiB');
	await mem.getByRole('radio', { name: 'Llama-2-7B' }).check();
	await expect(mem.locator('[data-formula]')).toContainText('2 × 32 × 32 × 128 × 2 = 524,288');
	await mem.getByRole('radio', { name: 'GPT-2 small' }).check();
	await mem.getByLabel('Context length (tokens)').fill('10');
	await expect(mem.locator('[data-total]')).toHaveText('36 MiB');
	const ev = page.locator('.evidence-figure');
	await expect(ev.locator('.dot-plot [data-matched="false"]')).toHaveCount(1);
	await ev.getByRole('radio', { name: 'the same compute' }).check();
	await expect(ev.locator('.dot-plot [data-matched="false"]')).toHaveCount(0);
	await expect(ev.locator('[data-evidence-table] tr[data-row="lm"] td').last()).toHaveText('-8.58');
});

test('every setting survives a reload and back/forward', async ({ page }) => {
	await page.goto(LAB);
	await figuresLive(page);
	await ledger(page).getByRole('radio', { name: 'Encoder-decoder' }).check();
	await ledger(page).getByRole('button', { name: 'Step ▶' }).click();
	await ledger(page).getByRole('button', { name: 'Step ▶' }).click();
	await rank(page).getByRole('radio', { name: 'Full (bidirectional)' }).check();
	await rank(page).getByRole('radio', { name: '× 4' }).check();
	await page.locator('.memory-figure').getByRole('radio', { name: 'int8 (1 byte)' }).check();
	await page.locator('.evidence-figure').getByRole('radio', { name: 'the same compute' }).check();
	await expect(page).toHaveURL(/kv-step=2/);
	const url = page.url();
	for (const key of ['kv-arch=encdec', 'rank-mask=full', 'rank-scale=4', 'mem-format=int8', 't5-frame=compute']) expect(url).toContain(key);

	await page.reload();
	await figuresLive(page);
	await expect(ledger(page)).toHaveAttribute('data-arch', 'encdec');
	await expect(ledger(page)).toHaveAttribute('data-step', '2');
	expect(await counter(ledger(page), 'scores')).toEqual([4, 13]);
	await expect(rank(page)).toHaveAttribute('data-mask', 'full');
	await expect(rank(page).getByRole('radio', { name: '× 4' })).toBeChecked();
	await expect(page.locator('.memory-figure [data-per-token]')).toHaveText('64 KiB');
	await expect(page.locator('.evidence-figure')).toHaveAttribute('data-framing', 'compute');

	await page.goBack();
	await expect(page.locator('.evidence-figure')).toHaveAttribute('data-framing', 'params');
	await page.goBack();
	await expect(page.locator('.memory-figure [data-per-token]')).toHaveText('128 KiB');
	await page.goForward();
	await page.goForward();
	await expect(page.locator('.evidence-figure')).toHaveAttribute('data-framing', 'compute');
});

test('figures on the concept page share the address without dropping each other’s settings', async ({ page }) => {
	await page.goto('/en/why-decoder-only/?kv-step=3&t5-frame=compute');
	await figuresLive(page);
	await expect(page.locator('.attention-mask-figure')).toHaveCount(1);
	await expect(page.locator('.kv-figure')).toHaveCount(4);
	await expect(ledger(page)).toHaveAttribute('data-step', '3');
	await rank(page).getByRole('radio', { name: 'Full (bidirectional)' }).check();
	await expect(page).toHaveURL(/kv-step=3/);
	await expect(page).toHaveURL(/t5-frame=compute/);
	await expect(page).toHaveURL(/rank-mask=full/);
});

test('keyboard only: step, play, pick an architecture and move sliders', async ({ page }) => {
	await page.goto(LAB);
	await figuresLive(page);
	const fig = ledger(page);
	await fig.getByRole('radio', { name: 'Decoder-only' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(fig).toHaveAttribute('data-arch', 'prefix');
	await fig.getByRole('button', { name: '▶ Play' }).focus();
	// Tab from Play over Step back (disabled at step 0) to Step.
	await page.keyboard.press('Tab');
	await expect(fig.getByRole('button', { name: 'Step ▶' })).toBeFocused();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Space');
	await expect(fig).toHaveAttribute('data-step', '2');
	expect((await counter(fig, 'scores'))[1]).toBe(13);
	await fig.getByLabel('Step', { exact: true }).focus();
	await page.keyboard.press('End');
	await expect(fig).toHaveAttribute('data-step', '9');
	await page.keyboard.press('Home');
	await expect(fig).toHaveAttribute('data-step', '0');
	const n = rank(page).getByLabel('Sequence length n');
	await n.focus();
	await page.keyboard.press('ArrowRight');
	await expect(rank(page)).toHaveAttribute('data-n', '9');
	await rank(page).getByRole('button', { name: 'New random Q and K' }).focus();
	await page.keyboard.press('Enter');
	await expect(rank(page).locator('[data-seed]')).toHaveText('2');
	const ctx = page.locator('.memory-figure').getByLabel('Context length (tokens)');
	await ctx.focus();
	await page.keyboard.press('ArrowLeft');
	await expect(page.locator('.memory-figure [data-total]')).toHaveText('512 MiB');
	// Focus is visible on the buttons.
	await fig.getByRole('button', { name: '▶ Play' }).focus();
	const outline = await fig.getByRole('button', { name: '▶ Play' }).evaluate((el) => getComputedStyle(el).outlineStyle);
	expect(outline).not.toBe('none');
});

const KEYS = ['kv-arch', 'kv-turns', 'kv-user', 'kv-answer', 'kv-step', 'kv-metric', 'mem-model', 'mem-format', 'mem-ctx', 'rank-n', 'rank-d', 'rank-seed', 'rank-mask', 'rank-prefix', 'rank-scale', 't5-frame', 'arch', ''];
const VALUES = [
	'decoder', 'prefix', 'encdec', 'full', 'causal', 'compute', 'params', 'kv', 'scores', 'llama3-8b', 'int8', 'fp32',
	'-1', '0', '1', '2', '4', '8', '9', '28', '32', '33', '64', '65', '0.25', '4096', '5000', '131072', '262144', '1e309',
	'99999999999', 'NaN', 'Infinity', '-Infinity', '0x10', '2.5', ' 4', '', '<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '%00', '\u202e', '字'.repeat(50), '👩‍👩‍👧', 'a'.repeat(5000),
	'__proto__', 'constructor', 'javascript:alert(1)'
];

test('250 seeded random and malformed queries never break the figures', async ({ page }) => {
	test.setTimeout(120_000);
	const watch = watchPage(page);
	await page.goto(LAB);
	await figuresLive(page);
	const queries = randomQueries(20261128, 250, KEYS, VALUES);
	const states = await statesAfterQueries(page, queries, () => {
		const figures = [...document.querySelectorAll('.kv-figure')];
		// Everything the figures computed, without the notes that quote the bad values back.
		const text = figures
			.map((f) => {
				const clone = f.cloneNode(true) as HTMLElement;
				clone.querySelectorAll('[data-note]').forEach((n) => n.remove());
				return clone.textContent ?? '';
			})
			.join(' ');
		return {
			computedNaN: text.match(/.{0,30}(NaN|Infinity|undefined).{0,30}/)?.[0] ?? null,
			injected: figures.reduce((sum, f) => sum + f.querySelectorAll('script, img, iframe, svg[onload]').length, 0),
			notes: document.querySelectorAll('.kv-figure [data-note="url"]').length,
			figures: figures.length,
			cells: [...document.querySelectorAll('.ledger-matrix path[data-state]')].reduce((sum, p) => sum + Number(p.getAttribute('data-cells')), 0),
			attrs: [...document.querySelectorAll('.kv-figure svg *')].flatMap((el) => [...el.attributes].map((a) => a.value)).filter((v) => /NaN|Infinity/.test(v))
		};
	});
	// One assertion for all, naming each query that failed and how: Playwright records every expect as a step.
	const failures = states.flatMap((state, i) => {
		const problems = [
			...(state.figures === 4 ? [] : [`${state.figures} figures`]),
			...(state.computedNaN === null ? [] : [`text "${state.computedNaN}"`]),
			...state.attrs.map((value) => `attribute "${value.slice(0, 80)}"`),
			...(state.injected ? [`${state.injected} injected elements`] : []),
			...(state.cells > 0 ? [] : ['no cells in the ledger'])
		];
		return problems.length ? [`${queries[i]}: ${problems.join('; ')}`] : [];
	});
	expect(failures).toEqual([]);
	expect(states.reduce((sum, state) => sum + state.notes, 0)).toBeGreaterThan(50);
	watch.expectClean();
});

test('a bad value shows a note and falls back to its default', async ({ page }) => {
	await page.goto(`${LAB}?kv-step=99&rank-n=%3Cb%3E&mem-ctx=5000&t5-frame=x`);
	await figuresLive(page);
	await expect(page.locator('[data-note="url"]')).toHaveCount(4);
	await expect(ledger(page).locator('[data-note="url"]')).toContainText('kv-step = “99” is out of range');
	await expect(rank(page)).toHaveAttribute('data-n', '8');
	await expect(page.locator('.memory-figure [data-total]')).toHaveText('1 GiB');
	await expect(rank(page).locator('[data-note="url"] b')).toHaveCount(0);
});

test('without JavaScript the default figures are in the page', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/zh/lab/kv-cache/');
	await expect(page.locator('.kv-figure')).toHaveCount(4);
	await expect(page.locator('.ledger-figure [data-turn-table] tr[data-turn="3"] td[data-arch="decoder"]')).toHaveText('120');
	const drawn = await page.locator('.ledger-matrix path[data-state]').evaluateAll((paths) => paths.map((p) => Number(p.getAttribute('data-cells'))));
	expect(drawn.reduce((a, b) => a + b, 0)).toBe(25);
	await expect(page.locator('.rank-figure [data-stats] [data-rank]')).toHaveText('8 / 8');
	await expect(page.locator('.memory-figure [data-total]')).toHaveText('1 GiB');
	await expect(page.locator('.evidence-figure [data-evidence-table] tbody tr')).toHaveCount(4);
	await context.close();
});

const AXE_STATES = ['?kv-arch=prefix&kv-step=4', '?kv-turns=4&kv-user=6&kv-answer=6&kv-step=20&rank-n=32&rank-d=1&rank-mask=full&rank-scale=8', '?t5-frame=compute&mem-model=gpt2-small&kv-step=99'];
for (const state of AXE_STATES) {
	test(`the KV-cache lab at ${state.slice(0, 40)} has no WCAG 2.2 AA violation in the light and dark themes`, async ({ page }) => {
		// The largest state has about 2,300 cells drawn and as many in its table: axe needs more than the default time.
		test.setTimeout(90_000);
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(`/zh/lab/kv-cache/${state}`);
		await figuresLive(page);
		await openDisclosures(page, '.kv-figure .tables summary');
		await expectAxeCleanInBothThemes(page);
	});
}
