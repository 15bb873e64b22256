import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectScreenWide, figuresLive, hydrated, watchPage } from './site';

const LAB = '/en/lab/attention-masks/';

/** Visible cells drawn in a matrix of a panel. */
const visibleCells = (scope: Locator, matrix = 'self') => scope.locator(`svg[data-matrix="${matrix}"] rect[data-visible="true"]`);
const panel = (page: Page, arch: string) => page.locator(`.panel[data-arch="${arch}"]`);

async function setText(page: Page, input: string, target: string) {
	await page.getByLabel('Input text').fill(input);
	await page.getByLabel('Target text').fill(target);
}

test('the lab opens on the three architectures over T5’s example, with the right cell counts', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto(LAB);
	await figuresLive(page);
	// "translate English to German: That is good." = 9 tokens, "Das ist gut." = 4: n = 13, prefix = 9.
	await expect(page.locator('.token-chips li[data-token-index]')).toHaveCount(13);
	await expect(visibleCells(panel(page, 'causal'))).toHaveCount((13 * 14) / 2);
	await expect(visibleCells(panel(page, 'prefix'))).toHaveCount((13 * 14) / 2 + (9 * 8) / 2);
	const encdec = panel(page, 'encoder-decoder');
	await expect(visibleCells(encdec, 'encoder-self')).toHaveCount(81);
	await expect(visibleCells(encdec, 'decoder-self')).toHaveCount(10);
	await expect(visibleCells(encdec, 'cross')).toHaveCount(36);
	await expect(encdec.locator('svg[data-matrix="cross"]')).toHaveAttribute('data-rows', '4');
	await expect(encdec.locator('svg[data-matrix="cross"]')).toHaveAttribute('data-cols', '9');
	watch.expectClean();
});

test('typed text is tokenized and every architecture masks it as defined', async ({ page }) => {
	await page.goto(LAB);
	await figuresLive(page);
	await page.getByRole('radio', { name: 'One architecture' }).check();
	await setText(page, 'a b c d e', '');
	await expect(page.locator('.token-chips li[data-token-index]')).toHaveCount(5);
	const counts: Record<string, number> = { causal: 15, encoder: 25, prefix: 15 + 3 /* P = 3 */, sliding: 5 + 4 + 3 /* w = 3 */ };
	for (const [arch, count] of Object.entries(counts)) {
		await page.getByRole('radio', { name: { causal: 'Decoder-only (causal)', encoder: 'Encoder-only (full)', prefix: 'Prefix LM', sliding: 'Sliding window' }[arch] }).check();
		await expect(visibleCells(page.locator('.panels'))).toHaveCount(count);
	}
	await page.getByLabel('Window size').fill('1');
	await expect(visibleCells(page.locator('.panels'))).toHaveCount(5);
	await page.getByRole('radio', { name: 'Encoder-decoder' }).check();
	await expect(page.locator('[data-note="need-target"]')).toBeVisible();
	await page.getByLabel('Target text').fill('x y');
	await expect(visibleCells(page.locator('.panels'), 'cross')).toHaveCount(10);
	await expect(visibleCells(page.locator('.panels'), 'decoder-self')).toHaveCount(3);
});

test('the prefix handle covers no column label, with token labels or index labels, in the compare view too', async ({ page }) => {
	const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join('+');
	for (const query of ['', '?view=single&arch=prefix', `?view=single&arch=prefix&input=${words(40)}&target=`]) {
		await page.goto(`${LAB}${query}`);
		await figuresLive(page);
		const svg = page.locator('svg:has([data-prefix-handle])').first();
		await svg.scrollIntoViewIfNeeded();
		const overlaps = await svg.evaluate((root) => {
			const knob = root.querySelector('[data-prefix-handle] path')!.getBoundingClientRect();
			const hit = (r: DOMRect) => r.left < knob.right && r.right > knob.left && r.top < knob.bottom && r.bottom > knob.top;
			return [...root.querySelectorAll('.col-label')].filter((label) => hit(label.getBoundingClientRect())).map((l) => l.textContent);
		});
		expect(overlaps, query || 'compare view').toEqual([]);
	}
});

test('dragging the prefix handle, or the slider, moves the boundary and changes the counts', async ({ page }) => {
	await page.goto(`${LAB}?view=single&arch=prefix&input=a+b+c+d+e+f&target=`);
	await figuresLive(page);
	const cells = visibleCells(page.locator('.panels'));
	await expect(cells).toHaveCount(21 + 3); // n = 6, P = 3
	const handle = page.locator('[data-prefix-handle]');
	await expect(handle).toHaveAttribute('aria-valuenow', '3');
	await handle.scrollIntoViewIfNeeded();
	const cell = await page.locator('rect[data-q="0"][data-k="0"]').boundingBox();
	const knob = await handle.boundingBox();
	await page.mouse.move(knob!.x + knob!.width / 2, knob!.y + knob!.height / 2);
	await page.mouse.down();
	await page.mouse.move(knob!.x + knob!.width / 2 + 2 * cell!.width, knob!.y + knob!.height / 2, { steps: 6 });
	await page.mouse.up();
	await expect(handle).toHaveAttribute('aria-valuenow', '5');
	await expect(cells).toHaveCount(21 + 10);
	await expect(page.getByLabel('Prefix length')).toHaveValue('5');
	await expect(page).toHaveURL(/prefix=5/);
	// The keyboard moves it too; Home makes it causal, End fully visible.
	await handle.focus();
	await page.keyboard.press('Home');
	await expect(cells).toHaveCount(21);
	await page.keyboard.press('End');
	await expect(cells).toHaveCount(36);
	await page.getByLabel('Prefix length').fill('2');
	await expect(cells).toHaveCount(21 + 1);
});

test('the grid works from the keyboard and says why a cell is visible or blocked', async ({ page }) => {
	await page.goto(`${LAB}?view=single&arch=prefix`);
	await figuresLive(page);
	const first = page.locator('rect[role="gridcell"][tabindex="0"]');
	await first.focus();
	await expect(page.locator('[data-explanation]')).toContainText('‘translate’ can see ‘translate’: every token attends to itself.');
	await page.keyboard.press('End');
	const focused = page.locator('rect[role="gridcell"]:focus');
	await expect(focused).toHaveAttribute('data-k', '12');
	await expect(page.locator('[data-explanation]')).toContainText('‘translate’ cannot see ‘.’ #12: it lies in the future and outside the prefix.'); // '.' is there twice: named with its index
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(focused).toHaveAttribute('data-q', '2');
	for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
	await expect(focused).toHaveAttribute('data-k', '7');
	await expect(page.locator('[data-explanation]')).toContainText('‘to’ can see ‘good’: it is later, but inside the prefix');
	// The hovered pair lights up both chips.
	await expect(page.locator('.token-chips li.query')).toHaveAttribute('data-token-index', '2');
	await expect(page.locator('.token-chips li.key')).toHaveAttribute('data-token-index', '7');
});

test('in the compare view, a hovered pair is highlighted and explained under all three architectures', async ({ page }) => {
	await page.goto(LAB);
	await figuresLive(page);
	await panel(page, 'causal').locator('rect[data-q="11"][data-k="12"]').hover();
	const explanation = page.locator('[data-explanation] p');
	await expect(explanation).toHaveCount(3);
	await expect(explanation.nth(0)).toHaveText('Decoder-only (causal): ‘gut’ cannot see ‘.’ #12: it lies in the future, and a causal mask hides the future.');
	await expect(explanation.nth(1)).toHaveText('Prefix LM: ‘gut’ cannot see ‘.’ #12: it lies in the future and outside the prefix.');
	await expect(explanation.nth(2)).toContainText('Encoder-decoder: ‘gut’ cannot see ‘.’ #12');
	// Each panel shows its own sentence right above its grid.
	await expect(panel(page, 'causal').locator('[data-cell-sentence]')).toHaveText('‘gut’ cannot see ‘.’ #12: it lies in the future, and a causal mask hides the future.');
	await expect(panel(page, 'prefix').locator('[data-cell-sentence]')).toHaveText('‘gut’ cannot see ‘.’ #12: it lies in the future and outside the prefix.');
	await expect(panel(page, 'encoder-decoder').locator('[data-cell-sentence]')).toBeVisible();
	for (const arch of ['causal', 'prefix']) await expect(panel(page, arch).locator('.mask-highlight')).toHaveCount(1);
	await expect(panel(page, 'encoder-decoder').locator('svg[data-matrix="decoder-self"] .mask-highlight')).toHaveCount(1);
});

test('every setting round-trips through the URL, and back and forward restore them', async ({ page }) => {
	await page.goto(LAB);
	await figuresLive(page);
	await page.getByRole('radio', { name: 'One architecture' }).check();
	await page.getByRole('radio', { name: 'Sliding window' }).check();
	await page.getByRole('radio', { name: 'UniLM (grey = blocked)' }).check();
	await setText(page, '我爱 NLP', '');
	await page.getByLabel('Window size').fill('2');
	await expect(page).toHaveURL(/window=2/);
	const url = page.url();
	expect(new URL(url).searchParams.get('input')).toBe('我爱 NLP');
	await page.reload();
	await figuresLive(page);
	await expect(page.getByRole('radio', { name: 'Sliding window' })).toBeChecked();
	await expect(page.getByRole('radio', { name: 'UniLM (grey = blocked)' })).toBeChecked();
	await expect(page.getByLabel('Input text')).toHaveValue('我爱 NLP');
	await expect(visibleCells(page.locator('.panels'))).toHaveCount(1 + 2 + 2);
	// Each choice is a step in the history; typing and sliding update the current step.
	await page.goBack();
	await expect(page.getByRole('radio', { name: 'T5 (dark = visible)' })).toBeChecked();
	await expect(page.getByRole('radio', { name: 'Sliding window' })).toBeChecked();
	await page.goBack();
	await expect(page.getByRole('radio', { name: 'Decoder-only (causal)' })).toBeChecked();
	await page.goForward();
	await page.goForward();
	await expect(page.getByRole('radio', { name: 'Sliding window' })).toBeChecked();
	await expect(page.getByRole('radio', { name: 'UniLM (grey = blocked)' })).toBeChecked();
	await expect(page.getByLabel('Input text')).toHaveValue('我爱 NLP');
	// The same settings open in the other language.
	await page.getByRole('link', { name: '阅读中文版' }).click();
	await expect(page).toHaveURL(/\/zh\/lab\/attention-masks\/\?.*window=2/);
	await figuresLive(page);
	await expect(page.getByRole('radio', { name: '滑动窗口' })).toBeChecked();
	await expect(page.getByLabel('输入文本')).toHaveValue('我爱 NLP');
});

test('garbage in the URL falls back to defaults with a visible note, never an error', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto(`${LAB}?arch=%3Cscript%3Ealert(1)%3C/script%3E&prefix=-1&window=NaN&view=both&style=1e9&prefix=7`);
	await figuresLive(page);
	const note = page.locator('[data-note="url"]');
	await expect(note).toBeVisible();
	await expect(note.locator('li')).toHaveCount(5);
	await expect(note).toContainText('“<script>alert(1)</script>” is not one of the choices');
	await expect(page.locator('script:has-text("alert(1)")')).toHaveCount(0);
	await expect(page.getByRole('radio', { name: 'Compare three' })).toBeChecked();
	await expect(visibleCells(panel(page, 'causal'))).toHaveCount(91);
	await page.goto(`${LAB}?view=single&arch=prefix&prefix=999`);
	await expect(page.locator('[data-note="prefix"]')).toContainText('drawn as 13');
	await expect(visibleCells(page.locator('.panels'))).toHaveCount(169);
	watch.expectClean();
});

test('hostile and odd text is shown as text and never breaks the figure', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto(`${LAB}?view=single`);
	await figuresLive(page);
	await setText(page, '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>', '');
	await expect(page.locator('.attention-mask-figure img')).toHaveCount(0);
	await expect(page.locator('.token-chips')).toContainText('onerror');
	expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
	await setText(page, '   ', '');
	await expect(page.locator('[data-note="empty"]')).toBeVisible();
	await setText(page, 'e\u0301te\u0301 👩‍👩‍👧 🇨🇳 שלום עולם مرحبا', '');
	// été · family emoji · flag · two Hebrew words · one Arabic word
	await expect(page.locator('.token-chips li[data-token-index]')).toHaveCount(6);
	await expect(page.locator('.token-chips li[data-token-index="0"] .text')).toHaveText('e\u0301te\u0301');
	await expect(visibleCells(page.locator('.panels'))).toHaveCount(21);
	watch.expectClean();
});

test('long text switches to a canvas, is capped at 1024 tokens and says so', async ({ page }) => {
	await page.goto(`${LAB}?view=single`);
	await figuresLive(page);
	await page.getByLabel('Input text').fill('字'.repeat(100_000));
	await expect(page.locator('[data-note="text-cut"]')).toBeVisible();
	await expect(page.locator('[data-note="truncated"]')).toContainText('1024');
	await expect(page.locator('.mask-canvas[data-matrix="self"]')).toHaveAttribute('data-rows', '1024');
	await expect(page.locator('.mask-canvas canvas')).toHaveCount(1);
	// Index labels every 128 tokens on both axes, and no others.
	const ticks = ['0', '128', '256', '384', '512', '640', '768', '896'];
	await expect(page.locator('.mask-canvas .col-label')).toHaveText(ticks);
	await expect(page.locator('.mask-canvas .row-label')).toHaveText(ticks);
	// Up to 32 tokens the SVG grid names every token on both axes (24 px cells leave room for each).
	await setText(page, '字'.repeat(30), '');
	await expect(page.locator('.panels svg[data-matrix="self"] .col-label')).toHaveText(new Array(30).fill('字'));
	await expect(page.locator('.panels svg[data-matrix="self"] .labels .row-label')).toHaveText(new Array(30).fill('字'));
	await setText(page, 'one two three', '');
	await expect(page.locator('.mask-canvas')).toHaveCount(0);
	await expect(visibleCells(page.locator('.panels'))).toHaveCount(6);
});

test('while the canvas code loads the first time, the grid keeps its place at the drawing’s shape', async ({ page }) => {
	await page.goto(`${LAB}?view=single&arch=causal`);
	await figuresLive(page);
	// From here, code the page asks for waits until released: the canvas grid's code is not loaded yet.
	let release!: () => void;
	const gate = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
		await gate;
		await route.continue();
	});
	const words = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
	await setText(page, words, '');
	const pending = page.locator('[data-pending-canvas]');
	await expect(pending).toBeVisible();
	const held = (await pending.boundingBox())!;
	// A causal mask over 40 tokens is square.
	expect(held.width).toBeGreaterThan(200);
	expect(Math.abs(held.height - held.width)).toBeLessThanOrEqual(1);
	release();
	const drawing = page.locator('.mask-canvas').first();
	await expect(drawing).toBeVisible();
	await expect(pending).toHaveCount(0);
	const drawn = (await drawing.boundingBox())!;
	expect(Math.abs(drawn.y - held.y), 'the drawing is where its place was held').toBeLessThanOrEqual(1);
	expect(Math.abs(drawn.height - held.height), 'and as tall').toBeLessThanOrEqual(2);
});

test('the figure downloads as an SVG that parses and as a PNG, and copies code that builds the mask', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(`${LAB}?view=single&arch=prefix`);
	await figuresLive(page);
	const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
	expect(svgDownload.suggestedFilename()).toBe('attention-mask-prefix.svg');
	const svg = readFileSync((await svgDownload.path())!, 'utf8');
	const parsed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		return { error: doc.querySelector('parsererror') !== null, visible: doc.querySelectorAll('rect[data-visible="true"]').length };
	}, svg);
	expect(parsed).toEqual({ error: false, visible: 91 + 36 });
	const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
	expect(readFileSync((await pngDownload.path())!).subarray(1, 4).toString()).toBe('PNG');
	await page.getByRole('button', { name: 'Copy PyTorch code' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
	const code = await page.evaluate(() => navigator.clipboard.readText());
	expect(code).toContain('n = 13');
	expect(code).toContain('prefix = 9');
	expect(code).toContain('tril');
});

test('with JavaScript off the default figure is drawn in the page', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const path of [LAB, '/zh/causal-prefix-encoder-decoder/', '/en/why-decoder-only/', '/zh/transformer-architecture/']) {
		await page.goto(path);
		const figure = page.locator('.attention-mask-figure');
		await expect(figure).toHaveCount(1);
		// Each mask is prerendered as a few paths, a closed square per cell: every cell drawn once, no rect per cell.
		const grids = await figure.locator('svg.mask-grid').evaluateAll((svgs) =>
			svgs.map((svg) => {
				const squares = (selector: string) =>
					[...svg.querySelectorAll(`[data-static-cells] ${selector}`)].reduce((sum, p) => sum + (p.getAttribute('d')?.match(/z/g)?.length ?? 0), 0);
				return { cells: Number(svg.dataset.rows) * Number(svg.dataset.cols), visible: squares('[data-visible="true"]'), blocked: squares('[data-visible="false"]'), rects: svg.querySelectorAll('rect[data-q]').length };
			})
		);
		expect(grids.reduce((sum, grid) => sum + grid.visible, 0), path).toBeGreaterThan(50);
		for (const grid of grids) expect({ drawn: grid.visible + grid.blocked, rects: grid.rects }, path).toEqual({ drawn: grid.cells, rects: 0 });
		await expect(figure.locator('.description').first()).toBeVisible();
		// A grid cannot be operated without JavaScript: each mask is one named image, with no unnamed cells or tab stops
		// (the data table gives the cells one by one).
		const drawings = figure.locator('svg.mask-grid');
		expect(await drawings.count(), path).toBeGreaterThan(0);
		for (const drawing of await drawings.all()) {
			await expect(drawing).toHaveAttribute('role', 'img');
			await expect(drawing).toHaveAttribute('aria-label', /\S/);
		}
		await expect(figure.getByRole('gridcell')).toHaveCount(0);
		await expect(figure.locator('.mask-grid rect[tabindex]')).toHaveCount(0);
	}
	await context.close();
});

test('a mask looks the same prerendered (a few paths) and live (a rect per cell), in both themes', async ({ browser }) => {
	for (const colorScheme of ['light', 'dark'] as const) {
		const shots: Buffer[] = [];
		for (const javaScriptEnabled of [false, true]) {
			const context = await browser.newContext({ javaScriptEnabled, colorScheme, reducedMotion: 'reduce' });
			const page = await context.newPage();
			await page.goto(LAB);
			if (javaScriptEnabled) {
				await figuresLive(page);
				await expect(page.locator('.mask-grid rect[data-q]')).not.toHaveCount(0);
				await page.mouse.move(0, 0);
			} else {
				await expect(page.locator('.mask-grid [data-static-cells]')).not.toHaveCount(0);
			}
			shots.push(await page.locator('svg.mask-grid').first().screenshot());
			await context.close();
		}
		expect(shots[1].equals(shots[0]), `${colorScheme}: the live grid's pixels are the prerendered grid's`).toBe(true);
	}
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

	test('tapping a cell explains it, and the tables scroll inside the figure under a caption that fits the screen', async ({ page }) => {
		await page.goto(`${LAB}?view=single&arch=prefix`);
		await figuresLive(page);
		await page.locator('rect[data-q="1"][data-k="3"]').tap();
		await expect(page.locator('[data-explanation]')).toContainText('‘English’ can see ‘German’');
		await page.getByText('Show the mask as a table').tap();
		await expect(page.locator('.mask-table').first()).toBeVisible();
		await expectScreenWide(page, 'the mask table opened');
		// The table is wider than the phone; its caption wraps at the width shown and stays there while it scrolls.
		const table = page.locator('.mask-table').first();
		const caption = table.locator('caption span');
		const edges = async () => {
			const [box, text] = [(await table.boundingBox())!, (await caption.boundingBox())!];
			return { tableLeft: box.x, tableRight: box.x + box.width, left: text.x, right: text.x + text.width };
		};
		expect(await table.evaluate((el) => el.scrollWidth > el.clientWidth + 100)).toBe(true);
		await expect(caption).toContainText('may attend');
		let at = await edges();
		expect(at.right).toBeLessThanOrEqual(at.tableRight + 1);
		await table.evaluate((el) => (el.scrollLeft = el.scrollWidth));
		at = await edges();
		expect(Math.abs(at.left - at.tableLeft)).toBeLessThanOrEqual(1);
		expect(at.right).toBeLessThanOrEqual(at.tableRight + 1);
	});
});

test('text typed into the prerendered figure before its code arrives is kept', async ({ page }) => {
	await page.goto('/en/why-decoder-only/');
	await hydrated(page);
	const island = page.locator('[data-island="attention-masks"]');
	await expect(island).not.toHaveAttribute('data-live', '');
	// Change the static text box without focusing it (focus would start loading the figure).
	await island.locator('textarea[name="input"]').evaluate((box: HTMLTextAreaElement) => (box.value = 'one two three'));
	// Seen but not touched, it stays static: no figure code runs until the reader reaches for it.
	await island.scrollIntoViewIfNeeded();
	await page.waitForTimeout(300);
	await expect(island).not.toHaveAttribute('data-live', '');
	await island.hover();
	await expect(island).toHaveAttribute('data-live', '');
	await expect(island.locator('textarea[name="input"]')).toHaveValue('one two three');
	await expect(island.locator('.token-chips li[data-token-index]')).toHaveCount(3 + 4);
});

test('a text summary says what is drawn for the learner’s own tokens', async ({ page }) => {
	await page.goto(`${LAB}?view=single&arch=prefix&input=a+b+c+d&target=e+f&prefix=3`);
	await figuresLive(page);
	const summary = page.locator('[data-summary]');
	await expect(summary).toContainText('6 tokens: 4 from the input, 2 from the target.');
	await expect(summary).toContainText('Prefix LM (prefix of 3 tokens): 24 of 36 cells visible.');
});
