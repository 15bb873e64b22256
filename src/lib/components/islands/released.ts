// Waiting for a press to end before static markup is replaced by its live version (a figure's island, the
// self-check). A checkbox, radio button or button takes a Space on its release, and a pointer's click comes on its
// release too: replaced between the press and the release, the live control got the release alone and did nothing,
// so the reader's first press was lost.

/** Events that end a press held on `element`'s controls. */
const RELEASES = ['keyup', 'pointerup', 'pointercancel', 'blur'] as const;

/** Resolves at once, or, while a key or a pointer is held down on `element` or in it (something there is `:active`),
 * once it is let go and what the release does (the click that checks, picks or presses) has happened. */
export function released(element: Element): Promise<void> {
	if (!element.matches(':active') && !element.querySelector(':active')) return Promise.resolve();
	return new Promise((resolve) => {
		const go = () => {
			for (const type of RELEASES) removeEventListener(type, go, true);
			// A task later: after the release's default action, which runs once its listeners have.
			setTimeout(resolve);
		};
		for (const type of RELEASES) addEventListener(type, go, { capture: true });
	});
}
