// Behaviour shared by term cards and citation cards. The card shows on hover and focus through CSS; this attachment
// fills it (onShow) when it is first about to show, and adds what CSS cannot: a first tap on a touch screen opens the
// card instead of following the link, Escape dismisses it, and the card is nudged left to stay on screen.
import type { Attachment } from 'svelte/attachments';

/** Each card's placing, called when its size changes (one observer for all of a page's cards). */
const placers = new WeakMap<Element, () => void>();
let resized: ResizeObserver | undefined;

/** `onShow` runs whenever the card is about to show (e.g. to render its content on first use). */
export const hoverCard = (onShow?: () => void): Attachment<HTMLElement> => (root) => {
	const link = root.querySelector('a');
	const card = root.querySelector<HTMLElement>('[role="tooltip"]');
	if (!link || !card) return;
	let touch = false;

	const open = () => {
		root.removeAttribute('data-dismissed');
		root.setAttribute('data-open', '');
		onShow?.();
	};
	const close = () => root.removeAttribute('data-open');
	/** Shifts the shown card left as far as it overflows the screen's right edge (8 px in), never past its left edge.
	 * The shift is a transform, so the card's size, and its own measure, stay the same. */
	const place = () => {
		const rect = card.getBoundingClientRect();
		if (rect.width === 0) return;
		const shift = parseFloat(card.style.getPropertyValue('--shift')) || 0;
		const overflow = rect.right - shift - (document.documentElement.clientWidth - 8);
		if (overflow > 0) card.style.setProperty('--shift', `${-Math.min(overflow, Math.max(0, rect.left - shift - 8))}px`);
		else card.style.removeProperty('--shift');
	};
	// Placed whenever it shows (from hidden, its size changes) and whenever its size changes while shown, after layout
	// and before it is painted: its text can arrive after it has opened (a first tap before the page's code), and an
	// empty card, placed once a frame after opening, had overflowed a 360 px screen by 44 px once filled.
	placers.set(card, place);
	resized ??= new ResizeObserver((entries) => {
		for (const entry of entries) placers.get(entry.target)?.();
	});
	resized.observe(card);
	const onPointerDown = (event: PointerEvent) => {
		touch = event.pointerType !== 'mouse';
		onShow?.();
	};
	const onClick = (event: MouseEvent) => {
		// First tap opens the card; a second tap on the same term follows the link.
		if (touch && !root.hasAttribute('data-open')) {
			event.preventDefault();
			open();
		}
		touch = false;
	};
	const onKey = (event: KeyboardEvent) => {
		if (event.key !== 'Escape') return;
		if (root.hasAttribute('data-dismissed') && !root.hasAttribute('data-open')) return;
		close();
		root.setAttribute('data-dismissed', '');
	};
	const onDocumentKey = (event: KeyboardEvent) => {
		if (root.hasAttribute('data-open') || root.matches(':hover') || root.contains(document.activeElement)) onKey(event);
	};
	const onOutside = (event: PointerEvent) => {
		if (!root.contains(event.target as Node)) close();
	};
	const reset = () => {
		if (!root.matches(':hover') && !root.contains(document.activeElement)) {
			root.removeAttribute('data-dismissed');
			close();
		}
	};

	link.addEventListener('pointerdown', onPointerDown);
	link.addEventListener('click', onClick);
	root.addEventListener('mouseenter', () => onShow?.());
	root.addEventListener('focusin', (event) => {
		// Focus arriving from elsewhere undoes an earlier Escape at once: the reset after focusout runs a task later and,
		// when the reader tabs away and straight back, finds focus already home and would keep the card dismissed.
		if (!root.contains(event.relatedTarget as Node | null)) root.removeAttribute('data-dismissed');
		onShow?.();
	});
	root.addEventListener('mouseleave', reset);
	root.addEventListener('focusout', () => setTimeout(reset));
	document.addEventListener('keydown', onDocumentKey);
	document.addEventListener('pointerdown', onOutside);
	return () => {
		resized?.unobserve(card);
		placers.delete(card);
		document.removeEventListener('keydown', onDocumentKey);
		document.removeEventListener('pointerdown', onOutside);
	};
};
