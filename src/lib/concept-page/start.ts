// The start-up of every page that runs without SvelteKit (a concept or lab page, a language index, the glossary, the
// search page; csr = false on their routes, see src/lib/concept-page/routes.ts). The page's HTML is complete without
// JavaScript; this adds what needs it: the theme toggle, the language link that keeps the reader's place, the `/`
// search shortcut, the figures as islands (which fetch their code, and Svelte's runtime with it, only when the reader
// reaches for them), the glossary's filter, the search box and, once the page is idle, the service worker; on a
// concept page the keyboard stops on wide formulas and tables, and its prose (cards and self-check) through the
// `startProse` its entry passes. At load it mounts no component and imports none of Svelte's runtime.
// Two entries of the client build run it (vite.config.ts): start-page.ts on pages without prose, and
// start-concept-page.ts, which brings prose-start.ts (no Svelte either: see there), on concept pages.
import { carryPlace } from '$lib/components/site/carry-place';
import { themeToggle } from '$lib/components/site/theme-toggle';
import { searchShortcut } from '$lib/components/links/search-shortcut';
import { focusableScrollRegions } from '$lib/components/site/scroll-regions';
import { startIslands } from '$lib/components/islands/start-island';
import { importIfCurrent, showNewVersionNote } from '$lib/deploy/new-version';
import { registerServiceWorkerWhenIdle } from '$lib/deploy/register-service-worker';
import { otherLang } from '$lib/i18n/langs';
import { STRINGS } from '$lib/i18n/strings';
import { readGlossaryStart, readIndexStart, readLabStart, readPageStart, readSearchStart, type ConceptPageStart } from './page-start';

/** Starts the page; on a concept page, its prose with `startProse` (start-concept-page.ts passes it). */
export function startPage(startProse?: (page: ConceptPageStart) => void) {
	const page = readPageStart();
	const lab = page ? null : readLabStart();
	const index = page || lab ? null : readIndexStart();
	const glossary = page || lab || index ? null : readGlossaryStart();
	const searchPage = page || lab || index || glossary ? null : readSearchStart();
	const lang = page?.lang ?? lab?.lang ?? index?.lang ?? glossary?.lang ?? searchPage?.lang;
	if (!lang) return;
	const t = STRINGS[lang];

	const toggle = document.querySelector<HTMLButtonElement>('button.theme-toggle');
	if (toggle) themeToggle(toggle);
	const languageLink = document.querySelector<HTMLAnchorElement>('a.language-switch');
	if (languageLink) carryPlace(otherLang(lang))(languageLink);
	addEventListener('keydown', searchShortcut(() => document.querySelector<HTMLInputElement>('.header-search input[name="q"]')));

	if (page) {
		const article = document.querySelector<HTMLElement>('article.prose');
		if (article) focusableScrollRegions(t.scrollRegion)(article);
		startProse?.(page);
	}
	// A lab page or an index: its figures, as islands (each fetches its code when the reader reaches for it, or at once
	// for a link with its settings).
	const figures = (lab || index) && document.querySelector<HTMLElement>(lab ? '[data-lab-page]' : '[data-index-page]');
	if (figures) startIslands(figures);
	// The glossary: its filter box, on the prerendered list, whose every entry shows until the reader filters. Its code
	// (every term's names and definitions, which no other page needs) loads at once for an address with a filter
	// (?q=), else when the reader reaches for the box; what was typed meanwhile is kept. On a page from an older
	// deploy, whose code the host may no longer have, it says so and offers the new version, as a figure does.
	const glossaryList = glossary && document.querySelector<HTMLElement>('[data-glossary-page]');
	const filterBox = glossaryList?.querySelector<HTMLElement>('.filter');
	let started: Promise<void> | null = null;
	if (glossaryList && filterBox) {
		const startFilter = async () => {
			const filter = await importIfCurrent(() => import('$lib/glossary/filter'));
			if (filter) filter.startGlossaryFilter(glossaryList, lang);
			else showNewVersionNote(filterBox, 'filter');
		};
		if (new URLSearchParams(location.search).has('q')) started = startFilter();
		else whenReached(filterBox, startFilter);
	}
	// The search page: its box, on the prerendered form, which has the keyboard's focus from the HTML (autofocus). Its
	// code loads at once for an address with a query (?q=) or a box already typed into, else when the reader reaches
	// for the box (Pagefind itself loads on the first query); what was typed meanwhile is searched. On a page from an
	// older deploy it says so and offers the new version.
	const searchRoot = searchPage && document.querySelector<HTMLElement>('[data-search-page]');
	const searchForm = searchRoot?.querySelector<HTMLElement>('form[role="search"]');
	if (searchRoot && searchForm) {
		const startSearch = async () => {
			const code = await importIfCurrent(() => import('$lib/search/search-page'));
			if (code) code.startSearchPage(searchRoot, lang);
			else showNewVersionNote(searchForm, 'search');
		};
		const typed = searchForm.querySelector<HTMLInputElement>('input[name="q"]')?.value.trim();
		if (typed || new URLSearchParams(location.search).has('q')) started = startSearch();
		// Not on focus: the box has it from the start.
		else whenReached(searchForm, startSearch, ['pointerenter', 'touchstart', 'keydown', 'compositionstart', 'input']);
		// Enter searches in place, as the code does once it has started (the form's own submit, for readers without
		// JavaScript, would reload the page with ?q=): the code searches what is in the box when it starts.
		searchForm.addEventListener('submit', (event) => event.preventDefault());
	}
	registerServiceWorkerWhenIdle();
	// Tests and scripts wait for this before they click (as on pages Kit starts, see src/routes/+layout.svelte): once
	// everything above works, the glossary's filter too.
	const ready = () => (document.documentElement.dataset.hydrated = '');
	if (started) void started.finally(ready);
	else ready();
}

/** Runs `start` once, when the reader points at, touches, focuses or types into `element` (or on the `triggers` given). */
function whenReached(element: HTMLElement, start: () => void, triggers: readonly (keyof HTMLElementEventMap)[] = ['pointerenter', 'touchstart', 'focusin', 'input']) {
	const go = () => {
		for (const type of triggers) element.removeEventListener(type, go);
		start();
	};
	for (const type of triggers) element.addEventListener(type, go, { passive: true });
}


// In development: a change to this file reloads the page (there is no component to swap in place). Referring to
// import.meta.hot also has Vite import its client first, before this file's imports run; the client defines what
// $app/environment reads (the app's version), which a component imported here used to bring along. Gone in the build.
if (import.meta.hot) import.meta.hot.accept(() => location.reload());
