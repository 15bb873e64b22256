// The figures on a 360 px phone with touch and on a 1366 px laptop (issue 17): the mask figure (text size on screen,
// what covers a tapped cell, touch targets, motion) and every lab in both languages, one visit each (figure widths
// before and after the first input, every text at 11 px or more, every control a 24 px target).
import { expect, test, type Page } from '@playwright/test';
import { LAB_SLUGS } from '../../src/lib/labs';
import { expectLegible } from './legibility';
import { chartWidths, expectScreenWide, figuresLive, figuresSettled, hydrated } from './site';

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const LAPTOP = { viewport: { width: 1366, height: 800 } };
const THIRTY = encodeURIComponent(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '));
const Q2 = { en: '/en/causal-prefix-encoder-decoder/', zh: '/zh/causal-prefix-encoder-decoder/' };

test.describe.configure({ timeout: 90_000 });

/** Taps (or clicks) the cell at row q, column k of the first grid in `figure`; returns whether the cell itself is what
 * lies under its centre afterwards (nothing the figure opened covers it). */
async function tapCell(page: Page, root: string, q: number, k: number, touch: boolean) {
	const cell = page.locator(`${root} .mask-grid rect[data-q="${q}"][data-k="${k}"]`).first();
	await cell.scrollIntoViewIfNeeded();
	if (touch) await cell.tap();
	else await cell.click();
	const box = (await cell.boundingBox())!;
	return page.evaluate(
		({ x, y, q, k }) => {
			const hit = document.elementFromPoint(x, y) as SVGElement | null;
			return hit?.dataset?.q === String(q) && hit?.dataset?.k === String(k);
		},
		{ x: box.x + box.width / 2, y: box.y + box.height / 2, q, k }
	);
}

for (const [device, use] of [
	['phone', PHONE],
	['laptop', LAPTOP]
] as const) {
	test.describe(device, () => {
		test.use(use);
		const touch = device === 'phone';

		for (const [what, path] of [
			['mask lab, defaults', '/en/lab/attention-masks/'],
			['mask lab, zh, prefix LM', '/zh/lab/attention-masks/?arch=prefix'],
			['mask lab, a 30-token sentence', `/en/lab/attention-masks/?input=${THIRTY}&arch=prefix`],
			['mask lab, compare view, 30 tokens', `/en/lab/attention-masks/?view=compare&input=${THIRTY}`],
			['mask lab, 300 tokens (canvas)', `/en/lab/attention-masks/?input=${encodeURIComponent('word '.repeat(300))}&arch=prefix`],
			['question 2 (en)', Q2.en],
			['question 2 (zh), joined', `${Q2.zh}?joined=true`]
		] as const) {
			test(`${what}: the page is no wider than the screen, and every label and text is at least 11 px on screen, before and after a tap`, async ({ page }) => {
				await page.goto(path);
				await figuresLive(page);
				const figure = page.locator('.attention-mask-figure');
				// A page wider than a phone is zoomed out to fit it: every size below would be smaller on the screen.
				await expectScreenWide(page, `${device} ${what}`);
				// A laptop has room for every grid at its natural size (24 px cells): none scrolls sideways in its box.
				if (!touch) {
					const scrolled = await figure.locator('.mask-scroll').evaluateAll((boxes) => boxes.filter((box) => box.scrollWidth > box.clientWidth + 1).length);
					expect(scrolled, `${what}: grids scrolling sideways on a laptop`).toBe(0);
				}
				await expectLegible(figure, 11, `${device} ${what}`);
				// Past the point where every token is named (the canvas), the tapped row and column are labelled.
				const surface = figure.locator('.mask-canvas .surface').first();
				if (await surface.count()) {
					await surface.scrollIntoViewIfNeeded();
					const box = (await surface.boundingBox())!;
					if (touch) await page.touchscreen.tap(box.x + box.width * 0.6, box.y + box.height * 0.3);
					else await page.mouse.click(box.x + box.width * 0.6, box.y + box.height * 0.3);
					await expect(figure.locator('[data-focus-label="col"]').first()).toBeVisible();
					// The cell under the finger, not the keyboard cursor's (0, 0), on the first tap too.
					if (what.includes('canvas')) await expect(figure.locator('[data-explanation]')).toContainText(/‘word’ #(8[5-9]|9[0-5]) can see ‘word’ #(17[5-9]|18[0-5]):/);
				} else {
					expect(await tapCell(page, '.attention-mask-figure', 3, 1, touch)).toBe(true);
				}
				await expectScreenWide(page, `${device} ${what}, after a tap`);
				await expectLegible(figure, 11, `${device} ${what}, after a tap`);
				// Row labels sit in the room kept for them (sized to the labels): none starts left of its grid's drawing.
				const pastTheEdge = await figure.locator('svg.mask-grid').evaluateAll((grids) =>
					grids.flatMap((grid) => {
						const left = grid.getBoundingClientRect().left;
						return [...grid.querySelectorAll('text.row-label')].filter((label) => label.getBoundingClientRect().left < left - 0.5).map((label) => label.textContent);
					})
				);
				expect(pastTheEdge, `${what}: row labels past their grid's left edge`).toEqual([]);
			});
		}

		if (!touch) {
			test('question 2 in Chinese: the causal and prefix LM grids side by side, each whole, the row labels sized to one character', async ({ page }) => {
				await page.goto(Q2.zh);
				await figuresLive(page);
				const panels = page.locator('.attention-mask-figure .panel');
				await expect(panels).toHaveCount(3);
				const [causal, prefix] = [(await panels.nth(0).boundingBox())!, (await panels.nth(1).boundingBox())!];
				expect(prefix.y, 'the prefix LM beside the causal decoder, not below it').toBe(causal.y);
				expect(prefix.x).toBeGreaterThan(causal.x + causal.width - 1);
				const scrolled = await panels.locator('.mask-scroll').evaluateAll((boxes) => boxes.filter((box) => box.scrollWidth > box.clientWidth + 1).length);
				expect(scrolled, 'grids scrolling sideways').toBe(0);
			});
		}

		test('mask lab: a tapped cell is not covered, the grid does not move, and its sentence is in view above it', async ({ page }) => {
			await page.goto('/en/lab/attention-masks/?arch=prefix');
			await figuresLive(page);
			const grid = page.locator('.mask-grid').first();
			await grid.scrollIntoViewIfNeeded();
			const before = (await grid.boundingBox())!;
			for (const [q, k] of [
				[0, 0],
				[8, 2],
				[12, 12]
			]) {
				expect(await tapCell(page, '.attention-mask-figure', q, k, touch), `cell ${q},${k}`).toBe(true);
				expect((await grid.boundingBox())!.y, `the grid under the finger, after cell ${q},${k}`).toBe(before.y);
			}
			await expect(page.locator('[data-explanation]')).toContainText('can see');
			const sentence = page.locator('.attention-mask-figure [data-cell-sentence]').first();
			await expect(sentence).toHaveText(/^‘\.’ #12 can see ‘\.’ #12: every token attends to itself\.$/);
			await expect(sentence).toBeInViewport();
			const [said, drawn] = await Promise.all([sentence.boundingBox(), grid.boundingBox()]);
			expect(said!.y + said!.height).toBeLessThanOrEqual(drawn!.y);
			// It speaks of what this device has.
			await page.goto('/en/lab/attention-masks/');
			await hydrated(page);
			const help = await page.locator('[data-grid-help]:visible').first().textContent();
			if (touch) expect(help).toMatch(/^Tap a cell/);
			else expect(help).toMatch(/arrow keys/);
		});

		test('question 2: the first tap on a cell, before the figure’s code has arrived, explains that cell, and nothing moves', async ({ page }) => {
			for (const [lang, words] of [
				['en', /^‘German’ can see ‘English’: it comes earlier in the sequence\.$/],
				['zh', /^「英」可以看到「译」：它在序列中更靠前。$/]
			] as const) {
				await page.goto(Q2[lang]);
				await hydrated(page);
				// The figure's code arrives a little after the tap, as on a slow phone.
				await page.route('**/_app/immutable/**', async (route) => {
					await new Promise((resolve) => setTimeout(resolve, 300));
					await route.continue();
				});
				const figure = page.locator('[data-island]:has(.attention-mask-figure)').first();
				await expect(figure).not.toHaveAttribute('data-live');
				const grid = figure.locator('svg.mask-grid').first();
				await grid.scrollIntoViewIfNeeded();
				const cells = (await grid.locator('[data-static-cells]').boundingBox())!;
				const side = cells.width / Number(await grid.getAttribute('data-cols'));
				const [x, y] = [cells.x + 1.5 * side, cells.y + 3.5 * side];
				if (touch) await page.touchscreen.tap(x, y);
				else await page.mouse.click(x, y);
				await expect(figure).toHaveAttribute('data-live', '');
				const sentence = figure.locator('[data-cell-sentence]').first();
				await expect(sentence, lang).toHaveText(words);
				await expect(sentence).toBeInViewport();
				// The live grid lies where the static one was, and the tapped cell is the one under the finger.
				expect((await grid.locator('.cells').boundingBox())!.y, lang).toBe(cells.y);
				expect(await page.evaluate(([x, y]) => (document.elementFromPoint(x, y) as SVGElement | null)?.dataset.q, [x, y]), lang).toBe('3');
				await expect(grid.locator('.mask-highlight')).toHaveCount(1);
				await page.unrouteAll();
			}
		});

		test('mask lab: cells are 24 px targets, the prefix handle 32 px, and each shows a focus ring', async ({ page }) => {
			await page.goto(`/en/lab/attention-masks/?arch=prefix&input=${THIRTY}`);
			await figuresLive(page);
			const cell = (await page.locator('.mask-grid rect[data-q="0"][data-k="0"]').first().boundingBox())!;
			expect(cell.width).toBeGreaterThanOrEqual(24);
			expect(cell.height).toBeGreaterThanOrEqual(24);
			const handle = page.locator('[data-prefix-handle][role="slider"]');
			// The knob glides (a 160 ms transform transition) when the grid is re-laid out for this text and width: its
			// hit area is measured once it has arrived.
			const hitSide = async () => {
				const box = (await handle.locator('rect.hit').boundingBox())!;
				return Math.min(box.width, box.height);
			};
			await expect.poll(hitSide, { message: 'the prefix handle’s hit area, in CSS px' }).toBeGreaterThanOrEqual(32);
			await handle.focus();
			await page.keyboard.press('ArrowLeft');
			expect(await handle.locator('rect.hit').evaluate((el) => getComputedStyle(el).stroke)).not.toBe('none');
			await page.locator('.mask-grid rect[data-q="0"][data-k="0"]').first().focus();
			await page.keyboard.press('ArrowRight');
			const focused = page.locator('.mask-grid rect:focus');
			expect(await focused.evaluate((el) => parseFloat(getComputedStyle(el).strokeWidth))).toBeGreaterThanOrEqual(2);
		});

		test('concept pages: a figure takes the width the screen has, beyond the text column on a laptop, inside the window', async ({ page }) => {
			for (const path of [Q2.en, Q2.zh, '/en/why-decoder-only/']) {
				await page.goto(path);
				const { figures, text, viewport } = await page.evaluate(() => ({
					figures: [...document.querySelectorAll('[data-figure-embed]')].map((f) => f.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, width: r.width })),
					text: document.querySelector('.prose p')!.getBoundingClientRect().width,
					viewport: innerWidth
				}));
				expect(figures.length, path).toBeGreaterThan(0);
				for (const figure of figures) {
					expect(figure.left, path).toBeGreaterThanOrEqual(0);
					expect(figure.right, path).toBeLessThanOrEqual(viewport);
					// A phone has no room beside the text; a laptop gives a figure at least a quarter more than the text column.
					if (touch) expect(figure.width, path).toBeGreaterThanOrEqual(text - 1);
					else expect(figure.width, path).toBeGreaterThan(text * 1.25);
				}
			}
		});

		// Every lab in both languages, one visit each: widths before and after the start, text sizes, target sizes.
		for (const lang of ['en', 'zh'] as const) {
			for (const lab of LAB_SLUGS) {
				test(`the ${lab} lab (${lang}): figures are laid out at their width before any input and keep it; the page is no wider than the screen; every text is at least 11 px; each control is a target of 24 x 24 px or more (WCAG 2.5.8)`, async ({ page }) => {
					await page.goto(`/${lang}/lab/${lab}/`);
					await figuresSettled(page, lab);
					const before = await chartWidths(page);
					expect(before.flat().length, `${lab}: charts measured`).toBeGreaterThan(0);
					await figuresLive(page);
					const after = await chartWidths(page);
					// A live figure may draw more than its prerendered markup (a panel opened on demand): those that were there
					// keep their widths.
					for (let i = 0; i < before.length; i++) {
						expect(after[i].slice(0, before[i].length), `${lab}: island ${i}`).toEqual(before[i]);
					}

					await expectScreenWide(page, `${lab} ${lang} ${device}`);
					for (const island of await page.locator('[data-island]').all()) await expectLegible(island, 11, `${lab} ${lang} ${device}`);

					// Open every folded part, so its controls are measured too.
					await page.locator('[data-island] details:not([open]) > summary').evaluateAll((summaries) => summaries.forEach((s) => ((s.parentElement as HTMLDetailsElement).open = true)));
					const { small, measured } = await page.locator('[data-island]').evaluateAll((islands) => {
						const small: string[] = [];
						let measured = 0;
						for (const island of islands) {
							for (const el of island.querySelectorAll<HTMLElement | SVGElement>('button, input, select, textarea, summary, a[href], [role="button"], [role="slider"], [role="radio"], [role="checkbox"]')) {
								const box = el.getBoundingClientRect();
								if (box.width === 0 || box.height === 0) continue; // not shown
								// A link inside a sentence is exempt (WCAG 2.5.8 "inline"); cells of a grid are checked on their own.
								if (el.tagName === 'A' && getComputedStyle(el).display === 'inline') continue;
								if (el.closest('.mask-grid')) continue;
								// A radio or checkbox counts with its label when the label wraps it.
								const label = (el as HTMLInputElement).labels?.[0];
								const target = label && label.contains(el) ? label.getBoundingClientRect() : box;
								measured++;
								if (target.width < 23.5 || target.height < 23.5) {
									small.push(`<${el.tagName.toLowerCase()} ${el.getAttribute('name') ?? el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30)}> ${Math.round(target.width)}x${Math.round(target.height)}`);
								}
							}
						}
						return { small, measured };
					});
					expect(measured, `${lab}: controls measured`).toBeGreaterThan(3);
					expect(small, `${lab}: targets under 24 x 24 px`).toEqual([]);
				});
			}
		}
	});
}

test.describe('motion', () => {
	test('the prefix boundary glides, and nothing moves with prefers-reduced-motion', async ({ browser }) => {
		for (const reducedMotion of ['no-preference', 'reduce'] as const) {
			const page = await browser.newPage({ reducedMotion });
			await page.goto('/en/lab/attention-masks/?arch=prefix');
			await figuresLive(page);
			const durations = await page.evaluate(() =>
				['.mask-grid .cells rect', '.prefix-boundary .moves', '.prefix-handle .moves'].map((selector) =>
					parseFloat(getComputedStyle(document.querySelector(selector)!).transitionDuration)
				)
			);
			if (reducedMotion === 'reduce') expect(durations).toEqual([0, 0, 0]);
			else for (const duration of durations) expect(duration).toBeGreaterThan(0);
			await page.close();
		}
	});
});

test.describe('question 2', () => {
	test.use(LAPTOP);
	test('shows a loss row under each mask and lays the encoder-decoder over one joined sequence', async ({ page }) => {
		await page.goto(Q2.en);
		await figuresLive(page);
		const figure = page.locator('.attention-mask-figure');
		const scored = (arch: string) => figure.locator(`.panel[data-arch="${arch}"] [data-loss-row]`).evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-scored'))));
		const n = Number(await figure.locator('.panel[data-arch="causal"] .mask-grid').getAttribute('data-cols'));
		const targets = await figure.locator('[data-token-index]').evaluateAll((chips) => chips.filter((c) => c.classList.contains('target')).length);
		expect(await scored('causal')).toEqual([n]);
		expect(await scored('prefix')).toEqual([targets]);
		// Encoder self-attention: nothing scored; decoder self-attention: every target token (cross-attention has none).
		expect(await scored('encoder-decoder')).toEqual([0, targets]);
		// Input/target and prefix boundaries are marked apart, by name.
		await expect(figure.locator('[data-mark="target"]')).toHaveCount(1);
		await expect(figure.locator('[data-mark="prefix"]')).toHaveCount(1);

		await figure.getByLabel(/joined sequence/).check();
		await expect.poll(() => new URL(page.url()).searchParams.get('joined')).toBe('true');
		const joined = figure.locator('.panel[data-arch="encoder-decoder"] .mask-grid');
		await expect(joined).toHaveCount(1);
		// Cell for cell the prefix LM's mask (at the default prefix, the input's end), with the same loss row.
		const cells = (arch: string) => figure.locator(`.panel[data-arch="${arch}"] .mask-grid rect[data-q]`).evaluateAll((rects) => rects.map((r) => r.getAttribute('data-visible')).join(''));
		expect(await cells('encoder-decoder')).toBe(await cells('prefix'));
		expect(await scored('encoder-decoder')).toEqual([targets]);
		await expect(figure.locator('[data-input-end]')).toHaveCount(1);
	});
});
