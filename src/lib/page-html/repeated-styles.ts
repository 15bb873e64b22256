// A component's styles, written once in a page that nothing hydrates.

/** A component's injected styles, its id and its CSS: Svelte names the element by a hash of the component's CSS, so
 * two with one id hold the same rules. */
export const COMPONENT_STYLE = /<style id="(svelte-[a-z0-9]+)">([\s\S]*?)<\/style>/g;

/** The page with each component's `<style>` element kept only where it first appears. Every island writes the styles
 * of the components it draws into the head (Island.svelte), so a control two figures share was there twice or three
 * times: on /en/transformer-architecture/, five repeated elements, 2.4 kB before compression, each one more style
 * sheet for the browser to take in while the page loads. For pages nothing hydrates only: hydration expects the head
 * it wrote. */
export function withoutRepeatedStyles(html: string): string {
	const seen = new Set<string>();
	return html.replace(COMPONENT_STYLE, (style, id: string) => {
		if (seen.has(id)) return '';
		seen.add(id);
		return style;
	});
}
