// Components' styles without their CSS comments, as readers get them.
import { COMPONENT_STYLE } from './repeated-styles';

/** A CSS string (either quote, with escapes) or a comment: strings are read past whole, so a "/*" in one is kept. */
const STRING_OR_COMMENT = /("(?:[^"\\\n]|\\[\s\S])*"|'(?:[^'\\\n]|\\[\s\S])*')|\/\*[\s\S]*?\*\//g;

/** CSS without its comments; strings kept as they are. A comment goes with no space in its place: between two parts
 * of a selector, a space would join them anew (`.a/**\/.b` is `.a.b`, not `.a .b`). */
export function withoutCssComments(css: string): string {
	return css.replace(STRING_OR_COMMENT, (_comment, string?: string) => string ?? '');
}

/** The page with its components' `<style>` elements written without CSS comments. Svelte keeps a component's comments in
 * the styles it writes into a server-rendered page (every island's, Island.svelte), where they are bytes every reader
 * downloads and no one reads: 2.4 kB before compression on /en/transformer-architecture/. The elements themselves and
 * their ids stay, so hydration and the client's own style checks find what they wrote. */
export function withoutStyleComments(html: string): string {
	return html.replace(COMPONENT_STYLE, (_style, id: string, css: string) => `<style id="${id}">${withoutCssComments(css)}</style>`);
}
