import type { Attachment } from 'svelte/attachments';

const SCROLLABLE = '.math-display, .table-scroll, .mask-scroll';

/**
 * Wide formulas and tables scroll sideways inside themselves on narrow screens. Where one actually overflows, make it
 * a keyboard stop so it can be scrolled without a mouse (WCAG 2.1.1); where it fits, leave it out of the tab order.
 * Checked when the container is first laid out and again whenever it is resized: by the ResizeObserver, after layout,
 * never during hydration (measuring then would force a layout of the whole page inside the start-up task). Only what is
 * drawn is measured: a block that waits off screen to be laid out (content-visibility: auto on concept pages) would be
 * laid out by the measuring, at load; its formulas and tables are checked when it is drawn, as the reader nears it.
 */
export function focusableScrollRegions(label: string): Attachment<HTMLElement> {
	return (root) => {
		const update = () => {
			// Markup that is already a labelled region (the mask figure's table) keeps its own name and tab stop.
			const candidates = [...root.querySelectorAll<HTMLElement>(SCROLLABLE)].filter(
				(element) =>
					(element.dataset.scrollRegion !== undefined || !element.hasAttribute('role')) &&
					element.checkVisibility({ contentVisibilityAuto: true })
			);
			// Read every width first, then write: a write between two reads would force a fresh layout per element.
			const overflowing = candidates.filter((element) => element.scrollWidth > element.clientWidth + 1);
			// Landmarks need distinct names: number them when there are several.
			overflowing.forEach((element, i) => {
				const name = overflowing.length > 1 ? `${label} (${i + 1}/${overflowing.length})` : label;
				if (element.dataset.scrollRegion === undefined) {
					element.dataset.scrollRegion = '';
					element.tabIndex = 0;
					element.setAttribute('role', 'region');
				}
				if (element.getAttribute('aria-label') !== name) element.setAttribute('aria-label', name);
			});
			for (const element of candidates) {
				if (element.dataset.scrollRegion === undefined || overflowing.includes(element)) continue;
				delete element.dataset.scrollRegion;
				element.removeAttribute('tabindex');
				element.removeAttribute('role');
				element.removeAttribute('aria-label');
			}
		};
		const observer = new ResizeObserver(update);
		observer.observe(root);
		// A waiting block drawn (or put away again): once a frame, however many change together.
		let queued = false;
		const drawnChanged = (event: Event) => {
			if (queued || (event as ContentVisibilityAutoStateChangeEvent).skipped) return;
			queued = true;
			requestAnimationFrame(() => {
				queued = false;
				update();
			});
		};
		root.addEventListener('contentvisibilityautostatechange', drawnChanged, { capture: true });
		return () => {
			observer.disconnect();
			root.removeEventListener('contentvisibilityautostatechange', drawnChanged, { capture: true });
		};
	};
}
