// The Transformer lab: a shipped causal decoder and prefix LM on the learner's own text. Every layer x head is drawn;
// the enlarged head's cells carry their weights; the mask's zeros are exact; rows are distributions; the prefix LM
// looks ahead inside its prefix and the causal decoder never does; settings round-trip through the URL; unknown
// characters and bad URL values give a message, never an error; without JavaScript the heatmaps are still there.
import { expect, test, type Page } from '@playwright/test';
import { expectScreenWide, figuresLive, watchPage } from './site';

const LAB = '/en/lab/transformer/';
const figure = (page: Page) => page.locator('.transformer-figure');
const cells = (page: Page, model: 'causal' | 'prefix') => page.locator(`.attention-map svg[data-model="${model}"] rect[data-weight]`);

async function open(page: Page, query = '') {
	await page.goto(`${LAB}${query}`);
	await figuresLive(page);
	await expect(figure(page)).toHaveAttribute('data-status', 'ready');
	// The enlarged maps' cells are built in a task after the figure's first frame.
	await expect(page.locator('.attention-map [role="grid"]')).toHaveCount(2);
}

/** The enlarged map of a model as weights[q][k] and visibility, read from the cells' data attributes once they are
 * written (the grid carries data-cells-pending until its cells carry the weights drawn). Every cell must name the
 * same layer and head. */
async function readMap(page: Page, model: 'causal' | 'prefix') {
	const grid = page.locator(`.attention-map svg[data-model="${model}"] [role="grid"]`);
	await expect(grid).toHaveCount(1);
	await expect(grid).not.toHaveAttribute('data-cells-pending');
	const map = await cells(page, model).evaluateAll((rects) => {
		const n = Math.round(Math.sqrt(rects.length));
		const weights = Array.from({ length: n }, () => new Array<number>(n).fill(NaN));
		const blocked = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
		let layer = -1;
		let head = -1;
		const heads = new Set<string>();
		for (const rect of rects as SVGElement[]) {
			const q = Number(rect.dataset.q);
			const k = Number(rect.dataset.k);
			weights[q][k] = Number(rect.dataset.weight);
			blocked[q][k] = rect.classList.contains('blocked');
			heads.add(`${rect.dataset.layer}/${rect.dataset.head}`);
			layer = Number(rect.dataset.layer);
			head = Number(rect.dataset.head);
		}
		return { n, weights, blocked, layer, head, heads: [...heads] };
	});
	expect(map.heads, 'every cell names the same layer and head').toEqual([`${map.layer}/${map.head}`]);
	return map;
}

test('every layer x head is drawn, and the enlarged head is the model’s own distribution over the mask', async ({ page }) => {
	test.setTimeout(60_000);
	const watch = watchPage(page);
	await open(page, '?tf-text=The%20cat%20sat.&tf-prefix=5');
	const n = 12; // "The cat sat."
	for (const model of ['causal', 'prefix'] as const) {
		const thumbs = page.locator(`.head-thumbnails[data-model="${model}"] button[data-layer][data-head]`);
		const count = await thumbs.count();
		expect(count).toBeGreaterThanOrEqual(2);
		await expect(cells(page, model)).toHaveCount(n * n);
		const map = await readMap(page, model);
		expect(map.n).toBe(n);
		const wrong: string[] = [];
		for (let q = 0; q < n; q++) {
			const sum = map.weights[q].reduce((a, b) => a + b, 0);
			if (Math.abs(sum - 1) > 1e-4) wrong.push(`${model} row ${q} sums to ${sum}`);
			for (let k = 0; k < n; k++) {
				const visible = model === 'causal' ? k <= q : k <= q || k < 5;
				if (map.blocked[q][k] === visible) wrong.push(`${model} ${q},${k} drawn ${map.blocked[q][k] ? 'blocked' : 'visible'}`);
				if (!visible && map.weights[q][k] !== 0) wrong.push(`${model} blocked ${q},${k} has weight ${map.weights[q][k]}`);
				if (visible && !(map.weights[q][k] > 0)) wrong.push(`${model} visible ${q},${k} has weight ${map.weights[q][k]}`);
			}
		}
		expect(wrong).toEqual([]);
	}
	watch.expectClean();
});

test('the prefix LM looks ahead inside its prefix; the causal decoder cannot', async ({ page }) => {
	await open(page, '?tf-text=The%20model%20reads.&tf-prefix=8');
	const causal = await readMap(page, 'causal');
	const prefix = await readMap(page, 'prefix');
	let forwardPrefix = 0;
	for (let q = 0; q < 7; q++) {
		for (let k = q + 1; k < 8; k++) {
			expect(causal.weights[q][k]).toBe(0);
			forwardPrefix += prefix.weights[q][k];
		}
	}
	expect(forwardPrefix).toBeGreaterThan(0.01);
	// The sentence says how much, from the same numbers.
	const share = Number(await page.locator('[data-forward-share]').getAttribute('data-forward-share'));
	expect(share).toBeGreaterThan(0);
	await expect(page.locator('.compare p')).toContainText('%');
});

test('after a new text of the same length, the cells carry the new weights, and the old text gives the old ones back', async ({ page }) => {
	await open(page, '?tf-text=abcdef');
	const before = await readMap(page, 'causal');
	const box = page.locator('textarea[name="tf-text"]');
	await box.fill('fedcba');
	await expect(cells(page, 'causal')).toHaveCount(36);
	const after = await readMap(page, 'causal');
	// Row 0 sees only its own token (weight 1 under both texts); a later row's weights depend on the text.
	expect(after.weights[0][0]).toBe(1);
	const changed = after.weights.flat().filter((w, i) => w !== before.weights.flat()[i]).length;
	expect(changed).toBeGreaterThan(10);
	await box.fill('abcdef');
	expect((await readMap(page, 'causal')).weights).toEqual(before.weights);
});

test('the enlarged map’s cells lie exactly over the drawn grid, as the text grows and shrinks', async ({ page }) => {
	await open(page, '?tf-text=abcdef');
	const box = page.locator('textarea[name="tf-text"]');
	for (const text of ['abcdef', 'The cells follow every length.', 'abc']) {
		if (text !== 'abcdef') await box.fill(text);
		const n = [...text].length;
		await expect(cells(page, 'causal')).toHaveCount(n * n);
		const misplaced = await page.locator('.attention-map svg[data-model="causal"]').evaluate((svg, n) => {
			const grid = svg.querySelector('.static-cells .grid')!.getBoundingClientRect();
			const side = grid.width / n;
			const wrong: string[] = [];
			for (const rect of svg.querySelectorAll<SVGRectElement>('rect[role="gridcell"]')) {
				const q = Number(rect.dataset.q);
				const k = Number(rect.dataset.k);
				const r = rect.getBoundingClientRect();
				const off = Math.max(Math.abs(r.x - (grid.x + k * side)), Math.abs(r.y - (grid.y + q * side)), Math.abs(r.width - side), Math.abs(r.height - side));
				if (off > 0.6) wrong.push(`${q},${k} off by ${off.toFixed(2)} px`);
			}
			return wrong.slice(0, 5);
		}, n);
		expect(misplaced, text).toEqual([]);
	}
});

test('text, prefix, layer and head round-trip through the URL', async ({ page }) => {
	await open(page, '?tf-text=abc%20def&tf-prefix=3&tf-layer=1&tf-head=1');
	await expect(page.locator('textarea[name="tf-text"]')).toHaveValue('abc def');
	await expect(page.locator('input[name="tf-prefix"]')).toHaveValue('3');
	await expect(page.locator('.head-thumbnails[data-model="causal"] button[data-layer="1"][data-head="1"]')).toHaveAttribute('aria-pressed', 'true');
	expect((await readMap(page, 'causal')).layer).toBe(1);
	expect((await readMap(page, 'prefix')).head).toBe(1);

	// Choosing another head and typing new text write the URL.
	await page.locator('.head-thumbnails[data-model="prefix"] button[data-layer="0"][data-head="0"]').click();
	await page.locator('textarea[name="tf-text"]').fill('Hello');
	await expect.poll(() => new URL(page.url()).searchParams.get('tf-text')).toBe('Hello');
	const url = new URL(page.url());
	expect(url.searchParams.get('tf-layer')).toBeNull(); // back at the default, so left out
	await page.reload();
	await figuresLive(page);
	await expect(page.locator('textarea[name="tf-text"]')).toHaveValue('Hello');
	await expect(cells(page, 'causal')).toHaveCount(25);
	expect((await readMap(page, 'causal')).layer).toBe(0);
});

test('bad URL values give a message and the defaults', async ({ page }) => {
	const watch = watchPage(page);
	await open(page, '?tf-layer=banana&tf-head=999999&tf-prefix=-2&tf-train=sideways');
	const note = page.locator('[data-note="url"]');
	await expect(note).toContainText('tf-layer');
	await expect(note).toContainText('tf-head');
	await expect(note).toContainText('tf-prefix');
	await expect(note).toContainText('tf-train');
	expect((await readMap(page, 'causal')).layer).toBe(0);
	watch.expectClean();
});

test('characters outside the vocabulary are unknown tokens, not errors', async ({ page }) => {
	const watch = watchPage(page);
	await open(page);
	await page.locator('textarea[name="tf-text"]').fill('Zürich ✓ 😀 <b>x</b>');
	await expect(page.locator('[data-note="unknown"]')).toContainText('✓');
	const n = [...'Zürich ✓ 😀 <b>x</b>'].length;
	await expect(cells(page, 'causal')).toHaveCount(n * n);
	expect(await page.locator('.transformer-figure b').count()).toBe(0); // typed markup stays text
	watch.expectClean();
});

test('the keyboard moves through the enlarged map and reads each weight', async ({ page }) => {
	await open(page, '?tf-text=abcd');
	const first = page.locator('.attention-map svg[data-model="causal"] rect[tabindex="0"]');
	await first.focus();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowRight');
	const focused = page.locator('.attention-map svg[data-model="causal"] rect:focus');
	await expect(focused).toHaveAttribute('data-q', '1');
	await expect(focused).toHaveAttribute('data-k', '1');
	await expect(page.locator('[data-model="causal"] .readout')).toContainText('weight');
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('[data-model="causal"] .readout')).toContainText('exactly 0');
});

/** The encoder-decoder panel's maps as the weights each draws (its SVG's data-weights, a row per step), by layer.head;
 * each map's shade paths must cover exactly its rows x columns cells. */
async function readCross(page: Page) {
	return page.locator('.reverse-panel .cross-map').evaluateAll((figures) => {
		const maps: Record<string, number[][]> = {};
		for (const figure of figures as HTMLElement[]) {
			const svg = figure.querySelector('svg')!;
			const area = [...svg.querySelectorAll('path.seen')].reduce((sum, path) => {
				// Each run of cells is "M x yh w v cell h -w z": its width over the cell side counts its cells.
				for (const [, w] of (path.getAttribute('d') ?? '').matchAll(/h(\d+(?:\.\d+)?)v/g)) sum += Number(w) / 14;
				return sum;
			}, 0);
			if (area !== Number(svg.dataset.rows) * Number(svg.dataset.cols)) throw new Error(`map ${figure.dataset.layer}.${figure.dataset.head} shades ${area} cells`);
			maps[`${figure.dataset.layer}.${figure.dataset.head}`] = (svg.dataset.weights ?? '').split(';').map((row) => row.split(' ').map(Number));
		}
		return maps;
	});
}

test('the weight tables, opened, give the enlarged map’s weights, a dash where the mask hides a key, the copied letter in bold', async ({ page }) => {
	const watch = watchPage(page);
	await open(page);
	const map = await readMap(page, 'causal');
	const panel = page.locator('.decoder-panel[data-model="causal"]');
	await panel.getByText('Show the weights as a table').click();
	// The table is built when opened, in a frame after the click.
	await expect(panel.locator('table tbody tr')).toHaveCount(map.n);
	const rows = await panel.locator('table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
	expect(rows).toHaveLength(map.n);
	for (let q = 0; q < map.n; q++) {
		expect(rows[q]).toHaveLength(map.n);
		// The causal mask hides every later key: n(n-1)/2 dashes in all, each where the map's cell is blocked.
		for (let k = 0; k < map.n; k++) expect(rows[q][k]).toBe(map.blocked[q][k] ? '–' : map.weights[q][k].toFixed(3));
	}
	expect(rows.flat().filter((cell) => cell === '–')).toHaveLength((map.n * (map.n - 1)) / 2);

	const reverse = page.locator('.reverse-panel');
	await reverse.getByText('Show the strongest head’s weights as a table').click();
	const table = reverse.locator('table');
	// "decoder" reversed: 7 steps and the end, over 7 source letters; each step's copied letter (the anti-diagonal) bold.
	await expect(table.locator('tbody tr')).toHaveCount(8);
	await expect(table.locator('thead th[scope="col"]')).toHaveText(['writes \\ reads', 'd', 'e', 'c', 'o', 'd', 'e', 'r']);
	const bold = await table.locator('tbody tr').evaluateAll((trs) =>
		trs.map((tr) => [...tr.querySelectorAll('td')].findIndex((td) => getComputedStyle(td).fontWeight === '700'))
	);
	expect(bold).toEqual([6, 5, 4, 3, 2, 1, 0, -1]);
	// Opened on a phone, the tables scroll inside themselves: the page stays the screen's width.
	await page.setViewportSize({ width: 360, height: 740 });
	await expectScreenWide(page, 'the weight tables opened');
	watch.expectClean();
});

test('the encoder-decoder reverses the learner’s word and its cross-attention follows the anti-diagonal', async ({ page }) => {
	const watch = watchPage(page);
	await open(page);
	const panel = page.locator('.reverse-panel');
	await expect(panel.locator('[data-output]')).toHaveAttribute('data-output', 'redoced');
	await expect(panel.locator('[data-output]')).toHaveAttribute('data-correct', 'true');
	// 2 layers x 4 heads, each (7 letters + end) rows x 7 source letters; every row a distribution.
	let maps = await readCross(page);
	expect(Object.keys(maps)).toHaveLength(8);
	for (const rows of Object.values(maps)) {
		expect(rows).toHaveLength(8);
		for (const row of rows) expect(Math.abs(row.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(0.01);
	}
	// The head the panel names puts most of each step's weight on the letter it copies, as its cells show.
	const named = panel.locator('[data-alignment]');
	const share = Number(await named.getAttribute('data-alignment'));
	expect(share).toBeGreaterThan(0.9);
	const best = maps[`${await named.getAttribute('data-best-layer')}.${await named.getAttribute('data-best-head')}`];
	const diagonal = [0, 1, 2, 3, 4, 5, 6].reduce((sum, t) => sum + best[t][6 - t], 0) / 7;
	expect(Math.abs(diagonal - share)).toBeLessThan(0.01);
	await expect(named).toContainText(`${Math.round(share * 100)}%`);

	// A new word redraws, lands in the URL and survives a reload.
	await page.locator('textarea[name="tf-toy"]').fill('Model');
	await expect(panel.locator('[data-output]')).toHaveAttribute('data-output', 'ledom');
	await expect.poll(() => new URL(page.url()).searchParams.get('tf-toy')).toBe('Model');
	await page.reload();
	await figuresLive(page);
	await expect(page.locator('textarea[name="tf-toy"]')).toHaveValue('Model');
	maps = await readCross(page);
	expect(Object.values(maps).every((rows) => rows.length === 6 && rows.every((row) => row.length === 5))).toBe(true);
	watch.expectClean();
});

test('a word the encoder-decoder cannot read is named, its answer is not claimed right, and long words are cut', async ({ page }) => {
	const watch = watchPage(page);
	await open(page, `?tf-toy=${encodeURIComponent('ab<b>1')}`);
	const panel = page.locator('.reverse-panel');
	await expect(panel.locator('[data-note="reverse-unknown"]')).toContainText('<');
	await expect(panel.locator('[data-output]')).toHaveAttribute('data-correct', 'false');
	await expect(panel.locator('[data-note="reverse-wrong"]')).toBeVisible();
	await expect(panel.locator('[data-alignment]')).toHaveCount(0);
	expect(await panel.locator('b').count()).toBe(0); // typed markup stays text
	await page.locator('textarea[name="tf-toy"]').fill('abcdefghijkl');
	await expect(panel.locator('[data-output]')).toHaveAttribute('data-output', 'hgfedcba');
	await expect(panel.getByRole('status').filter({ hasText: 'only the first 8' })).toBeVisible();
	watch.expectClean();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the encoder-decoder’s answer reads in the page’s language, with its own colon', async ({ page }) => {
		for (const [path, pattern] of [
			['/zh/causal-prefix-encoder-decoder/', /^模型写出：redoced — 正确/],
			['/en/causal-prefix-encoder-decoder/', /^The model writes: redoced — /]
		] as const) {
			await page.goto(path);
			expect((await page.locator('.reverse-panel .output').innerText()).trim(), path).toMatch(pattern);
		}
	});

	test('the page shows the shipped models’ heatmaps on the default sentence', async ({ page }) => {
		await page.goto(LAB);
		for (const model of ['causal', 'prefix'] as const) {
			// Every layer x head, drawn as shaded paths over the mask (blocked cells their own path).
			const thumbs = page.locator(`.head-thumbnails[data-model="${model}"] svg`);
			expect(await thumbs.count()).toBeGreaterThanOrEqual(2);
			expect(await thumbs.first().locator('path').count()).toBeGreaterThanOrEqual(2); // the mask and at least one shade
			// The others draw the same mask by reusing the first one's blocked cells, which are really there.
			const reused = await thumbs.evaluateAll((svgs) =>
				svgs.slice(1).map((svg) => {
					const href = svg.querySelector('use')?.getAttribute('href') ?? '';
					return href.startsWith('#') && document.getElementById(href.slice(1))?.matches('path.blocked[d^="M"]') === true;
				})
			);
			expect(reused, model).toEqual(reused.map(() => true));
			const map = page.locator(`.attention-map svg[data-model="${model}"]`);
			await expect(map).toHaveAttribute('role', 'img');
			await expect(map.locator('.static-cells path.blocked')).toHaveCount(1);
			expect(await map.locator('.static-cells path.seen').count()).toBeGreaterThanOrEqual(1);
			await expect(map).toHaveAttribute('data-tokens', String([...'The model reads the text.'].length));
		}
		await expect(page.locator('[data-loss="bigram"]')).toContainText('nats');
		await expect(page.locator('[data-note="needs-js"]')).toBeVisible();
		// The encoder-decoder's answer and all 2 x 4 cross-attention maps on the default word.
		await expect(page.locator('.reverse-panel [data-output]')).toHaveAttribute('data-output', 'redoced');
		expect(Object.values(await readCross(page)).map((rows) => `${rows.length}x${rows[0].length}`)).toEqual(Array(8).fill('8x7'));
		expect(Number(await page.locator('.reverse-panel [data-alignment]').getAttribute('data-alignment'))).toBeGreaterThan(0.9);
	});
});

test('training from scratch in the worker makes the held-out loss fall, and pauses for real', async ({ page }) => {
	test.setTimeout(120_000);
	const watch = watchPage(page);
	await open(page);
	const panel = page.locator('.training-panel');
	await panel.getByRole('button', { name: 'One step' }).click();
	await expect(panel).toHaveAttribute('data-status', 'ready', { timeout: 60_000 });
	const held = async () => Number.parseFloat((await panel.locator('[data-stat="held"]').textContent()) ?? '');
	const bigram = Number.parseFloat((await panel.locator('[data-stat="bigram"]').textContent()) ?? '');
	const first = await held();
	expect(first).toBeGreaterThan(bigram); // a fresh model is worse than the bigram
	await panel.getByRole('button', { name: 'Train', exact: true }).click();
	await expect(panel).toHaveAttribute('data-status', 'running');
	await expect.poll(held, { timeout: 90_000, intervals: [1000] }).toBeLessThan(first - 0.3);
	await panel.getByRole('button', { name: 'Pause' }).click();
	await expect(panel).toHaveAttribute('data-status', 'ready');
	// A step already under way in the worker when Pause was pressed still reports; after it, nothing moves.
	await page.waitForTimeout(500);
	const text = await panel.locator('dt').first().textContent();
	await page.waitForTimeout(1500);
	expect(await panel.locator('dt').first().textContent()).toBe(text);
	await expect(panel.locator('.head-thumbnails[data-model="live"] :is(svg, canvas)')).not.toHaveCount(0);
	watch.expectClean();
});

test('generation with and without the KV cache gives the same greedy text, and both are timed', async ({ page }) => {
	test.setTimeout(60_000);
	const watch = watchPage(page);
	await open(page, '?tf-prompt=The%20m');
	const panel = page.locator('.generation-panel');
	for (let i = 0; i < 5; i++) await panel.getByRole('button', { name: 'One character' }).click();
	const timing = panel.locator('[data-timing]');
	await expect(timing).toHaveAttribute('data-steps', '5');
	expect(Number(await timing.getAttribute('data-gap'))).toBeLessThan(1e-3);
	expect(Number(await timing.getAttribute('data-full-ms'))).toBeGreaterThan(0);
	const text = await panel.locator('[data-generated]').getAttribute('data-generated');
	expect([...(text ?? '')]).toHaveLength(5);
	// Greedy is deterministic: starting again gives the same characters.
	await panel.getByRole('button', { name: 'Start again' }).click();
	for (let i = 0; i < 5; i++) await panel.getByRole('button', { name: 'One character' }).click();
	await expect(panel.locator('[data-generated]')).toHaveAttribute('data-generated', text!);
	watch.expectClean();
});

test('a concept page shows the encoder-decoder only where its text is about it, static and live, and fetches its model only there', async ({ page }) => {
	test.setTimeout(60_000);
	for (const [path, shown] of [
		['/en/causal-prefix-encoder-decoder/', true],
		['/zh/training-objective/', false],
		['/en/training-objective/', false],
		['/en/why-decoder-only/', false],
		['/zh/transformer-architecture/', false]
	] as const) {
		const watch = watchPage(page);
		const models: string[] = [];
		const listen = (request: { url(): string }) => {
			const name = /models\/transformer-([a-z-]+)\.bin/.exec(request.url())?.[1];
			if (name) models.push(name);
		};
		page.on('request', listen);
		await page.goto(path);
		const embed = page.locator('[data-figure-embed="transformer"]');
		// The prerendered figure, before its code runs.
		await expect(embed.locator('.pair-box .decoder-panel'), path).toHaveCount(2);
		await expect(embed.locator('.reverse-panel'), path).toHaveCount(shown ? 1 : 0);
		await figuresLive(page);
		await expect(embed.locator('.transformer-figure'), path).toHaveAttribute('data-status', 'ready');
		await expect(embed.locator('.reverse-panel'), path).toHaveCount(shown ? 1 : 0);
		if (shown) await expect(embed.locator('.reverse-panel'), path).toHaveAttribute('data-reverse-status', 'ready');
		const lang = path.slice(1, 3);
		// The block explorer beside it shows the encoder-decoder's tensors, so that page fetches the model anyway.
		const explorer = (await page.locator('[data-figure-embed="block-explorer"]').count()) > 0;
		expect(models.sort(), path).toEqual([`${lang}-causal`, `${lang}-prefix`, ...(shown || explorer ? ['enc-dec'] : [])].sort());
		page.off('request', listen);
		watch.expectClean();
	}
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

	test('the first tap on the enlarged map, before the figure has started, reads the weight of the cell tapped', async ({ page }) => {
		await page.goto('/en/causal-prefix-encoder-decoder/');
		const island = page.locator('[data-island]:has(.attention-map)').first();
		await expect(island).not.toHaveAttribute('data-live');
		const map = island.locator('.attention-map svg').first();
		await map.scrollIntoViewIfNeeded();
		const n = Number(await map.getAttribute('data-tokens'));
		const drawn = (await map.locator('.static-cells').boundingBox())!;
		const [q, k] = [n - 3, 4];
		await page.touchscreen.tap(drawn.x + ((k + 0.5) * drawn.width) / n, drawn.y + ((q + 0.5) * drawn.height) / n);
		await expect(island).toHaveAttribute('data-live', '');
		// The readout counts tokens from 1.
		await expect(island.locator('.attention-map .readout').first()).toContainText(new RegExp(`\\(${q + 1}\\) → key “[^”]+” \\(${k + 1}\\)`));
		// To the pixel: the prose above the figure is laid out as it nears the screen, which may round its height anew.
		expect(Math.abs((await map.locator('.static-cells').boundingBox())!.y - drawn.y), 'the map stays under the finger (px)').toBeLessThan(0.5);
	});
});
