import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { HTML_LANG, isLang } from '$lib/i18n/langs';
import { rootRedirectScript } from '$lib/i18n/root-redirect.js';
import { withoutHydrationMarkers } from '$lib/page-html/hydration-markers';
import { preloadsAfterContent } from '$lib/page-html/late-preloads';
import { withoutRepeatedStyles } from '$lib/page-html/repeated-styles';
import { withoutStyleComments } from '$lib/page-html/style-comments';
import { startsWithoutKit } from '$lib/concept-page/routes';

/** Sets <html lang> from the language segment of the path (after any BASE_PATH), so every prerendered page carries
 * the right language. Pages outside a language (the root picker, the 404 page) are English with Chinese parts marked.
 * Moves the start-up code's preloads to the end of the page, so they do not compete with the text (late-preloads.ts).
 * On a concept or lab page, which nothing hydrates, leaves out Svelte's hydration markers (hydration-markers.ts) and
 * writes each component's styles once (repeated-styles.ts). On every page, components' styles go without their CSS
 * comments (style-comments.ts). The root address gets the script that sends the reader on to their language before
 * anything is drawn (root-redirect.js), right after the theme's. */
export const handle: Handle = async ({ event, resolve }) => {
	const segment = event.url.pathname.split('/').find((part) => isLang(part));
	const lang = isLang(segment) ? HTML_LANG[segment] : 'en';
	const hydrated = !startsWithoutKit(event.route.id);
	const redirect = event.route.id === '/' ? `<script id="root-redirect">${rootRedirectScript(base)}</script>` : '';
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			preloadsAfterContent(withoutStyleComments(hydrated ? html : withoutRepeatedStyles(withoutHydrationMarkers(html))))
				.replace('%lang%', lang)
				.replace('%root-redirect%', redirect)
	});
};
