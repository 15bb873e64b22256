// Waiting for a press to end before static markup is replaced by its live version (a figure's island, the
// self-check). A checkbox, radio button or button takes a Space on its release, and a pointer's click comes on its
// release too: replaced between the press and the release, the live control got the release alone and did nothing,
// so the reader's first press was lost.

/** How often a held press is looked at again (ms). */
const RECHECK_MS = 50;

/** Resolves at once, or, while a key or a pointer is held down on `element` or in it (something there is `:active`),
 * once it is let go and what the release does (the click that checks, picks or presses) has happened. It looks again
 * every 50 ms rather than waiting for a release event: after a tap Chromium keeps `:active` a little past the
 * release, and a wait for a release that had already come never ended (a figure tapped once never started). */
export function released(element: Element): Promise<void> {
	const held = () => element.matches(':active') || element.querySelector(':active') !== null;
	return new Promise((resolve) => {
		const check = () => (held() ? setTimeout(check, RECHECK_MS) : resolve());
		check();
	});
}
