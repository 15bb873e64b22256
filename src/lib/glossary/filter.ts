// The glossary's filter box, on the prerendered page (which starts without SvelteKit, see concept-page/start.ts): it
// hides the entries that do not match what is typed (termMatches), and letter groups left empty, says how many are
// shown, offers a site search when none is, and keeps the query in the address (?q=), rewritten once typing pauses.
// It only toggles `hidden` and sets texts on the markup that is there: the page is laid out once, not rebuilt.
import { SITE_BASE } from '$lib/deploy/site-base';
import type { Lang } from '$lib/i18n/langs';
import { LINK_STRINGS } from '$lib/links/strings';
import { HISTORY_BAR, QueryWriter } from '$lib/url/address';
import { filterFromUrl, termMatches } from './order';
import { TERM_IDS, type TermId } from './terms';

/** The longest query kept (the box's maxlength). */
const MAX_QUERY = 100;

/** The ids of the terms the query shows, in `lang`'s page. */
export const shownTerms = (lang: Lang, query: string): Set<TermId> => new Set(TERM_IDS.filter((id) => termMatches(id, lang, query)));

/** Starts the filter in `root` (the glossary's prerendered markup); does nothing where a part it needs is missing. */
export function startGlossaryFilter(root: HTMLElement, lang: Lang) {
	const input = root.querySelector<HTMLInputElement>('.filter input[type="search"]');
	const status = root.querySelector<HTMLElement>('[data-glossary-shown]');
	const none = root.querySelector<HTMLElement>('[data-glossary-none]');
	const noneLink = none?.querySelector('a');
	if (!input || !status || !none || !noneLink) return;
	const shownText = { status, none, noneLink };
	const entries = [...root.querySelectorAll<HTMLElement>('[data-term-entry]')];
	const groups = [...root.querySelectorAll<HTMLElement>('[data-letter-group]')];
	const t = LINK_STRINGS[lang];

	function show(query: string) {
		const shown = shownTerms(lang, query);
		for (const entry of entries) entry.hidden = !shown.has(entry.dataset.termEntry as TermId);
		for (const group of groups) group.hidden = ![...group.querySelectorAll<HTMLElement>('[data-term-entry]')].some((entry) => !entry.hidden);
		shownText.status.dataset.glossaryShown = String(shown.size);
		shownText.status.textContent = t.glossaryShown(shown.size, TERM_IDS.length);
		shownText.none.hidden = shown.size > 0;
		shownText.noneLink.href = `${SITE_BASE}/${lang}/search/?q=${encodeURIComponent(query.trim())}`;
		shownText.noneLink.textContent = query.trim();
	}

	// The query in the address, rewritten once typing pauses, as the figures' text boxes do (the page runs no Kit router).
	let filtered = '';
	const address = new QueryWriter(['q'], () => new URLSearchParams(filtered.trim() ? { q: filtered.trim() } : {}), HISTORY_BAR);
	const writeAddress = (query: string) => {
		filtered = query;
		address.write('replace');
	};

	// What was typed before the page came alive is kept; else the address's query (?q=).
	const typed = input.value.trim();
	const start = typed || filterFromUrl(new URL(location.href));
	if (typed) writeAddress(typed);
	else input.value = start;
	// The prerendered page shows every entry: an empty filter changes nothing.
	if (start) show(start.slice(0, MAX_QUERY));
	input.addEventListener('input', () => {
		const query = input.value.slice(0, MAX_QUERY);
		show(query);
		writeAddress(query);
	});
	// Back or forward to another filter of this page.
	addEventListener('popstate', () => {
		const query = filterFromUrl(new URL(location.href));
		input.value = query;
		show(query);
	});
}
