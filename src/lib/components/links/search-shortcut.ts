/**
 * Pressing `/` anywhere outside a text field focuses the search box that `box` finds (and selects its text). Used by
 * HeaderSearch.svelte, and on a prerendered concept page by concept-page/start.ts.
 */
export function searchShortcut(box: () => HTMLInputElement | null | undefined): (event: KeyboardEvent) => void {
	return (event) => {
		if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
		const target = event.target as HTMLElement | null;
		if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
		const input = box();
		if (!input) return;
		event.preventDefault();
		input.focus();
		input.select();
	};
}
