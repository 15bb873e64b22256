import type { Attachment } from 'svelte/attachments';
import type { Lang } from '$lib/i18n/langs';

/**
 * The link to the same page in the other language keeps the reader's place: the query (a figure's settings) and the
 * section anchor carry over, since both languages share them. They are added to the link's own path when the link is
 * about to be used (figures rewrite the query as the reader works), and following it remembers the language for the
 * picker at the site root. Used by LanguageSwitch.svelte, and on a prerendered concept page by concept-page/start.ts.
 */
export function carryPlace(target: Lang): Attachment<HTMLAnchorElement> {
	return (link) => {
		const refresh = () => {
			const path = (link.getAttribute('href') ?? '').replace(/[?#].*$/, '');
			const href = path + location.search + location.hash;
			if (link.getAttribute('href') !== href) link.setAttribute('href', href);
		};
		// A click's listener runs before the browser (or Kit's router, listening on the document) reads the address.
		const remember = () => {
			refresh();
			try {
				localStorage.setItem('lang', target);
			} catch {
				// Storage blocked: nothing to remember.
			}
		};
		refresh();
		link.addEventListener('pointerenter', refresh);
		link.addEventListener('focus', refresh);
		link.addEventListener('click', remember);
		window.addEventListener('hashchange', refresh);
		return () => {
			link.removeEventListener('pointerenter', refresh);
			link.removeEventListener('focus', refresh);
			link.removeEventListener('click', remember);
			window.removeEventListener('hashchange', refresh);
		};
	};
}
