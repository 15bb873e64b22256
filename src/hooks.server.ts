import type { Handle } from '@sveltejs/kit';
import { HTML_LANG, isLang } from '$lib/i18n/langs';
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
 * comments (style-comments.ts). */
export const handle: Handle = async ({ event, resolve }) => {
	const segment = event.url.pathname.split('/').find((part) => isLang(part));
	const lang = isLang(segment) ? HTML_LANG[segment] : 'en';
	const hydrated = !startsWithoutKit(event.route.id);
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			preloadsAfterContent(withoutStyleComments(hydrated ? html : withoutRepeatedStyles(withoutHydrationMarkers(html))).replace('%lang%', lang))
	});
};
