// The search page's box and results, on the prerendered page (which starts without SvelteKit, see
// concept-page/start.ts): it searches as the reader types (Pagefind, loaded on the first query), says what it found in
// the status line, lists the hits, and keeps the query in the address (?q=), rewritten once typing pauses. The hits
// are built as elements with text (the excerpt's marked words as <mark>), never from HTML: nothing in the index or
// the query can add markup to the page.
import type { Lang } from '$lib/i18n/langs';
import { LINK_STRINGS } from '$lib/links/strings';
import { HISTORY_BAR, QueryWriter } from '$lib/url/address';
import { MAX_QUERY, queryFromUrl } from './excerpt';
import { search, type SearchHit } from './pagefind';

/** What the status line says, as `data-search-status` (tests and styles read it). */
export type SearchStatus = 'idle' | 'loading' | 'done' | 'unavailable';

/** One hit as a list item: its link (title › section) and its excerpt. */
function hitItem(hit: SearchHit): HTMLLIElement {
	const item = document.createElement('li');
	const link = item.appendChild(document.createElement('a'));
	link.href = hit.url;
	link.textContent = hit.title;
	if (hit.section) {
		const section = link.appendChild(document.createElement('span'));
		section.className = 'section';
		section.textContent = ` › ${hit.section}`;
	}
	const excerpt = item.appendChild(document.createElement('p'));
	excerpt.className = 'excerpt';
	excerpt.append(
		...hit.excerpt.map((part) => {
			if (!part.mark) return part.text;
			const mark = document.createElement('mark');
			mark.textContent = part.text;
			return mark;
		})
	);
	return item;
}

/** Starts search in `root` (the search page's prerendered markup); does nothing where a part it needs is missing. */
export function startSearchPage(root: HTMLElement, lang: Lang) {
	const form = root.querySelector<HTMLFormElement>('form[role="search"]');
	const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
	const note = root.querySelector<HTMLElement>('[data-search-note]');
	const status = root.querySelector<HTMLElement>('[data-search-status]');
	const list = root.querySelector<HTMLOListElement>('[data-search-results]');
	if (!form || !input || !status || !list) return;
	// Held in a const object, so the checks above carry into the functions below (TypeScript drops them in closures).
	const results = { status, list };
	const t = LINK_STRINGS[lang];

	function show(state: SearchStatus, found?: { query: string; total: number; hits: SearchHit[] }) {
		results.status.dataset.searchStatus = state;
		if (state === 'loading') results.status.textContent = t.searchLoading;
		else if (state === 'unavailable') results.status.textContent = t.searchUnavailable;
		else if (state === 'done' && found) results.status.textContent = found.total === 0 ? `${t.searchNone} “${found.query}”` : t.searchCount(found.total);
		else results.status.textContent = '';
		// Loading keeps the hits of the last query on screen until the new ones arrive.
		if (state === 'loading') return;
		results.list.replaceChildren(...(found?.hits ?? []).map(hitItem));
		results.list.hidden = results.list.childElementCount === 0;
	}

	/** The query being searched: a newer one makes an older search's answer stale. */
	let current = '';
	function run(typed: string) {
		const query = typed.trim().slice(0, MAX_QUERY);
		current = query;
		if (!query) return show('idle');
		if (results.status.dataset.searchStatus !== 'done') show('loading');
		search(query)
			.then((found) => {
				if (!found || query !== current) return;
				show('done', { query, ...found });
			})
			.catch(() => {
				if (query === current) show('unavailable');
			});
	}

	// The query in the address, rewritten once typing pauses (the page runs no Kit router).
	const address = new QueryWriter(['q'], () => new URLSearchParams(current ? { q: current } : {}), HISTORY_BAR);

	// What was typed before the page came alive is kept; else the address's query (?q=).
	const typed = input.value.trim();
	input.value = typed || queryFromUrl(new URL(location.href));
	run(input.value);
	if (typed) address.write('replace');
	if (note) note.hidden = true;
	input.addEventListener('input', () => {
		run(input.value);
		address.write('replace');
	});
	// Results come as the reader types: the button (for readers without JavaScript, whose browser loads ?q=) reloads
	// nothing.
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		run(input.value);
		address.write('replace');
	});
	// Back or forward to another query of this page.
	addEventListener('popstate', () => {
		input.value = queryFromUrl(new URL(location.href));
		run(input.value);
	});
}
