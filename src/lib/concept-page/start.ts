// A prerendered concept page's start-up, in place of SvelteKit's (csr = false on the route; see +page.ts). The page's
// HTML is complete without JavaScript; this adds what needs it, from the same components and functions Kit pages use:
// the theme toggle, the language link that keeps the reader's place, the `/` search shortcut, keyboard stops on wide
// formulas and tables, term and citation cards, the figures as islands (which fetch their code only when the reader
// reaches for them), the self-check with the reader's saved answers, and, once the page is idle, the service worker.
// It costs a few milliseconds where Kit's router and hydration of the whole page cost over a hundred (issue 18).
import { flushSync, mount, type Component } from 'svelte';
import ThemeToggle from '$lib/components/site/ThemeToggle.svelte';
import SelfCheck from '$lib/components/links/SelfCheck.svelte';
import { carryPlace } from '$lib/components/site/carry-place';
import { searchShortcut } from '$lib/components/links/search-shortcut';
import { focusableScrollRegions } from '$lib/components/site/scroll-regions';
import { enhanceProse } from '$lib/components/links/enhance-prose';
import { registerServiceWorkerWhenIdle } from '$lib/deploy/register-service-worker';
import { otherLang } from '$lib/i18n/langs';
import { STRINGS } from '$lib/i18n/strings';
import { readPageStart } from './page-start';

/** Mounts `Component` where `element` is and removes `element` (the same component's prerendered markup), keeping
 * the radio buttons the reader picked in it meanwhile, and the keyboard focus. */
function replaceWith<Props extends Record<string, unknown>>(element: Element, Component: Component<Props>, props: Props) {
	const picked = [...element.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')].map((input) => [input.name, input.value]);
	const focused = element.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
	const focusKey = focused instanceof HTMLInputElement ? [focused.name, focused.value] : null;
	const parent = element.parentElement;
	if (!parent) return;
	mount(Component, { target: parent, anchor: element, props });
	element.remove();
	flushSync();
	const find = ([name, value]: string[]) =>
		parent.querySelector<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`);
	for (const key of picked) {
		const input = find(key);
		if (input && !input.checked) input.click();
	}
	if (focusKey) find(focusKey)?.focus();
}

function start() {
	const page = readPageStart();
	if (!page) return;
	const { lang, slug, links } = page;
	const t = STRINGS[lang];

	const toggle = document.querySelector('.theme-toggle');
	if (toggle) replaceWith(toggle, ThemeToggle, { label: t.darkMode });
	const languageLink = document.querySelector<HTMLAnchorElement>('a.language-switch');
	if (languageLink) carryPlace(otherLang(lang))(languageLink);
	addEventListener('keydown', searchShortcut(() => document.querySelector<HTMLInputElement>('.header-search input[name="q"]')));

	const article = document.querySelector<HTMLElement>('article.prose');
	if (article) focusableScrollRegions(t.scrollRegion)(article);
	const prose = document.querySelector<HTMLElement>('.prose-body');
	if (prose) enhanceProse(prose, lang, links);

	// Below the fold and needing the reader's saved answers: when the page is idle.
	const later = () => {
		const selfCheck = document.querySelector('#self-check');
		if (selfCheck) replaceWith(selfCheck, SelfCheck, { lang, slug, questions: links.questions });
		// Tests and scripts wait for this before they click (as on pages Kit starts, see src/routes/+layout.svelte).
		document.documentElement.dataset.hydrated = '';
	};
	if ('requestIdleCallback' in window) requestIdleCallback(later, { timeout: 1_000 });
	else setTimeout(later, 200);
	registerServiceWorkerWhenIdle();
}

start();
