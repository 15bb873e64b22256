import type { Attachment } from 'svelte/attachments';

const SCROLLABLE = '.katex-display, .table-scroll';

/**
 * Wide formulas and tables scroll sideways inside themselves on narrow screens. Where one actually overflows, make it
 * a keyboard stop so it can be scrolled without a mouse (WCAG 2.1.1); where it fits, leave it out of the tab order.
 * Checked when the container is first laid out and again whenever it is resized: by the ResizeObserver, after layout,
 * never during hydration (measuring then would force a layout of the whole page inside the start-up task).
 */
export function focusableScrollRegions(label: string): Attachment<HTMLElement> {
	return (root) => {
		const update = () => {
			for (const element of root.querySelectorAll<HTMLElement>(SCROLLABLE)) {
				if (element.scrollWidth > element.clientWidth + 1) {
					element.tabIndex = 0;
					element.setAttribute('role', 'region');
					element.setAttribute('aria-label', label);
				} else if (element.hasAttribute('tabindex')) {
					element.removeAttribute('tabindex');
					element.removeAttribute('role');
					element.removeAttribute('aria-label');
				}
			}
		};
		const observer = new ResizeObserver(update);
		observer.observe(root);
		return () => observer.disconnect();
	};
}
