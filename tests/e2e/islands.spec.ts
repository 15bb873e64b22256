// Islands (docs/islands.md): the first press, tap, check or choice on any control of any figure counts, even when it
// comes before the figure's code has arrived; a query that carries none of a figure's keys starts nothing.
import { existsSync, readFileSync } from 'node:fs';
import { expect, test, type Page, type Route } from '@playwright/test';
import { LAB_SLUGS } from '../../src/lib/labs';
import { FIGURE_START_TIMEOUT, hydrated } from './site';

// Each test loads a lab page and waits for held-back code: slow on a busy machine.
test.describe.configure({ timeout: 90_000 });

/** Opens `path` with every script the page does not start with (the figures' code) held back until `release` is
 * called. The start-up scripts are those the page's HTML names (entry points and module preloads): they load, and the
 * page hydrates, as usual. A figure that starts by itself (a chart shown at another width than prerendered) asks for
 * its code at once, and that code is held too. */
async function openWithFigureCodeHeld(page: Page, path: string) {
	const html = await (await page.request.get(path)).text();
	const startUp = new Set([...html.matchAll(/_app\/immutable\/[^"'\s)]+\.js/g)].map((m) => m[0]));
	let open!: () => void;
	const gate = new Promise<void>((resolve) => (open = resolve));
	const held: string[] = [];
	await page.route(/\/_app\/immutable\/.*\.js$/, async (route: Route) => {
		const url = route.request().url();
		if (![...startUp].some((file) => url.endsWith(file))) {
			held.push(url);
			await gate;
		}
		await route.continue();
	});
	await page.goto(path);
	await hydrated(page);
	return { held, release: () => open() };
}

type Kind = 'text' | 'range' | 'checkbox' | 'radio' | 'select';
const SELECTORS: Record<Kind, string> = {
	text: 'textarea[name], input[name][type="text"], input[name][type="number"]',
	range: 'input[name][type="range"]',
	checkbox: 'input[name][type="checkbox"]',
	radio: 'input[name][type="radio"]:not(:checked)',
	select: 'select[name]'
};

/** The same kinds as SELECTORS, found in a page's prerendered HTML: a named control of the kind. */
const IN_HTML: Record<Kind, RegExp> = {
	text: /<textarea\b[^>]*\bname=|<input\b(?=[^>]*\bname=)(?=[^>]*\btype="(?:text|number)")/,
	range: /<input\b(?=[^>]*\bname=)(?=[^>]*\btype="range")/,
	checkbox: /<input\b(?=[^>]*\bname=)(?=[^>]*\btype="checkbox")/,
	radio: /<input\b(?=[^>]*\bname=)(?=[^>]*\btype="radio")/,
	select: /<select\b[^>]*\bname=/
};

/** The kinds of control a lab's built page has: a test is written only where there is one to change (a test for every
 * kind on every lab found none on 15 of 35). The tests run against that build, so it is there. */
function kindsOnLab(lab: string): Kind[] {
	const file = `build/en/lab/${lab}/index.html`;
	if (!existsSync(file)) throw new Error(`${file} is missing: the end-to-end tests run against the build (npm run build)`);
	const html = readFileSync(file, 'utf8');
	return (Object.keys(SELECTORS) as Kind[]).filter((kind) => IN_HTML[kind].test(html));
}

/** The first usable control of a kind in the lab's figures: its name, value and what to set it to. */
async function pickControl(page: Page, kind: Kind) {
	return page.evaluate(
		({ selector, kind }) => {
			const controls = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`[data-island] :is(${selector})`)];
			const control = controls.find((c) => !c.disabled && c.getBoundingClientRect().width > 0);
			if (!control) return null;
			let to = '';
			if (control instanceof HTMLSelectElement) to = [...control.options].find((o) => !o.selected)!.value;
			else if (kind === 'range') {
				const input = control as HTMLInputElement;
				const [min, max] = [Number(input.min || 0), Number(input.max || 100)];
				const step = Number(input.step) || 1;
				const middle = min + Math.round((max - min) / 2 / step) * step;
				// Rounded as the browser snaps it (0.1 + 14 × 0.1 is 1.5000000000000002 in floating point, 1.5 in the box).
				to = String(Number((Number(input.value) === middle ? min : middle).toPrecision(12)));
			} else if (kind === 'text') to = /^\d+$/.test(control.value) ? String(Number(control.value) + 1) : 'the cat sat on the mat';
			return { name: control.name, value: control.getAttribute('value'), checked: (control as HTMLInputElement).checked === true, to, island: control.closest('[data-island]')!.getAttribute('data-island')! };
		},
		{ selector: SELECTORS[kind], kind }
	);
}

test.describe('first input before the code arrives', () => {
	for (const lab of LAB_SLUGS) {
		for (const kind of kindsOnLab(lab)) {
			test(`${lab}: a ${kind} changed before the figure's code counts once it arrives`, async ({ page }) => {
				const { held, release } = await openWithFigureCodeHeld(page, `/en/lab/${lab}/`);
				const control = await pickControl(page, kind);
				expect(control, `the built page has a ${kind}, but no visible, enabled one in a figure`).not.toBeNull();
				const island = page.locator(`[data-island="${control!.island}"]`).first();
				const escapedName = control!.name.replace(/"/g, '\\"');
				const target =
					(kind === 'checkbox' || kind === 'radio') && control!.value !== null
						? island.locator(`input[name="${escapedName}"][value="${control!.value}"]`)
						: island.locator(`[name="${escapedName}"]`).first();
				await target.scrollIntoViewIfNeeded();
				if (kind === 'checkbox') await target.click();
				else if (kind === 'radio') await target.check();
				else if (kind === 'select') await target.selectOption(control!.to);
				else await target.fill(control!.to);
				// The change landed on the static figure: its code was asked for and is still held back.
				expect(await island.getAttribute('data-live')).toBeNull();
				// (After the page asks the host which version it serves: new-version.ts.)
				await expect.poll(() => held.length, { message: 'the figure asked for its code' }).toBeGreaterThan(0);
				const before = page.url();
				release();
				await expect(island).toHaveAttribute('data-live', '', { timeout: FIGURE_START_TIMEOUT });
				// The live control shows the change, and the figure took it: its setting is in the address.
				if (kind === 'checkbox') await expect(target).toBeChecked({ checked: !control!.checked });
				if (kind === 'radio') await expect(target).toBeChecked();
				if (kind !== 'checkbox' && kind !== 'radio') await expect(target).toHaveValue(control!.to);
				await expect.poll(() => page.url(), { timeout: 3000 }).not.toBe(before);
			});
		}
	}
});

test('a Space held on a checkbox while the figure’s code arrives checks it when let go', async ({ page }) => {
	const { held, release } = await openWithFigureCodeHeld(page, '/en/lab/attention-masks/');
	const box = page.locator('[data-island] input[name="joined"]').first();
	const island = box.locator('xpath=ancestor::*[@data-island][1]');
	await box.scrollIntoViewIfNeeded();
	await expect(box).not.toBeChecked();
	// Focus asks for the figure's code; the key goes down before it arrives, and a checkbox checks on release.
	await box.focus();
	await page.keyboard.down('Space');
	await expect.poll(() => held.length, { message: 'the figure asked for its code' }).toBeGreaterThan(0);
	release();
	// Time for the code to arrive and the live figure to replace the static one, were it to do so under the held key.
	await page.waitForTimeout(1000);
	await page.keyboard.up('Space');
	await expect(island).toHaveAttribute('data-live', '', { timeout: FIGURE_START_TIMEOUT });
	await expect(box).toBeChecked();
	await expect(box).toBeFocused();
	await expect.poll(() => new URL(page.url()).searchParams.get('joined')).not.toBeNull();
});

/** A button per lab whose press has a visible effect, and how to see it. */
const BUTTONS: Record<string, { button: string; effect: (page: Page) => Promise<void> }> = {
	'attention-masks': {
		button: '[data-island] button:text-is("A plain sentence")',
		effect: async (page) => expect.poll(() => new URL(page.url()).searchParams.has('input')).toBe(true)
	},
	'tiny-lm': {
		button: '[data-island] button[data-action="start"]',
		effect: async (page) =>
			expect.poll(async () => Number(await page.locator('[data-stat="step"]').first().textContent()), { timeout: 15_000 }).toBeGreaterThan(0)
	},
	'kv-cache': {
		button: '[data-island] button[data-action="step"]',
		effect: async (page) => expect.poll(() => new URL(page.url()).searchParams.get('kv-step')).toBe('1')
	},
	architecture: {
		button: '[data-island] [data-part="ffn"][role="button"]',
		effect: async (page) => expect.poll(() => new URL(page.url()).searchParams.get('part')).toBe('ffn')
	},
	emergence: {
		button: '[data-island="emergence"] button[data-preset="metric"]',
		effect: async (page) => expect.poll(() => new URL(page.url()).search).not.toBe('')
	},
	'model-atlas': {
		button: '[data-island] [data-model="bert"]',
		effect: async (page) => expect.poll(() => new URL(page.url()).searchParams.get('model')).toBe('bert')
	},
	transformer: {
		button: '[data-island] .head-thumbnails[data-model="prefix"] button[data-layer="1"][data-head="1"]',
		effect: async (page) => expect.poll(() => new URL(page.url()).searchParams.get('tf-layer')).toBe('1')
	}
};

test.describe('first tap on a phone before the code arrives', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
	for (const lab of LAB_SLUGS) {
		test(`${lab}: a button tapped before the figure's code is pressed once it arrives`, async ({ page }) => {
			const { button, effect } = BUTTONS[lab];
			const { release } = await openWithFigureCodeHeld(page, `/en/lab/${lab}/`);
			const target = page.locator(button).first();
			await target.scrollIntoViewIfNeeded();
			await expect(target).toBeEnabled();
			const island = target.locator('xpath=ancestor::*[@data-island][1]');
			expect(await island.getAttribute('data-live')).toBeNull();
			await target.tap();
			expect(await island.getAttribute('data-live')).toBeNull();
			release();
			await expect(island).toHaveAttribute('data-live', '', { timeout: FIGURE_START_TIMEOUT });
			await effect(page);
		});
	}
});

// Every lab's figure has a disclosure (a table of its values, the weights, the singular values): one opened (or closed)
// before the figure's code arrives stays so in the live figure, which replaces the static markup it was toggled in.
test.describe('a disclosure toggled before the code arrives', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
	for (const lab of LAB_SLUGS) {
		test(`${lab}: a table opened or closed on the static figure stays so in the live one`, async ({ page }) => {
			const { release } = await openWithFigureCodeHeld(page, `/en/lab/${lab}/`);
			// The first disclosure in a figure: which island it is in, and which of that island's disclosures with
			// the same summary it is (the Transformer lab has two called "Show the weights as a table").
			const found = await page.evaluate(() => {
				const text = (summary: Element) => summary.textContent!.replace(/\s+/g, ' ').trim();
				const summary = document.querySelector('[data-island] details > summary')!;
				const island = summary.closest<HTMLElement>('[data-island]')!;
				const twins = [...island.querySelectorAll('details > summary')].filter((s) => text(s) === text(summary));
				return { open: (summary.parentElement as HTMLDetailsElement).open, name: island.dataset.island!, index: [...document.querySelectorAll(`[data-island="${island.dataset.island}"]`)].indexOf(island), text: text(summary), nth: twins.indexOf(summary) };
			});
			const island = page.locator(`[data-island="${found.name}"]`).nth(found.index);
			const details = island.locator(`xpath=.//details[normalize-space(summary)="${found.text}"]`).nth(found.nth);
			await details.locator('summary').scrollIntoViewIfNeeded();
			await details.locator('summary').tap();
			expect(await island.getAttribute('data-live'), 'the tap landed on the static figure').toBeNull();
			const toggled = (locator: typeof details) => (found.open ? expect(locator).not.toHaveAttribute('open') : expect(locator).toHaveAttribute('open', ''));
			await toggled(details);
			release();
			await expect(island).toHaveAttribute('data-live', '', { timeout: FIGURE_START_TIMEOUT });
			await toggled(details);
			// An opened one shows what it holds; a closed one stays closed once the figure has settled.
			if (!found.open) await expect(details.locator(':scope > :not(summary)').first()).toBeVisible();
			else {
				await page.waitForTimeout(500);
				await toggled(details);
			}
		});
	}
});

// Charts laid out for one width made their figure start during page load on a phone, so that nothing would be
// re-laid out under the reader's finger later. These labs' charts fit every width: on a phone their code waits for
// the reader, and when it arrives the figure keeps its size.
test.describe('on a phone, a lab whose charts fit every width waits for the reader', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
	for (const lab of ['attention-masks', 'architecture', 'emergence', 'kv-cache', 'model-atlas', 'tiny-lm', 'transformer'] as const) {
		test(`${lab}: no figure code is fetched at load, and starting the figure moves nothing`, async ({ page }) => {
			const { held, release } = await openWithFigureCodeHeld(page, `/en/lab/${lab}/`);
			const island = page.locator('[data-island]').first();
			await expect(island).toBeInViewport();
			await page.waitForTimeout(1000);
			// (SvelteKit's client fetches the error page's node, nodes/1, at start on every page.)
			expect(held.filter((url) => !url.includes('/nodes/')), 'figure code requested without the reader').toEqual([]);
			// What the reader sees first: the figure's first chart, and the island's top.
			const chart = island.locator('svg, canvas').first();
			const before = [await island.boundingBox(), await chart.boundingBox()];
			release();
			await island.dispatchEvent('touchstart');
			await expect(island).toHaveAttribute('data-live', '', { timeout: FIGURE_START_TIMEOUT });
			const after = [await island.boundingBox(), await chart.boundingBox()];
			expect(Math.abs(after[0]!.y - before[0]!.y), 'the figure moved').toBeLessThanOrEqual(1);
			for (const key of ['x', 'y', 'width', 'height'] as const) {
				expect(Math.abs(after[1]![key] - before[1]![key]), `the first chart's ${key} changed`).toBeLessThanOrEqual(1);
			}
		});
	}
});

// The lower charts of two labs (the calculator's bars, the KV-cache lab's dot plot and singular values) were laid out
// at a measured width, so scrolling to them on a phone started their figure. They fit every width now: reaching them
// fetches nothing, starting the figure leaves them where they were, and they are drawn at 1:1 (12 px labels).
test.describe('on a phone, the labs’ lower charts fit every width', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
	const CHARTS = [
		['architecture', '.breakdown-bars'],
		['kv-cache', '.dot-plot'],
		['kv-cache', '.sv-plot']
	] as const;
	for (const [lab, selector] of CHARTS) {
		test(`${lab}: ${selector} on screen starts nothing, and stays put when its figure starts`, async ({ page }) => {
			const { held, release } = await openWithFigureCodeHeld(page, `/en/lab/${lab}/`);
			const chart = page.locator(selector).first();
			await chart.scrollIntoViewIfNeeded();
			await expect(chart).toBeInViewport();
			await page.waitForTimeout(1000);
			expect(held.filter((url) => !url.includes('/nodes/')), 'figure code requested without the reader').toEqual([]);
			const drawn = () =>
				chart.evaluate((element) => {
					const box = element.getBoundingClientRect();
					const texts = [...element.querySelectorAll('text')].map((text) => text.getBoundingClientRect());
					const scales = [...element.querySelectorAll<SVGSVGElement>(':scope > svg')].map((svg) => svg.getScreenCTM()?.a ?? 0);
					return {
						box: [box.x, box.y + scrollY, box.width, box.height],
						// The smallest scale of its SVGs (1 = labels at their CSS size).
						scale: scales.length ? Math.min(...scales) : 0,
						// Every label inside the page's width.
						outside: texts.filter((r) => r.width > 0 && (r.left < -0.5 || r.right > innerWidth + 0.5)).length
					};
				});
			const before = await drawn();
			expect(before.scale, 'drawn at 1:1').toBe(1);
			expect(before.outside, 'labels outside the page').toBe(0);
			release();
			const island = chart.locator('xpath=ancestor::*[@data-island][1]');
			await island.dispatchEvent('touchstart');
			await expect(island).toHaveAttribute('data-live', '', { timeout: FIGURE_START_TIMEOUT });
			const after = await drawn();
			for (let i = 0; i < 4; i++) expect(Math.abs(after.box[i] - before.box[i]), `the chart's box [${i}] changed`).toBeLessThanOrEqual(1);
			expect(after.scale).toBe(1);
			expect(after.outside).toBe(0);
		});
	}
});

test('a query without any figure key starts no figure: ?utm_source=x', async ({ page }) => {
	for (const path of ['/en/lab/attention-masks/', '/zh/causal-prefix-encoder-decoder/']) {
		const requested: string[] = [];
		page.on('request', (request) => requested.push(request.url()));
		await page.goto(`${path}?utm_source=x`);
		await hydrated(page);
		await page.waitForTimeout(500);
		await expect(page.locator('[data-island]').first()).toBeAttached();
		await expect(page.locator('[data-island][data-live]'), path).toHaveCount(0);
	}
	// One of its own keys does start it.
	await page.goto('/en/lab/attention-masks/?view=compare');
	await expect(page.locator('[data-island="attention-masks"]')).toHaveAttribute('data-live', '');
});

test("a prerendered note for readers without JavaScript is not shown where JavaScript runs", async ({ page }) => {
	for (const lab of ['tiny-lm', 'transformer']) {
		await page.goto(`/en/lab/${lab}/`);
		await hydrated(page);
		await expect(page.locator('[data-note="needs-js"]')).toHaveCount(1);
		await expect(page.locator('[data-note="needs-js"]')).toBeHidden();
		await expect(page.getByText(/needs JavaScript/)).toBeHidden();
	}
});
