// Svelte's hydration markers, taken out of markup that is never hydrated.

/** Svelte's hydration markers: block starts and ends (`[`, `[!`, `]`, `[0`, `[-1`), empty anchors, `$props.id()`
 * ids (`$s1`) and {@html} hashes (a few base-36 characters). A comment with any other text is kept. */
const HYDRATION_MARKER = /<!--(?:\[!?|\]|\[-?\d+|\$[\w-]*|[a-z0-9]{1,12})?-->/g;

/** The markup without Svelte's hydration markers. For markup nothing hydrates: a figure's and a concept text's
 * prerendered markup (adopted as it is through {@html}; a figure's code mounts a new component over it), and a whole
 * concept page (which starts without SvelteKit, `csr = false`). There the markers are dead weight: on
 * /en/transformer-architecture/ about a thousand comment nodes and 2 kB of compressed HTML. */
export function withoutHydrationMarkers(html: string): string {
	return html.replace(HYDRATION_MARKER, '');
}
