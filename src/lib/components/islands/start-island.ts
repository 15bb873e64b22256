// How an island comes to life: the figure's prerendered markup stays in place until the reader reaches for it
// (pointer, touch or keyboard focus), or at once when the link carries one of the figure's own settings, when there is
// no prerendered markup (the page was rendered in the browser), or when a chart in it was laid out at another width
// than it is shown at. Then the figure's code is fetched, the live figure replaces the static one and gets what the
// reader already did to it: text typed, sliders moved, boxes checked, radios and options picked, buttons pressed,
// tables opened or closed, a press on a drawn part (a mask cell), and focus. The rules are written down in docs/islands.md.
// Used by startIslands below, on every island Island.svelte prerendered (a lab page, an index, a concept page's prose).
// Svelte's runtime comes with the first figure's code, not before: a page whose figures wait loads none of it.
import { importIfCurrent, showNewVersionNote } from '$lib/deploy/new-version';
import { carriesSettings, FIGURES, type FigureModule, type FigureName } from './figures';
import { released } from './released';

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
const CONTROLS = 'input, textarea, select';

/** A control's value before anyone touched it: its default as the browser holds it (a slider snaps a default that is
 * off its steps, 9.30103 to 9.3, so comparing with the attribute's text would see an edit that never happened). */
function untouched(control: HTMLInputElement | HTMLTextAreaElement): string {
	if (control instanceof HTMLTextAreaElement) return control.defaultValue;
	// A fresh input with the same attributes (a clone would copy the edited value along with them).
	const probe = document.createElement('input');
	for (const name of ['type', 'min', 'max', 'step', 'value']) {
		const value = control.getAttribute(name);
		if (value !== null) probe.setAttribute(name, value);
	}
	return probe.value;
}

const checkable = (c: Control): c is HTMLInputElement => c instanceof HTMLInputElement && (c.type === 'checkbox' || c.type === 'radio');

/** Names a control so the same control can be found in the live figure: its name (with its value, for boxes and radios
 * that share a name), else its position among the figure's controls (the live figure starts from the same settings,
 * so it has the same controls in the same order). */
function controlKey(control: Control, all: Control[]): string {
	if (control.name) return checkable(control) ? `${control.name}\n${control.value}` : control.name;
	return `#${all.indexOf(control)}`;
}

type Edit = { key: string; value: string; checked: boolean };

/** What the reader changed in the static figure before its code arrived, control by control. */
function editsIn(root: HTMLElement): Edit[] {
	const all = [...root.querySelectorAll<Control>(CONTROLS)];
	const edits: Edit[] = [];
	for (const control of all) {
		if (control instanceof HTMLInputElement && ['button', 'submit', 'reset', 'file', 'hidden'].includes(control.type)) continue;
		const changed = checkable(control)
			? control.checked !== control.defaultChecked
			: control instanceof HTMLSelectElement
				? [...control.options].some((option) => option.selected !== option.defaultSelected)
				: control.value !== untouched(control);
		// A radio that lost its check is undone by checking its neighbour, which is an edit of its own.
		if (!changed || (control instanceof HTMLInputElement && control.type === 'radio' && !control.checked)) continue;
		edits.push({ key: controlKey(control, all), value: control.value, checked: checkable(control) && control.checked });
	}
	return edits;
}

/** Svelte's runtime, fetched with a figure's code. */
type Svelte = typeof import('svelte');

/** Applies those changes to the live figure through its own event handlers (input, then change, as a browser sends
 * them), so nothing the reader did is lost; `flushSync` is Svelte's, which applies each before the next. */
function replay(root: HTMLElement, edits: Edit[], flushSync: () => void) {
	const all = [...root.querySelectorAll<Control>(CONTROLS)];
	const byKey = new Map(all.map((control) => [controlKey(control, all), control]));
	for (const { key, value, checked } of edits) {
		const control = byKey.get(key);
		if (!control || control.disabled) continue;
		if (checkable(control)) {
			if (control.checked === checked) continue;
			control.checked = checked;
		} else {
			if (control.value === value) continue;
			control.value = value;
			// An option the live figure does not offer: leave the control as the figure set it.
			if (control.value !== value) continue;
		}
		control.dispatchEvent(new Event('input', { bubbles: true }));
		control.dispatchEvent(new Event('change', { bubbles: true }));
		flushSync();
	}
}

/** A figure's disclosures (a table of its values, its weights) by what their summary says, and which of those with the
 * same summary each is: the live figure starts from the same settings, so it has the same ones, though some only once
 * its data has loaded (the Transformer lab's reverse panel). */
function disclosures(root: HTMLElement): Map<string, HTMLDetailsElement> {
	const found = new Map<string, HTMLDetailsElement>();
	const seen = new Map<string, number>();
	for (const details of root.querySelectorAll('details')) {
		const summary = details.querySelector(':scope > summary')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
		const nth = seen.get(summary) ?? 0;
		seen.set(summary, nth + 1);
		found.set(`${summary}\n${nth}`, details);
	}
	return found;
}

/** Opens or closes the live figure's disclosures as the reader left them in the static one (`wanted`, by key), now for
 * those it has and the others as they appear, until the reader presses anything in the live figure (what they do
 * there is theirs). The figure hears of it through the details' own toggle event. Returns the clean-up. */
function keepDisclosures(root: HTMLElement, wanted: Map<string, boolean>): () => void {
	const apply = () => {
		for (const [key, details] of disclosures(root)) {
			const open = wanted.get(key);
			if (open === undefined) continue;
			wanted.delete(key);
			details.open = open;
		}
		if (wanted.size === 0) stop();
	};
	const observer = new MutationObserver(apply);
	// The reader's own press (by pointer or keyboard: a click either way; setting `open` here makes none).
	const claim = (event: Event) => {
		if (event.isTrusted) stop();
	};
	const stop = () => {
		observer.disconnect();
		root.removeEventListener('click', claim, true);
	};
	observer.observe(root, { childList: true, subtree: true });
	root.addEventListener('click', claim, true);
	apply();
	return stop;
}

/** What starts a waiting figure: the reader reaching for it, or a change made to one of its controls without either
 * (assistive technology and automation can set a select or a box without focusing it first). */
const TRIGGERS = ['pointerenter', 'focusin', 'touchstart', 'input', 'change'] as const;
const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';
/** What a press is recorded on: buttons, and drawn elements that act as one (an atlas model, an SVG `role="button"`). */
const PRESSABLE = 'button, [role="button"]';
/** What is not a drawn part: controls, links and disclosures are replayed by their own rules above. */
const NOT_DRAWN = `${PRESSABLE}, ${CONTROLS}, a[href], label, summary`;
/** Charts that measure their width mark the element they measure with `data-fits-width="min max"`: the widths (CSS
 * px, clientWidth) at which their markup is what the live chart would draw (`"720 720"` for a chart laid out at
 * exactly 720 px; `"600 100000"` for one that only switches layout under 600 px). */
const LAID_OUT = '[data-fits-width]';

/** Makes `host` (holding the figure's static markup, or nothing) an island of figure `name`; returns the clean-up.
 * When the live figure is in, `host` gets a `data-live` attribute. */
export function startIsland(host: HTMLElement, name: FigureName, props: Record<string, unknown>): () => void {
	let instance: ReturnType<Svelte['mount']> | undefined;
	let svelte: Svelte | undefined;
	let started = false;
	let cancelled = false;
	/** Buttons pressed in the static figure before its code arrived, by position among them. */
	const pressed: number[] = [];
	/** Disclosures whose summary was pressed in the static figure (a press toggles one, by pointer or keyboard). */
	const toggledDisclosures = new Set<HTMLDetailsElement>();
	const recordPress = (event: Event) => {
		const details = (event.target as Element | null)?.closest('summary')?.parentElement;
		if (details instanceof HTMLDetailsElement && host.contains(details)) toggledDisclosures.add(details);
		const button = (event.target as Element | null)?.closest(PRESSABLE);
		if (button && host.contains(button)) pressed.push([...host.querySelectorAll(PRESSABLE)].indexOf(button));
	};
	/** Where the reader last pressed a drawn part of the static figure (a mask cell, a point), in page coordinates;
	 * null once they used the keyboard since (then the focus they moved is what counts). */
	let drawnPress: { x: number; y: number } | null = null;
	const recordPoint = (event: PointerEvent) => {
		if (!event.isTrusted) return;
		const target = event.target as Element | null;
		drawnPress = target && !target.closest(NOT_DRAWN) ? { x: event.clientX + scrollX, y: event.clientY + scrollY } : null;
	};
	/** A key pressed since, or a touch that became a scroll (the browser cancels its pointer): no press to replay. */
	const forgetPoint = () => (drawnPress = null);
	let stopKeepingDisclosures: (() => void) | undefined;
	let watchers: (ResizeObserver | IntersectionObserver)[] = [];
	const stopListening = () => {
		for (const type of TRIGGERS) host.removeEventListener(type, start);
		host.removeEventListener('click', recordPress, true);
		host.removeEventListener('pointerdown', recordPoint, true);
		host.removeEventListener('keydown', forgetPoint, true);
		host.removeEventListener('pointercancel', forgetPoint, true);
		for (const watcher of watchers) watcher.disconnect();
		watchers = [];
	};
	async function start() {
		if (started) return;
		started = true;
		for (const type of TRIGGERS) host.removeEventListener(type, start);
		for (const watcher of watchers) watcher.disconnect();
		// A page from an older deploy: its figure code may be gone from the host (src/lib/deploy/new-version.ts).
		const loaded = await importIfCurrent(() => Promise.all([FIGURES[name](props) as Promise<FigureModule>, import('svelte')]));
		// A key or pointer held down on the static figure is let go first, and its press recorded, to be done again.
		await released(host);
		if (cancelled || instance) return;
		if (!loaded) {
			stopListening();
			return showNewVersionNote(host);
		}
		const [{ default: Figure }, runtime] = loaded;
		svelte = runtime;
		const { mount, flushSync } = runtime;
		stopListening();
		// Where the keyboard was: by name for form controls, else by position among the focusable elements.
		const active = host.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
		const focused = active?.getAttribute('name') ?? null;
		const focusedIndex = active ? [...host.querySelectorAll(FOCUSABLE)].indexOf(active) : -1;
		const edits = editsIn(host);
		const toggled = new Map([...disclosures(host)].filter(([, details]) => toggledDisclosures.has(details)).map(([key, details]) => [key, details.open]));
		host.replaceChildren();
		instance = mount(Figure, { target: host, props: props as never });
		flushSync();
		replay(host, edits, flushSync);
		if (toggled.size > 0) stopKeepingDisclosures = keepDisclosures(host, toggled);
		for (const index of pressed) {
			// A click event rather than click(): SVG elements have no click().
			host.querySelectorAll(PRESSABLE)[index]?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
			flushSync();
		}
		host.setAttribute('data-live', '');
		if (drawnPress) pressAgain(drawnPress, flushSync);
		else if (focused) host.querySelector<HTMLElement>(`[name="${CSS.escape(focused)}"]`)?.focus();
		else if (focusedIndex >= 0) host.querySelectorAll<HTMLElement>(FOCUSABLE)[focusedIndex]?.focus();
	}
	/** A press on a drawn part, done again on what the live figure draws at that point: focus goes where a press there
	 * puts it, then a click (a figure's drawn parts answer a click; see docs/islands.md). Positions in the static figure
	 * and the live one are the same (the live figure is drawn over the same place, the same size). */
	function pressAgain({ x, y }: { x: number; y: number }, flushSync: () => void) {
		const clientX = x - scrollX;
		const clientY = y - scrollY;
		const hit = document.elementFromPoint(clientX, clientY);
		if (!hit || !host.contains(hit) || hit.closest(NOT_DRAWN)) return;
		hit.closest<HTMLElement | SVGElement>(FOCUSABLE)?.focus({ preventScroll: true });
		hit.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, clientX, clientY }));
		flushSync();
	}
	// The prerendered figure already shows the default settings, so its code is fetched and run only when the reader
	// reaches for it — a page with figures costs no more main-thread time to load than one without. A link with this
	// figure's settings in its query starts it at once, to show those settings; so does a figure rendered in the
	// browser (the reader came by a client-side link), which has no prerendered markup to show meanwhile.
	host.addEventListener('click', recordPress, true);
	host.addEventListener('pointerdown', recordPoint, true);
	host.addEventListener('keydown', forgetPoint, true);
	host.addEventListener('pointercancel', forgetPoint, true);
	for (const type of TRIGGERS) host.addEventListener(type, start, { passive: true });
	if (carriesSettings(location.search, name) || !host.firstElementChild) void start();
	else watchWidth();
	return () => {
		cancelled = true;
		stopListening();
		stopKeepingDisclosures?.();
		if (instance) svelte?.unmount(instance);
	};

	/** A chart whose layout depends on its width was prerendered at a guess of it. When it is shown at another width
	 * and is on screen, the figure starts before the reader reaches for it, so the chart is laid out at its real width
	 * before any input and nothing moves under the pointer. Off screen it waits: the reader cannot point at it. */
	function watchWidth() {
		const charts = [...host.querySelectorAll<HTMLElement>(LAID_OUT)];
		if (charts.length === 0 || typeof ResizeObserver === 'undefined' || typeof IntersectionObserver === 'undefined') return;
		let misfit = false;
		let visible = false;
		const check = () => {
			if (misfit && visible) void start();
		};
		// clientWidth, as the charts' own bind:clientWidth measures; read in the observer's callback, after layout.
		const sizes = new ResizeObserver(() => {
			misfit = charts.some((chart) => {
				const [min, max] = (chart.dataset.fitsWidth ?? '').split(' ').map(Number);
				const width = chart.clientWidth;
				return width > 0 && !(width >= min - 1 && width <= max + 1);
			});
			check();
		});
		const sight = new IntersectionObserver(
			(entries) => {
				visible = entries.some((entry) => entry.isIntersecting);
				check();
			},
			{ rootMargin: '200px 0px' }
		);
		for (const chart of charts) sizes.observe(chart);
		sight.observe(host);
		watchers = [sizes, sight];
	}
}

/** Makes every prerendered figure under `root` an island, from the name and props Island.svelte writes into the page
 * (a concept page's prose, a lab page); returns the clean-up. Used where SvelteKit does not run. */
export function startIslands(root: HTMLElement): () => void {
	const cleanups = [...root.querySelectorAll<HTMLElement>('[data-island]')].map((host) => {
		const props = JSON.parse(host.dataset.props ?? '{}') as Record<string, unknown>;
		return startIsland(host, host.dataset.island as FigureName, props);
	});
	return () => {
		for (const cleanup of cleanups) cleanup();
	};
}
