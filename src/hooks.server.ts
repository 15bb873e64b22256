import type { Handle } from '@sveltejs/kit';
import { HTML_LANG, isLang } from '$lib/i18n/langs';
import { preloadsAfterContent } from '$lib/page-html/late-preloads';

/** Sets <html lang> from the language segment of the path (after any BASE_PATH), so every prerendered page carries
 * the right language. Pages outside a language (the root picker, the 404 page) are English with Chinese parts marked.
 * Moves the start-up code's preloads to the end of the page, so they do not compete with the text (late-preloads.ts). */
export const handle: Handle = async ({ event, resolve }) => {
	const segment = event.url.pathname.split('/').find((part) => isLang(part));
	const lang = isLang(segment) ? HTML_LANG[segment] : 'en';
	return resolve(event, { transformPageChunk: ({ html }) => preloadsAfterContent(html.replace('%lang%', lang)) });
};
