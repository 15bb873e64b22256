// Keyboard only, on every lab page: the skip link is the first stop and moves focus into the page; the header's
// controls come next; then Tab walks the whole page, and every focusable control inside every figure island is
// reached, each stop shows a visible focus indicator, and Tab always leaves each figure again (nothing traps focus).
// Generic over figures: it reads the controls from the live DOM, so a new lab page in LAB_PAGES is covered as is.
import { expect, test, type Page } from '@playwright/test';
import { figuresLive, hydrated, LAB_PAGES, watchPage } from './site';

/** What a Tab stop is, read in the page: a description, which island holds it, and whether focus shows. */
interface Stop {
	key: string;
	island: string | null;
	visible: boolean;
	style: string;
	/** The skip link: the walk came round to the start again. */
	skipLink: boolean;
}

// Far more stops than any page has: reaching it means Tab went round in circles somewhere.
const MAX_STOPS = 1000;

/** Describes the focused element (runs in the page). */
function describeFocus(): Stop | null {
	const element = document.activeElement;
	if (!element || element === document.body || element === document.documentElement) return null;
	const key = element.getAttribute('data-key-id') ?? '';
	const island = element.closest('[data-island]')?.getAttribute('data-island') ?? null;
	// The focus colour, resolved: SVG marks show focus with a stroke in it rather than an outline.
	const probe = document.createElement('span');
	probe.style.color = 'var(--focus)';
	document.body.append(probe);
	const focusColour = getComputedStyle(probe).color;
	probe.remove();
	const style = getComputedStyle(element);
	const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
	const shadow = style.boxShadow !== 'none';
	const stroke = [element, ...element.querySelectorAll('*')].some((el) => {
		const s = getComputedStyle(el);
		return s.stroke === focusColour && parseFloat(s.strokeWidth) > 0;
	});
	return {
		key,
		island,
		visible: outline || shadow || (element instanceof SVGElement && stroke),
		style: `outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow}, stroke ${style.stroke}`,
		skipLink: element.classList.contains('skip-link')
	};
}

/** Tags every control a keyboard user should be able to reach inside the islands, and returns their ids, per island.
 * Radio buttons count once per group (Tab reaches a group, arrows move within it). */
async function tagIslandControls(page: Page) {
	return page.evaluate(() => {
		const FOCUSABLE =
			'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
		const result: Record<string, string[]> = {};
		let next = 0;
		for (const island of document.querySelectorAll('[data-island]')) {
			const name = island.getAttribute('data-island')!;
			const wanted: string[] = [];
			const groups = new Set<string>();
			for (const element of island.querySelectorAll<HTMLElement | SVGElement>(FOCUSABLE)) {
				if ((element as HTMLInputElement).disabled || element.getAttribute('tabindex') === '-1') continue;
				if (element.closest('[inert], [hidden]')) continue;
				if (!element.checkVisibility({ visibilityProperty: true })) continue;
				const radio = element instanceof HTMLInputElement && element.type === 'radio';
				if (radio && groups.has(element.name)) continue;
				const id = `k${next++}`;
				element.setAttribute('data-key-id', id);
				if (radio) {
					groups.add(element.name);
					// Any radio of the group counts as reaching it.
					for (const radio of island.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(element.name)}"]`)) {
						radio.setAttribute('data-key-id', `${id}`);
					}
				}
				wanted.push(id);
			}
			result[`${name}#${Object.keys(result).length}`] = wanted;
		}
		return result;
	});
}

/** From a fresh load: the skip link is the first Tab stop and shows; the header's controls follow with visible focus;
 * Enter on the skip link moves focus into the main content. */
async function skipLinkAndHeader(page: Page, lang: string | null) {
	await page.keyboard.press('Tab');
	const skip = page.locator('a.skip-link');
	await expect(skip).toBeFocused();
	// It shows when focused, inside the viewport.
	const box = await skip.boundingBox();
	expect(box && box.y >= 0 && box.height > 0).toBe(true);
	expect((await page.evaluate(describeFocus))?.visible).toBe(true);
	// Past it: the site name, the header's links and search box, the language switch, the theme toggle, each with
	// visible focus, in that order.
	const header: string[] = [];
	while (header.length < 12 && !/theme-toggle/.test(header.at(-1) ?? '')) {
		await page.keyboard.press('Tab');
		const stop = await page.evaluate(describeFocus);
		expect(stop?.visible, stop?.style).toBe(true);
		header.push(await page.evaluate(() => document.activeElement?.className.toString() ?? ''));
	}
	expect(header.join(' ')).toMatch(/site-name.*language-switch.*theme-toggle/);
	// Back to the skip link, and use it: focus lands in the main content, and the next Tab stays there.
	for (let i = 0; i < header.length; i++) await page.keyboard.press('Shift+Tab');
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main#main')).toBeFocused();
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
	expect(lang).not.toBeNull();
}

for (const { path, lang } of LAB_PAGES) {
	test(`${path}: the skip link and header work from the keyboard; Tab reaches every control in every figure, with visible focus, and leaves each figure`, async ({ page }) => {
		test.setTimeout(180_000);
		const watch = watchPage(page);
		await page.goto(path);
		await hydrated(page);
		await skipLinkAndHeader(page, lang);
		await figuresLive(page);
		const wanted = await tagIslandControls(page);
		expect(Object.keys(wanted).length).toBeGreaterThan(0);
		// Start at the top of the document, as a fresh visit does.
		await page.evaluate(() => {
			(document.activeElement as HTMLElement | null)?.blur();
			window.scrollTo(0, 0);
		});
		await page.locator('a.skip-link').focus();

		const stops: Stop[] = [];
		const invisible: string[] = [];
		for (let i = 0; i < MAX_STOPS; i++) {
			await page.keyboard.press('Tab');
			const stop = await page.evaluate(describeFocus);
			if (!stop) break; // past the last element: focus went back to the browser
			if (!stop.visible) invisible.push(`${stop.key || (await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120)))}: ${stop.style}`);
			stops.push(stop);
			if (stop.skipLink) break; // wrapped around
		}
		expect(stops.length, 'the walk ended within the stop limit').toBeLessThan(MAX_STOPS);
		expect(invisible, 'stops without a visible focus indicator').toEqual([]);

		const reached = new Set(stops.map((s) => s.key));
		for (const [island, ids] of Object.entries(wanted)) {
			const missed = ids.filter((id) => !reached.has(id));
			const missedHtml = await page.evaluate(
				(list) => list.map((id) => document.querySelector(`[data-key-id="${id}"]`)?.outerHTML.slice(0, 140)),
				missed
			);
			expect(missedHtml, `controls of ${island} never reached by Tab`).toEqual([]);
		}
		// Each figure is entered and left again: after its last stop comes a stop outside it (the walk above also ended,
		// so focus was never caught in a loop).
		for (const island of new Set(stops.map((s) => s.island).filter(Boolean))) {
			const last = stops.findLastIndex((s) => s.island === island);
			expect(stops.slice(last + 1).some((s) => s.island !== island), `Tab leaves ${island}`).toBe(true);
		}
		watch.expectClean();
	});
}

/** The keys that must change each kind of form control; radio groups last (a change redraws the figure). */
const OPERABLE = [
	{ kind: 'slider', selector: 'input[type="range"]', keys: ['ArrowRight', 'ArrowLeft'] },
	{ kind: 'checkbox', selector: 'input[type="checkbox"]', keys: ['Space'] },
	{ kind: 'text box', selector: 'textarea, input[type="text"], input[type="search"], input:not([type])', keys: ['End', 'x'] },
	{ kind: 'radio group', selector: 'input[type="radio"]:checked', keys: ['ArrowRight', 'ArrowLeft'] },
];

/** Tags the figures' form controls a fresh page shows and enables (data-operable="kind index"), in document order and
 * kind by kind, so a reload tags the same controls with the same names; radio buttons: the first checked one only (a
 * radio group re-renders its figure). Runs in the page. */
function tagOperable(kinds: { kind: string; selector: string }[]): string[] {
	const tags: string[] = [];
	for (const { kind, selector } of kinds) {
		const controls = [...document.querySelectorAll<HTMLInputElement>(`[data-island] :is(${selector})`)].filter(
			(el) => !el.disabled && el.checkVisibility({ visibilityProperty: true })
		);
		for (const [i, control] of (kind === 'radio group' ? controls.slice(0, 1) : controls).entries()) {
			const tag = `${kind} ${i}`;
			control.setAttribute('data-operable', tag);
			tags.push(tag);
		}
	}
	return tags;
}

for (const { path } of LAB_PAGES) {
	test(`${path}: every slider, checkbox, radio group and text box in the figures works from the keyboard`, async ({ page }) => {
		test.setTimeout(180_000);
		const watch = watchPage(page);
		// One page for all of them, radio last; a control that an earlier change hid, disabled or drew anew is worked on
		// a fresh load, so each is worked from the state a reader finds it in or close to it.
		let pending: string[] = [];
		for (let load = 0; load === 0 || pending.length > 0; load++) {
			expect(load, `${path}: controls still not worked after ${load} loads: ${pending.join(', ')}`).toBeLessThan(4);
			await page.goto(path);
			await figuresLive(page);
			const tags = await page.evaluate(tagOperable, OPERABLE.map(({ kind, selector }) => ({ kind, selector })));
			if (load === 0) {
				pending = tags;
				expect(pending.length, `${path}: form controls in the figures`).toBeGreaterThan(0);
			}
			const left: string[] = [];
			for (const tag of pending) {
				const { keys } = OPERABLE.find(({ kind }) => tag.startsWith(`${kind} `))!;
				const control = page.locator(`[data-operable="${tag}"]`);
				if ((await control.count()) === 0 || !(await control.isVisible()) || !(await control.isEnabled())) {
					left.push(tag);
					continue;
				}
				const state = () =>
					control.evaluate((el: HTMLInputElement) => {
						if (el.type === 'radio') {
							const group = el.form?.elements.namedItem(el.name) ?? document.getElementsByName(el.name);
							return [...(group as unknown as Iterable<HTMLInputElement>)].find((r) => r.checked)?.value ?? '';
						}
						return el.type === 'checkbox' ? String(el.checked) : el.value;
					});
				const name = `${tag} (${(await control.getAttribute('name')) ?? 'no name'})`;
				const before = await state();
				await control.focus();
				let changed = false;
				for (const key of keys) {
					await page.keyboard.press(key);
					if ((await state()) !== before) {
						changed = true;
						break;
					}
				}
				expect(changed, `${path}: the keyboard does not change the ${name}`).toBe(true);
			}
			pending = left;
		}
		watch.expectClean();
	});
}
