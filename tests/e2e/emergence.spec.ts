// The emergence lab: sliders move the curve and the URL, metrics change the emergence score as Schaeffer et al.
// predict, presets set up the seed's three mechanisms, links reproduce settings, exports download, bad URLs are
// survived. Expected numbers are worked out from the formulas in src/lib/emergence/figure.test.ts.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { WEI_EMERGENCE } from '../../src/lib/emergence/models';
import { figuresLive, hydrated, watchPage, expectAxeCleanInBothThemes, randomQueries, statesAfterQueries } from './site';

const LAB = '/en/lab/emergence/';
const figure = (page: Page) => page.locator('.emergence-figure');
/** The main chart (the small multiples under it draw their own curves and points). */
const plot = (page: Page) => figure(page).locator('.plot');
const curve = (page: Page) => plot(page).locator('path.main');
const score = (page: Page) => figure(page).locator('[data-score-value]');
const query = (page: Page) => new URL(page.url()).searchParams;

async function open(page: Page, search = '', path = LAB) {
	await page.goto(`${path}${search}`);
	await figuresLive(page);
}

/** The label of a metric's radio button (the radio itself is drawn invisible, under its label). */
const metricChoice = (page: Page, metric: string) => figure(page).locator('label', { has: page.locator(`input[name="metric"][value="${metric}"]`) });

/** Sets a slider with the keyboard: focus, then arrow keys (what a keyboard user does). */
async function nudge(page: Page, name: string, key: 'ArrowRight' | 'ArrowLeft', times = 3) {
	const slider = figure(page).locator(`input[name="${name}"]`);
	await slider.focus();
	for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

test('the default figure is the Figure 2 toy: four models, exact match, its emergence score', async ({ page }) => {
	const watch = watchPage(page);
	await open(page);
	await expect(plot(page).locator('circle')).toHaveCount(4);
	await expect(figure(page).locator('[data-preset="figure2"]')).toHaveAttribute('aria-pressed', 'true');
	// EM at the four sizes 6.44e-6, 0.00203, 0.0651, 0.607; score 9.62.
	await expect(figure(page).locator('tbody tr')).toHaveCount(4);
	await expect(figure(page).locator('tbody tr').nth(3)).toContainText('0.607');
	await expect(score(page)).toHaveText('9.62');
	watch.expectClean();
});

test('a button pressed before the figure’s code arrives still takes effect', async ({ page }) => {
	// The figure's code is held until released, as on a slow connection (on a wide screen the figure starts at once
	// to lay its chart out at the real width, so without this the code could arrive before the press).
	const release = await holdFigureCode(page);
	await page.goto(LAB);
	await hydrated(page);
	await expect(page.locator('[data-island="emergence"]')).not.toHaveAttribute('data-live', '');
	// The click starts the figure (if the width had not already); the live figure replays it.
	await figure(page).locator('[data-preset="subtasks"]').click();
	await page.waitForTimeout(200);
	await expect(page.locator('[data-island="emergence"]')).not.toHaveAttribute('data-live', '');
	release();
	await expect(page.locator('[data-island="emergence"]')).toHaveAttribute('data-live', '');
	await expect(figure(page).locator('path.part')).toHaveCount(5);
	await expect.poll(() => query(page).get('mode')).toBe('subtasks');
});

test('a link with settings starts the figure at once', async ({ page }) => {
	await page.goto(`${LAB}?metric=brier`);
	await expect(page.locator('[data-island="emergence"]')).toHaveAttribute('data-live', '');
	await expect(figure(page).locator('input[name="metric"][value="brier"]')).toBeChecked();
});

test('each slider moves the curve and is written to the URL', async ({ page }) => {
	test.setTimeout(60_000); // nine page loads: 10 s on a busy CI machine, which a slower one could stretch past the default 30 s
	await open(page);
	const cases: { name: string; key: string; setup?: string; up?: boolean }[] = [
		{ name: 'alpha', key: 'alpha' },
		{ name: 'c', key: 'c' },
		{ name: 'len', key: 'len' },
		{ name: 'choices', key: 'choices', setup: '?metric=mc', up: true },
		{ name: 'parts', key: 'parts', setup: '?mode=subtasks' },
		{ name: 'tpp', key: 'tpp', setup: '?x=flops' },
		{ name: 'frac', key: 'frac', setup: '?mode=grokking' }
	];
	for (const { name, key, setup, up } of cases) {
		await open(page, setup ?? '');
		const before = await curve(page).getAttribute('d');
		await nudge(page, name, up ? 'ArrowRight' : 'ArrowLeft');
		await expect.poll(() => query(page).get(key), name).not.toBeNull();
		if (name === 'tpp') {
			// The FLOPs axis stretches with tokens per parameter; the drawn curve keeps its shape, the axis label changes.
			await expect(figure(page).locator('.axis-label').first()).not.toContainText('D = 20 N');
		} else {
			await expect.poll(() => curve(page).getAttribute('d'), name).not.toBe(before);
		}
	}
	// Test-set size: sampled points snap to multiples of 1/size, and the floor line appears.
	await open(page);
	await nudge(page, 'test', 'ArrowRight', 3);
	await expect.poll(() => query(page).get('test')).toBe('100');
	await expect(figure(page).locator('.floor')).toBeVisible();
	await expect(figure(page).getByRole('button', { name: 'Resample the test set' })).toBeVisible();
});

test('switching to a smooth metric lowers the emergence score', async ({ page }) => {
	await open(page);
	const value = async () => Number((await score(page).textContent())!.replace('−', '-'));
	const em = await value();
	for (const [label, metric] of [
		['Token edit distance', 'ted'],
		['Brier score', 'brier']
	]) {
		await metricChoice(page, metric).click();
		await expect(metricChoice(page, metric)).toHaveText(label);
		await expect.poll(() => query(page).get('metric')).toBe(metric);
		expect(await value(), metric).toBeLessThan(em / 2);
	}
	// Multiple-choice grade is a step: at the paper's four sizes it jumps once.
	await open(page, '?metric=mc');
	await expect(score(page)).toHaveText('∞ (a single jump)');
});

test('the presets set up the seed’s three mechanisms', async ({ page }) => {
	await open(page);
	await figure(page).locator('[data-preset="subtasks"]').click();
	await expect(figure(page).locator('path.part')).toHaveCount(5);
	await expect(figure(page).locator('path.smooth')).toHaveCount(1);
	const task = Number(await figure(page).locator('[data-score-value]').textContent());
	const mean = Number(await figure(page).locator('[data-smooth-score]').textContent());
	expect(task).toBeGreaterThan(mean);
	expect(query(page).get('mode')).toBe('subtasks');

	await figure(page).locator('[data-preset="grokking"]').click();
	await expect(figure(page).locator('.axis-label').first()).toHaveText('Training steps');
	await expect(figure(page).locator('path.train')).toHaveCount(1);
	await expect(figure(page).locator('[data-explains="grokking"]')).toContainText('not fitted');

	await figure(page).locator('[data-preset="test-set"]').click();
	await expect(figure(page).locator('[data-note="measured-zero"]')).toBeVisible();
	await expect(plot(page).locator('circle.hollow').first()).toBeVisible();
});

test('the FLOPs axis shows where Wei et al. saw abilities emerge, with the source', async ({ page }) => {
	await open(page, '?x=flops');
	// Every ability of Table 1 lies inside the axis at 20 tokens per parameter (1.2e16 to 1.2e28 FLOPs).
	await expect(figure(page).locator('.marker')).toHaveCount(WEI_EMERGENCE.length);
	await expect(figure(page).locator('.wei li')).toHaveCount(WEI_EMERGENCE.length);
	await expect(figure(page).locator('.wei li').first()).toContainText('3-digit addition');
	await expect(figure(page).locator('.wei a')).toHaveAttribute('href', 'https://arxiv.org/abs/2206.07682');
});

test('dragging the plot moves c and alpha', async ({ page }) => {
	await open(page);
	const box = (await figure(page).locator('rect.drag').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 - 40, { steps: 5 });
	await page.mouse.up();
	await expect.poll(() => Number(query(page).get('c'))).toBeGreaterThan(2e9);
	expect(Number(query(page).get('alpha'))).toBeLessThan(-0.5);
});

test('a link reproduces the figure, and back and forward step through changes', async ({ page }) => {
	await open(page, '?metric=ted&len=9&sizes=dense&y=log');
	await expect(plot(page).locator('circle')).toHaveCount(61);
	await expect(figure(page).locator('input[name="len"]')).toHaveValue('9');
	await expect(figure(page).locator('input[name="metric"][value="ted"]')).toBeChecked();
	await metricChoice(page, 'brier').click();
	await expect.poll(() => query(page).get('metric')).toBe('brier');
	await page.reload();
	await figuresLive(page);
	await expect(figure(page).locator('input[name="metric"][value="brier"]')).toBeChecked();
	await expect(plot(page).locator('circle')).toHaveCount(61);
	await page.goBack();
	await expect(figure(page).locator('input[name="metric"][value="ted"]')).toBeChecked();
	await page.goForward();
	await expect(figure(page).locator('input[name="metric"][value="brier"]')).toBeChecked();
});

test('with 61 models the data table starts folded, unfolds on demand, and opens again for fewer models', async ({ page }) => {
	const watch = watchPage(page);
	await open(page, '?metric=ted&sizes=dense');
	const table = figure(page).locator('.table-details');
	await expect(table.locator('summary')).toHaveText('Values at the evaluated models (61 rows)');
	await expect(table.locator('tbody tr')).toHaveCount(0);
	await table.locator('summary').click();
	await expect(table.locator('tbody tr')).toHaveCount(61);
	// Unfolded, it follows the sliders like the plot: the edit-distance column of the largest model changes.
	const cell = table.locator('tbody tr').last().locator('td.current');
	const before = await cell.innerText();
	await nudge(page, 'alpha', 'ArrowLeft', 5);
	await expect(cell).not.toHaveText(before);
	await figure(page).locator('label', { has: page.locator('input[name="sizes"][value="paper"]') }).click();
	await expect(table.locator('tbody tr')).toHaveCount(4);
	await expect(table.locator('summary')).toHaveText('Values at the evaluated models (4 rows)');
	watch.expectClean();
});

test('the Chinese page has Chinese labels and the same numbers', async ({ page }) => {
	await open(page, '', '/zh/lab/emergence/');
	await expect(figure(page).getByRole('heading', { name: '「涌现」的跳变从何而来' })).toBeVisible();
	await expect(score(page)).toHaveText('9.62');
	await expect(figure(page).getByText('精确匹配', { exact: true }).first()).toBeVisible();
});

test('keyboard only: presets, choices and sliders all work', async ({ page }) => {
	await open(page);
	await figure(page).locator('[data-preset="metric"]').focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => query(page).get('sizes')).toBe('few');
	await figure(page).locator('input[name="metric"][value="em"]').focus();
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => query(page).get('metric')).toBe('ted');
	await page.keyboard.press('Tab');
	await expect(figure(page).locator('input[name="alpha"]')).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => query(page).get('alpha')).toBe('-0.49');
	// Focus shows.
	const outline = await figure(page).locator('input[name="alpha"]').evaluate((el) => getComputedStyle(el).outlineStyle);
	expect(outline).not.toBe('none');
});

test('the CSV download has the curves and the evaluated models', async ({ page }) => {
	await open(page, '?mode=subtasks&parts=3');
	const [download] = await Promise.all([page.waitForEvent('download'), figure(page).locator('[data-export="csv"]').click()]);
	expect(download.suggestedFilename()).toBe('emergence-subtasks-subtasks.csv');
	const rows = readFileSync((await download.path())!, 'utf8').trim().split('\n').map((line) => line.split(','));
	expect(rows[0]).toEqual(['row', 'series', 'x', 'expected', 'measured']);
	expect(rows.filter((r) => r[0] === 'curve')).toHaveLength(5 * 500);
	const evaluated = rows.filter((r) => r[0] === 'evaluated');
	expect(evaluated.map((r) => Number(r[2]))).toEqual([3.5e8, 1.3e9, 6.7e9, 2e11]);
	for (const r of rows.slice(1)) expect(Number.isFinite(Number(r[3])), r.join(',')).toBe(true);

	const [svg] = await Promise.all([page.waitForEvent('download'), figure(page).locator('[data-export="svg"]').click()]);
	const text = readFileSync((await svg.path())!, 'utf8');
	expect(text).toContain('<svg');
	expect(text).toContain('<path');
	const [png] = await Promise.all([page.waitForEvent('download'), figure(page).locator('[data-export="png"]').click()]);
	expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');
});

test('a bad link falls back to defaults with a note', async ({ page }) => {
	const watch = watchPage(page);
	await open(page, '?alpha=abc&c=-5&metric=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&len=1e999');
	const note = figure(page).locator('[data-note="url"]');
	await expect(note).toBeVisible();
	await expect(note.locator('li')).toHaveCount(4);
	await expect(note).toContainText('<img src=x onerror=alert(1)>');
	await expect(figure(page).locator('img')).toHaveCount(0);
	await expect(score(page)).toHaveText('9.62');
	watch.expectClean();
});

test('200 seeded random and malformed queries never break the figure', async ({ page }) => {
	test.setTimeout(120_000); // many page loads: a busy two-core CI machine needs more than the default 30 s
	const watch = watchPage(page);
	await open(page);
	const KEYS = ['mode', 'metric', 'alpha', 'c', 'len', 'choices', 'x', 'tpp', 'y', 'test', 'seed', 'sizes', 'parts', 'frac', 'zzz'];
	const VALUES = [
		'scale', 'subtasks', 'grokking', 'em', 'ted', 'mc', 'brier', 'p', 'll', 'flops', 'log', 'dense', 'few',
		'-2', '-0.05', '-0.5', '0', '1', '5', '50', '1e6', '1e14', '2e9', '100000', '4294967295', '0.2', '0.9',
		'NaN', 'Infinity', '-Infinity', '1e309', '-1e-400', '0x10', ' ', '', '<script>alert(1)</script>', '"><svg onload=alert(1)>',
		'👩‍👩‍👧', '\u202e', 'a'.repeat(3000), '__proto__'
	];
	const queries = randomQueries(4, 200, KEYS, VALUES, { brokenEscapes: false });
	const states = await statesAfterQueries(page, queries, () => {
		const el = document.querySelector('.emergence-figure')!;
		return {
			computed: [...el.querySelectorAll('[data-score-value], [data-smooth-score], tbody, .curve-plot .labels > span, [data-summary]')].map((n) => n.textContent ?? ''),
			// The main plot's curve (the small multiples below it draw one each of their own).
			paths: [...el.querySelectorAll('path.main')].filter((p) => !p.closest('[data-multiples]')).map((p) => p.getAttribute('d') ?? ''),
			injected: el.querySelectorAll('script, img, iframe, svg[onload]').length
		};
	});
	// One assertion for all, naming each query that failed and how: Playwright records every expect as a step.
	const failures = states.flatMap((state, i) => {
		const problems = [
			...state.computed.filter((text) => /NaN|Infinity|undefined/.test(text)).map((text) => `computed "${text.slice(0, 80)}"`),
			...(state.paths.length === 1 ? [] : [`${state.paths.length} main curves`]),
			...state.paths.filter((d) => !/^M[\d.,\-eLC ]+$/.test(d)).map((d) => `curve "${d.slice(0, 80)}"`),
			...(state.injected ? [`${state.injected} injected elements`] : [])
		];
		return problems.length ? [`${queries[i]}: ${problems.join('; ')}`] : [];
	});
	expect(failures).toEqual([]);
	// The figure followed the address: the queries drew many different curves.
	expect(new Set(states.map((state) => state.paths[0])).size, 'different main curves').toBeGreaterThan(5);
	watch.expectClean();
});

for (const state of ['', '?metric=mc', '?mode=subtasks&x=flops', '?mode=grokking&test=100&y=log', '?alpha=-2&c=1e14&y=log&sizes=dense']) {
	test(`the emergence figure at "${state}" has no WCAG 2.2 AA violation in the light and dark themes`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await open(page, state, '/zh/lab/emergence/');
		await expectAxeCleanInBothThemes(page);
	});
}

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });
	for (const path of ['/en/lab/emergence/', '/zh/emergence/']) {
		test(`${path} shows the default figure: curve, four models, table, score, formulas`, async ({ page }) => {
			await page.goto(path);
			await expect(plot(page).locator('path.main')).toHaveAttribute('d', /^M[\d.,L]+$/);
			await expect(plot(page).locator('circle')).toHaveCount(4);
			await expect(figure(page).locator('tbody tr')).toHaveCount(4);
			await expect(score(page)).toHaveText('9.62');
			await expect(figure(page).locator('math').first()).toBeVisible();
		});
	}
});

/** The page's own scripts (those its HTML preloads) load; any other script — the figure's code — is held until the
 * returned function is called, as on a slow phone connection. */
async function holdFigureCode(page: Page): Promise<() => void> {
	const html = await (await page.request.get(LAB)).text();
	// The page's own start-up files (its script and what it preloads) come at once; the rest (the figure's) are held.
	const pageScripts = new Set([...html.matchAll(/(?:href|src)="([^"]+\.js)"/g)].map((match) => match[1]));
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		const path = new URL(route.request().url()).pathname;
		if (!pageScripts.has(path)) await released;
		await route.continue();
	});
	return release;
}

test('a slider moved before the figure’s code arrives keeps its value', async ({ page }) => {
	const release = await holdFigureCode(page);
	await page.goto(LAB);
	await hydrated(page);
	const island = page.locator('[data-island="emergence"]');
	await island.locator('input[name="len"]').evaluate((slider: HTMLInputElement) => (slider.value = '9'));
	await island.dispatchEvent('pointerenter');
	await page.waitForTimeout(300);
	await expect(island).not.toHaveAttribute('data-live', '');
	release();
	await expect(island).toHaveAttribute('data-live', '');
	await expect(figure(page).locator('input[name="len"]')).toHaveValue('9');
	await expect.poll(() => query(page).get('len')).toBe('9');
	// The c slider's default (log10 2e9 = 9.30103) is off its 0.05 steps and snaps: that is not an edit.
	expect(query(page).get('c')).toBeNull();
});
