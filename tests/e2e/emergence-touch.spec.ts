// Issue 17, the emergence chart on a 360 px phone (touch): a vertical swipe on it scrolls the page and moves nothing, a
// sideways one moves c and not the page, the hint speaks of swiping; and its caption always describes what is drawn (a
// preset's text while it holds, a description after a change). Every lab's text and target sizes, on a phone and a
// laptop, are in devices.spec.ts.
import { expect, test, type Page } from '@playwright/test';
import { figuresLive } from './site';

const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };

/** Touch events through the browser's own input pipeline, so the page scrolls (or not) as it would under a finger. */
async function swipe(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
	const cdp = await page.context().newCDPSession(page);
	const point = (p: { x: number; y: number }) => [{ x: Math.round(p.x), y: Math.round(p.y), id: 1 }];
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
	for (let i = 1; i <= 10; i++) {
		const at = { x: from.x + ((to.x - from.x) * i) / 10, y: from.y + ((to.y - from.y) * i) / 10 };
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(at) });
	}
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	await page.waitForTimeout(300);
}

test.describe('emergence chart under a finger', () => {
	test.use(PHONE);
	test('a vertical swipe scrolls the page and leaves α alone; a sideways drag moves c, not the page', async ({ page }) => {
		await page.goto('/en/lab/emergence/');
		await figuresLive(page);
		const drag = page.locator('.emergence-figure .curve-plot').first().locator('rect.drag');
		await drag.scrollIntoViewIfNeeded();
		const box = (await drag.boundingBox())!;
		const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
		const alpha = page.locator('.emergence-figure input[name="alpha"]');
		const c = page.locator('.emergence-figure input[name="c"]');
		const [alphaBefore, cBefore] = [await alpha.inputValue(), await c.inputValue()];

		const scrollBefore = await page.evaluate(() => scrollY);
		await swipe(page, centre, { x: centre.x, y: centre.y - 120 });
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrollBefore + 40);
		expect(await alpha.inputValue()).toBe(alphaBefore);
		expect(await c.inputValue()).toBe(cBefore);

		// Stop the swipe's fling with a still touch on the chart (as a finger does; it moves nothing) and let the page
		// come to rest before measuring where the chart is: on a loaded machine a fling can outlast two equal readings.
		// A fling can also carry the chart off the screen before the still touch lands (seen once, in a fresh-clone run:
		// the chart 283 px above the top, where no touch reaches it); the reader would scroll back to it, and so does the test.
		const centreNow = async () => {
			const now = (await drag.boundingBox())!;
			return { x: now.x + now.width / 2, y: now.y + now.height / 2 };
		};
		const still = async () => {
			let settled = -1;
			await expect
				.poll(async () => {
					const now = await page.evaluate(() => scrollY);
					const same = now === settled;
					settled = now;
					return same;
				}, { intervals: [300] })
				.toBe(true);
		};
		const atRest = async () => {
			await swipe(page, await centreNow(), await centreNow());
			await still();
			const { y } = await centreNow();
			if (y < 0 || y > PHONE.viewport.height) {
				await drag.scrollIntoViewIfNeeded();
				await still();
			}
			return centreNow();
		};
		let mid = await atRest();
		expect(await c.inputValue()).toBe(cBefore);
		let box2 = (await drag.boundingBox())!;
		await swipe(page, { x: mid.x - 60, y: mid.y }, { x: mid.x + 60, y: mid.y + 6 });
		// Should the page still have moved under the finger, drag again (at most twice) where the chart is now.
		for (let attempt = 0; attempt < 2 && (await c.inputValue()) === cBefore; attempt++) {
			mid = await atRest();
			box2 = (await drag.boundingBox())!;
			await swipe(page, { x: mid.x - 60, y: mid.y }, { x: mid.x + 60, y: mid.y + 6 });
		}
		await expect.poll(() => c.inputValue(), { message: `c after sideways drags at ${JSON.stringify(mid)}, chart ${JSON.stringify(await drag.boundingBox())}` }).not.toBe(cBefore);
		expect(await alpha.inputValue()).toBe(alphaBefore);
		// The chart stays where the finger is (the page may shift its scroll to keep it there when the caption above
		// changes length: that is scroll anchoring, not the drag scrolling the page).
		expect(Math.abs((await drag.boundingBox())!.y - box2.y)).toBeLessThan(2);
	});
	test('on touch the hint speaks of swiping, not of dragging up and down', async ({ page }) => {
		await page.goto('/en/lab/emergence/');
		await figuresLive(page);
		await expect(page.locator('.emergence-figure .hint')).toHaveText(/an up-and-down swipe scrolls the page/);
	});
});

test.describe('emergence captions', () => {
	const caption = (page: Page) => page.locator('.emergence-figure .explanation');
	test('each preset shows its own text with the scores it draws; a change brings a description of the settings', async ({ page }) => {
		await page.goto('/en/lab/emergence/');
		await figuresLive(page);
		const expected: Record<string, RegExp[]> = {
			figure2: [/Figure 2/, /emergence score 9\.62/],
			metric: [/7 models/, /7\.78/, /its score \(22\.7\) is higher than exact match’s/, /3 smallest models sit flat at chance/],
			subtasks: [/S-curve too/, /emergence score 7\.82, the mean’s 5\.65/],
			'test-set': [/score exactly 0/],
			grokking: [/training steps/, /later still with less training data/]
		};
		for (const [preset, patterns] of Object.entries(expected)) {
			await page.locator(`.emergence-figure [data-preset="${preset}"]`).click();
			await expect(caption(page)).toHaveAttribute('data-explains', preset);
			for (const pattern of patterns) await expect(caption(page)).toHaveText(pattern);
			// Grokking's points are checkpoints of one model, not model sizes.
			if (preset === 'grokking') {
				await expect(page.locator('.emergence-figure .legend')).toContainText('evaluated checkpoints');
				await expect(page.locator('.emergence-figure fieldset', { hasText: 'Checkpoints evaluated' })).toHaveCount(1);
			}
		}
		await page.locator('.emergence-figure [data-preset="metric"]').click();
		await page.locator('.emergence-figure input[name="alpha"]').focus();
		await page.keyboard.press('ArrowLeft');
		await expect(caption(page)).toHaveAttribute('data-explains', 'settings');
		await expect(caption(page)).toHaveText(/^Your settings \(no preset\)\./);
		await expect(caption(page)).toHaveText(/Emergence score of the Exact match: [\d.]+; more abrupt than a straight line through these 7 models, which would score 6\./);
		await expect(caption(page)).not.toContainText('The seed’s first cause');
	});
	test('the same models under three metrics, side by side, with their scores', async ({ page }) => {
		await page.goto('/en/lab/emergence/');
		await figuresLive(page);
		const panels = page.locator('.emergence-figure [data-multiple]');
		await expect(panels).toHaveCount(3);
		await expect(panels.nth(1).locator('[data-multiple-score]')).toHaveText('9.62');
		await expect(panels.nth(1).locator('circle')).toHaveCount(4);
		await expect(page.locator('[data-log-axis-note]')).toContainText('straight line');
	});
});

