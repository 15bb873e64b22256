// A concept page's reading below the first screen is laid out when it nears the screen, not while the page loads
// (content-visibility: auto in src/routes/[lang=lang]/[slug]/+page.svelte), and so is a chart in a figure not yet
// started (svg[data-draw-when-near], src/lib/components/islands/Island.svelte): what that must keep working.
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, figuresLive, hydrated, screenReaderTree, watchPage } from './site';

const PHONE = { width: 412, height: 823 };
/** Controls that make Chromium lay out a content-visibility block at load anyway, wherever they are inside it. */
const TEXT_FIELDS = 'textarea, select, input:not([type="radio"], [type="checkbox"], [type="range"])';

/** Closes any open card: a tap on the page's title, as a reader dismisses one. */
async function close(page: Page) {
	await page.keyboard.press('Escape');
	await page.locator('h1').tap();
	await expect(page.locator('.hover-card[data-open]')).toHaveCount(0);
}

/** Whether what is inside the (first) element is drawn now: false in a block that waits off screen. Asked of an empty
 * span put in it for the question, since a block that waits is itself there (at its placeholder size). */
const drawn = (page: Page, selector: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((element) => {
			const probe = element.appendChild(document.createElement('span'));
			const seen = probe.checkVisibility({ contentVisibilityAuto: true });
			probe.remove();
			return seen;
		});

test.describe('on a phone', () => {
	test.use({ viewport: PHONE, hasTouch: true });

	test('the answer, the figures and the end of the page are laid out at load; the notes wait until they near the screen', async ({ page }) => {
		const watch = watchPage(page);
		await page.goto('/en/transformer-architecture/');
		await hydrated(page);
		expect(await drawn(page, '#answer'), 'the answer').toBe(true);
		expect(await drawn(page, '#notes > p:last-of-type'), 'the last note').toBe(false);
		// The end of the page, where a jump to the end lands, is laid out at load: it is never a guess that grows.
		expect(await drawn(page, '#references li'), 'the references').toBe(true);
		// The figures are not held back (their text boxes would defeat it), nor the formulas (a wide one is measured to become
		// a keyboard stop) and the tables.
		for (const selector of ['#notes .figure-breakout', '#notes .math-display', '#notes .table-scroll']) {
			expect(await page.locator(selector).first().evaluate((el) => getComputedStyle(el).contentVisibility), selector).toBe('visible');
		}
		// Every block that may wait holds no text box or select: one would make the browser lay the block out at load. Most
		// of them wait (the browser draws those within about two screens of the view).
		const blocks = await page.evaluate((fields) => {
			const all = [...document.querySelectorAll('body *')].filter((el) => getComputedStyle(el).contentVisibility === 'auto');
			const waiting = all.filter((el) => {
				const probe = el.appendChild(document.createElement('span'));
				const seen = probe.checkVisibility({ contentVisibilityAuto: true });
				probe.remove();
				return !seen;
			});
			return { all: all.length, waiting: waiting.length, withFields: all.filter((el) => el.querySelector(fields)).map((el) => el.id || el.tagName) };
		}, TEXT_FIELDS);
		expect(blocks.waiting, `blocks that wait, of ${blocks.all}`).toBeGreaterThan(blocks.all * 0.7);
		expect(blocks.withFields).toEqual([]);

		// Scrolled to, the last note is drawn, and its text can be read where it is.
		const lastNote = page.locator('#notes > p').last();
		await lastNote.scrollIntoViewIfNeeded();
		await expect.poll(() => drawn(page, '#notes > p:last-of-type')).toBe(true);
		const box = (await lastNote.boundingBox())!;
		expect(box.height).toBeGreaterThan(40);
		const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('#notes > p') !== null, { x: box.x + 20, y: box.y + 10 });
		expect(hit, 'the note is on screen where its box says').toBe(true);
		watch.expectClean();
	});

	test('a card opened in a waiting block is drawn whole, over the block after it, when tapped or focused', async ({ page }) => {
		await page.goto('/zh/transformer-architecture/');
		await hydrated(page);
		// A term or citation whose card reaches past the bottom of its paragraph, into the next block.
		const cards = page.locator('#notes > p .hover-card');
		const count = await cards.count();
		expect(count).toBeGreaterThan(3);
		let checked = 0;
		for (let i = 0; i < count && checked < 2; i++) {
			const card = cards.nth(i);
			await card.scrollIntoViewIfNeeded();
			// A tap (the first opens the card), then the keyboard.
			const how = checked === 0 ? 'tap' : 'focus';
			if (how === 'tap') await card.locator('a').first().tap();
			else await card.locator('a').first().focus();
			const seen = await card.evaluate((host) => {
				const tip = host.querySelector<HTMLElement>('[role="tooltip"]')!;
				const paragraph = host.closest('p')!.getBoundingClientRect();
				const r = tip.getBoundingClientRect();
				if (!r.height || r.bottom <= paragraph.bottom + 8 || r.bottom > innerHeight) return null;
				// Points inside the card below its paragraph: the card is there, not clipped away and not under the next block.
				const points = [0.2, 0.5, 0.8].map((f) => [r.left + r.width * f, (paragraph.bottom + r.bottom) / 2]);
				return points.map(([x, y]) => tip.contains(document.elementFromPoint(x, y)));
			});
			await close(page);
			if (seen === null) continue;
			expect(seen, `card ${i} opened by ${how}`).toEqual([true, true, true]);
			checked++;
		}
		expect(checked, 'cards that reach past their paragraph').toBe(2);
	});

	test('axe reads the blocks that wait: a contrast fault in the last note is found before it is drawn', async ({ page }) => {
		await page.goto('/en/transformer-architecture/');
		await hydrated(page);
		await page.locator('#notes > p').last().evaluate((p) => {
			const faint = document.createElement('span');
			faint.textContent = 'faint text';
			faint.style.color = '#f4f4f4';
			p.append(faint);
		});
		expect(await drawn(page, '#notes > p:last-of-type')).toBe(false);
		const found = await axeViolations(page, ['color-contrast'], '#notes');
		expect(found.join('\n')).toMatch(/^color-contrast: .*span/);
	});

	test('a screen reader gets the blocks that wait: the last note’s words, its headings and formulas are in the tree', async ({ page, baseURL }) => {
		await page.goto('/en/transformer-architecture/');
		await hydrated(page);
		const words = (await page.locator('#notes > p').last().textContent())!.trim().slice(0, 50);
		const headings = await page.locator('#notes h3').allTextContents();
		const formulas = await page.locator('#notes math').count();
		const nodes = await screenReaderTree(baseURL!, '/en/transformer-architecture/');
		expect(nodes.some((node) => node.role?.value === 'StaticText' && (node.name?.value ?? '').startsWith(words.slice(0, 30))), words).toBe(true);
		const named = new Set(nodes.filter((node) => node.role?.value === 'heading' && !node.ignored).map((node) => node.name?.value?.trim()));
		expect(headings.length).toBeGreaterThan(4);
		expect(headings.filter((heading) => !named.has(heading.trim()))).toEqual([]);
		expect(nodes.filter((node) => node.role?.value === 'MathMLMath' && !node.ignored).length).toBeGreaterThanOrEqual(formulas);
	});
});

/** Where `selector` is on screen, frame after frame, after a jump that puts it at `block` of the view. */
function stillAfterJump(page: Page, selector: string, block: ScrollLogicalPosition) {
	return page
		.locator(selector)
		.first()
		.evaluate(async (element, block) => {
			element.scrollIntoView({ block });
			const tops: number[] = [];
			for (let i = 0; i < 15; i++) {
				await new Promise((resolve) => requestAnimationFrame(resolve));
				tops.push(Math.round(element.getBoundingClientRect().top));
			}
			return [...new Set(tops)];
		}, block);
}

for (const [device, viewport] of [
	['phone', PHONE],
	['laptop', { width: 1280, height: 720 }]
] as const) {
	test(`${device}: a jump to the end of the page, or into the notes, leaves what it jumped to where it landed`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto('/en/why-decoder-only/');
		await hydrated(page);
		// The blocks drawn as the view arrives grow from their guessed room: above the view the browser keeps the
		// view still; at the end of the page nothing is left to grow.
		expect(await stillAfterJump(page, 'a[rel="next"]', 'end'), 'the next-question link').toHaveLength(1);
		expect(await stillAfterJump(page, '#notes h3 >> nth=4', 'start'), 'a note heading').toHaveLength(1);
		expect(await stillAfterJump(page, '#notes > p >> nth=12', 'center'), 'a paragraph of the notes').toHaveLength(1);
	});
}

/** Every chart that may wait (svg[data-draw-when-near]) in a figure not yet started: its box in the page (x, y, width,
 * height, to 0.1 px), whether it waits now, its containment and overflow; and the page's height. */
const charts = (page: Page) =>
	page.evaluate(() => ({
		height: document.documentElement.scrollHeight,
		charts: [...document.querySelectorAll<SVGSVGElement>('[data-island]:not([data-live]) svg[data-draw-when-near]')].map((svg) => {
			const r = svg.getBoundingClientRect();
			const probe = svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'g'));
			const waits = !probe.checkVisibility({ contentVisibilityAuto: true });
			probe.remove();
			const style = getComputedStyle(svg);
			return {
				box: [r.x + scrollX, r.y + scrollY, r.width, r.height].map((v) => Math.round(v * 10) / 10).join(' '),
				waits,
				contentVisibility: style.contentVisibility,
				overflow: style.overflow
			};
		})
	}));

/** Pages with each kind of chart that waits: attention maps and the block diagram (concept pages, the Transformer lab),
 * the multi-head toy's heatmaps (architecture lab), the KV cache's ledger and attention heatmaps. */
const CHART_PAGES = ['/en/transformer-architecture/', '/zh/causal-prefix-encoder-decoder/', '/en/lab/transformer/', '/zh/lab/architecture/', '/en/lab/kv-cache/'];

for (const [device, viewport] of [
	['phone', PHONE],
	['laptop', { width: 1280, height: 720 }]
] as const) {
	test(`${device}: a chart in a figure not yet started waits until it nears the screen, holds the same room drawn or not, and is drawn once the figure starts`, async ({ page }) => {
		test.setTimeout(60_000);
		await page.setViewportSize(viewport);
		let waited = 0;
		for (const path of CHART_PAGES) {
			await page.goto(path);
			await hydrated(page);
			const held = await charts(page);
			expect(held.charts.length, `${path}: charts that may wait`).toBeGreaterThan(0);
			for (const chart of held.charts) {
				expect(chart.contentVisibility, path).toBe('auto');
				// Containment clips a chart to its box: one that draws outside it (overflow: visible) must not wait.
				expect(chart.overflow, path).not.toBe('visible');
			}
			waited += held.charts.filter((chart) => chart.waits).length;
			// Drawn (the prose around them as it was), every chart has the box it had while it waited, and the page is as tall:
			// nothing moves when one is drawn.
			await page.evaluate(() => {
				const sheet = new CSSStyleSheet();
				sheet.replaceSync('svg[data-draw-when-near] { content-visibility: visible !important; }');
				document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
			});
			const drawn = await charts(page);
			expect(drawn.charts.map((chart) => chart.box), `${path}: boxes drawn and waiting`).toEqual(held.charts.map((chart) => chart.box));
			expect(drawn.height, `${path}: page height`).toBe(held.height);
			await page.evaluate(() => (document.adoptedStyleSheets = document.adoptedStyleSheets.slice(0, -1)));
			// Started, a figure's charts are drawn at once (only a figure not yet started holds them back).
			await figuresLive(page);
			const live = await page.evaluate(() => [...document.querySelectorAll('svg[data-draw-when-near]')].map((svg) => getComputedStyle(svg).contentVisibility));
			expect(live.length, `${path}: charts in the live figures`).toBeGreaterThan(0);
			expect(new Set(live), path).toEqual(new Set(['visible']));
		}
		// On these long pages some charts start below the view, and those wait.
		expect(waited, 'charts that waited at load').toBeGreaterThan(3);
	});
}
