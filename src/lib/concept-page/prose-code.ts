// The part of a concept page's prose that needs Svelte: the cards' texts and the live self-check. prose-start.ts loads
// it (and with it Svelte's runtime) when the reader first reaches for the page, not at start-up.
import { flushSync, mount, type ComponentProps } from 'svelte';
import SelfCheck from '$lib/components/links/SelfCheck.svelte';

export { CARD_TEXTS } from '$lib/components/links/card-texts';

/** The live self-check, with the reader's saved answers, mounted where `element` is (the prerendered self-check),
 * which it replaces, keeping the radio buttons the reader picked in it meanwhile, and the keyboard focus. */
export function startSelfCheck(element: Element, props: ComponentProps<typeof SelfCheck>) {
	const picked = [...element.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')].map((input) => [input.name, input.value]);
	const focused = element.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
	const focusKey = focused instanceof HTMLInputElement ? [focused.name, focused.value] : null;
	const parent = element.parentElement;
	if (!parent) return;
	// Where the element is on screen, kept across the swap: the browser's scroll anchoring can lose the element it
	// anchored to when that is removed, and a link to #self-check on a phone then left the reader 730 px above it
	// (the prose above, laid out as it neared the screen, had grown meanwhile). Measuring lays the page out first.
	const top = element.getBoundingClientRect().top;
	mount(SelfCheck, { target: parent, anchor: element, props });
	const placed = element.previousElementSibling;
	element.remove();
	flushSync();
	const shift = (placed?.getBoundingClientRect().top ?? top) - top;
	if (Math.abs(shift) >= 1) scrollBy(0, shift);
	const find = ([name, value]: string[]) =>
		parent.querySelector<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`);
	for (const key of picked) {
		const input = find(key);
		if (input && !input.checked) input.click();
	}
	if (focusKey) find(focusKey)?.focus();
}
