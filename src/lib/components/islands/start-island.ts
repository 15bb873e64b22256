// How an island comes to life: the figure's prerendered markup stays in place until the reader reaches for it
// (pointer, touch or keyboard focus), or at once when the link carries settings or when there is no prerendered markup
// (the page was rendered in the browser). Then the figure's code is fetched, the live figure replaces the static one
// and gets what the reader already did to it: text typed, sliders moved, radios picked, buttons pressed, and focus.
// Used by Island.svelte and, for islands in a concept page's prose (which is not hydrated), by enhance-prose.ts.
import { flushSync, mount, unmount } from 'svelte';
import { newVersionOut, showNewVersionNote } from '$lib/deploy/new-version';
import { FIGURES, type FigureModule, type FigureName } from './figures';

type Control = HTMLInputElement | HTMLTextAreaElement;

/** A control's value before anyone touched it: its default as the browser holds it (a slider snaps a default that is
 * off its steps, 9.30103 to 9.3, so comparing with the attribute's text would see an edit that never happened). */
function untouched(control: Control): string {
	if (control instanceof HTMLTextAreaElement) return control.defaultValue;
	// A fresh input with the same attributes (a clone would copy the edited value along with them).
	const probe = document.createElement('input');
	for (const name of ['type', 'min', 'max', 'step', 'value']) {
		const value = control.getAttribute(name);
		if (value !== null) probe.setAttribute(name, value);
	}
	return probe.value;
}

/** What the reader changed in the static figure before its code arrived: typed text, moved sliders, picked radios. */
function editsIn(root: HTMLElement) {
	return [...root.querySelectorAll<Control>('input[name], textarea[name]')]
		.filter((c) => (c instanceof HTMLInputElement && c.type === 'radio' ? c.checked && !c.defaultChecked : c.value !== untouched(c)))
		.map((c) => ({ name: c.name, value: c.value, radio: c instanceof HTMLInputElement && c.type === 'radio' }));
}

/** Applies those changes to the live figure through its own event handlers, so nothing typed is lost. */
function replay(root: HTMLElement, edits: ReturnType<typeof editsIn>) {
	for (const { name, value, radio } of edits) {
		const selector = radio ? `input[name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]` : `[name="${CSS.escape(name)}"]`;
		const control = root.querySelector<Control>(selector);
		if (!control) continue;
		if (radio) (control as HTMLInputElement).checked = true;
		else control.value = value;
		control.dispatchEvent(new Event(radio ? 'change' : 'input', { bubbles: true }));
		flushSync();
	}
}

const TRIGGERS = ['pointerenter', 'focusin', 'touchstart'] as const;
const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** Makes `host` (holding the figure's static markup, or nothing) an island of figure `name`; returns the clean-up.
 * When the live figure is in, `host` gets a `data-live` attribute. */
export function startIsland(host: HTMLElement, name: FigureName, props: Record<string, unknown>): () => void {
	let instance: ReturnType<typeof mount> | undefined;
	let cancelled = false;
	/** Buttons pressed in the static figure before its code arrived, by position (the live figure starts from the same
	 * settings, so it has the same buttons in the same order). */
	const pressed: number[] = [];
	const recordPress = (event: Event) => {
		const button = (event.target as Element | null)?.closest('button');
		if (button && host.contains(button)) pressed.push([...host.querySelectorAll('button')].indexOf(button));
	};
	const stopListening = () => {
		for (const type of TRIGGERS) host.removeEventListener(type, start);
		host.removeEventListener('click', recordPress, true);
	};
	async function start() {
		for (const type of TRIGGERS) host.removeEventListener(type, start);
		// A page from an older deploy: its figure code may be gone from the host (src/lib/deploy/new-version.ts).
		let module: FigureModule | undefined;
		if (!(await newVersionOut())) module = await FIGURES[name]().catch(() => undefined);
		if (cancelled || instance) return;
		if (!module) {
			stopListening();
			return showNewVersionNote(host);
		}
		const { default: Figure } = module;
		host.removeEventListener('click', recordPress, true);
		// Where the keyboard was: by name for form controls, else by position among the focusable elements.
		const active = host.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
		const focused = active?.getAttribute('name') ?? null;
		const focusedIndex = active ? [...host.querySelectorAll(FOCUSABLE)].indexOf(active) : -1;
		const edits = editsIn(host);
		host.replaceChildren();
		instance = mount(Figure, { target: host, props: props as never });
		flushSync();
		replay(host, edits);
		for (const index of pressed) {
			host.querySelectorAll('button')[index]?.click();
			flushSync();
		}
		host.setAttribute('data-live', '');
		if (focused) host.querySelector<HTMLElement>(`[name="${CSS.escape(focused)}"]`)?.focus();
		else if (focusedIndex >= 0) host.querySelectorAll<HTMLElement>(FOCUSABLE)[focusedIndex]?.focus();
	}
	// The prerendered figure already shows the default settings, so its code is fetched and run only when the reader
	// reaches for it — a page with figures costs no more main-thread time to load than one without. A link with
	// settings in its query starts the figures at once, to show those settings; so does a figure rendered in the
	// browser (the reader came by a client-side link), which has no prerendered markup to show meanwhile.
	host.addEventListener('click', recordPress, true);
	for (const type of TRIGGERS) host.addEventListener(type, start, { passive: true });
	if (location.search.length > 1 || !host.firstElementChild) void start();
	return () => {
		cancelled = true;
		stopListening();
		if (instance) unmount(instance);
	};
}
