/** Whether pages of this route (a Kit route id) start without SvelteKit: concept and lab pages, the language indexes,
 * the glossaries and the search pages are always their prerendered HTML, started by concept-page/start.ts (`csr = false`
 * on their routes), so nothing on them is hydrated and a link to one from a page Kit runs (the not-found page) is
 * followed by a full load. */
export const startsWithoutKit = (route: string | null | undefined): boolean =>
	route === '/[lang=lang]' ||
	route === '/[lang=lang]/[slug]' ||
	route === '/[lang=lang]/glossary' ||
	route === '/[lang=lang]/search' ||
	(route?.startsWith('/[lang=lang]/lab/') ?? false);
