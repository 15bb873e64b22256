// What a concept page adds to its prose as it starts (start.ts, from the entry start-concept-page.ts): term and
// citation cards, its figures as islands, and the self-check with the reader's saved answers when it nears the
// screen. Only concept pages have prose, so only they load this file and, with it, Svelte's runtime (the cards and
// the self-check are Svelte components).
import { flushSync, mount, type Component } from 'svelte';
import SelfCheck from '$lib/components/links/SelfCheck.svelte';
import { enhanceProse } from '$lib/components/links/enhance-prose';
import type { ConceptPageStart } from './page-start';

/** Mounts `Component` where `element` is and removes `element` (the same component's prerendered markup), keeping
 * the radio buttons the reader picked in it meanwhile, and the keyboard focus. */
function replaceWith<Props extends Record<string, unknown>>(element: Element, Component: Component<Props>, props: Props) {
	const picked = [...element.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')].map((input) => [input.name, input.value]);
	const focused = element.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
	const focusKey = focused instanceof HTMLInputElement ? [focused.name, focused.value] : null;
	const parent = element.parentElement;
	if (!parent) return;
	// Where the element is on screen, kept across the swap: the browser's scroll anchoring can lose the element it
	// anchored to when that is removed, and a link to #self-check on a phone then left the reader 730 px above it
	// (the prose above, laid out as it neared the screen, had grown meanwhile). Measuring lays the page out first.
	const top = element.getBoundingClientRect().top;
	mount(Component, { target: parent, anchor: element, props });
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

/** Runs `start` once, when `element` comes within a screen of the viewport or the reader points at, touches,
 * focuses or changes something in it. */
function whenNear(element: HTMLElement, start: () => void) {
	const triggers = ['pointerenter', 'touchstart', 'focusin', 'change'] as const;
	let started = false;
	const go = () => {
		if (started) return;
		started = true;
		sight.disconnect();
		for (const type of triggers) element.removeEventListener(type, go);
		start();
	};
	const sight = new IntersectionObserver(
		(entries) => {
			if (entries.some((entry) => entry.isIntersecting)) go();
		},
		{ rootMargin: '100% 0px' }
	);
	sight.observe(element);
	for (const type of triggers) element.addEventListener(type, go, { passive: true });
}

export function startProse({ lang, slug, links }: ConceptPageStart) {
	const prose = document.querySelector<HTMLElement>('.prose-body');
	if (prose) enhanceProse(prose, lang, links);
	// The self-check, below the fold, comes to life with the reader's saved answers when it nears the screen or the
	// reader reaches for it (a pick made before is kept): a page that is only read pays nothing for it.
	const selfCheck = document.querySelector<HTMLElement>('#self-check');
	if (selfCheck) whenNear(selfCheck, () => replaceWith(selfCheck, SelfCheck, { lang, slug, questions: links.questions }));
}
