import type { Component } from 'svelte';
import { browser } from '$app/environment';
import type { PageLoad } from './$types';

// A concept page loaded from the host starts without SvelteKit: its prerendered HTML is the page, and its own small
// script (src/lib/concept-page/start.ts) adds what needs JavaScript. Kit's start-up (its router, then hydrating the
// page) was most of the page's main-thread time at load beyond the HTML's own (issue 18). A page reached by a
// client-side link from a page that runs Kit is still rendered by Kit, with this load.
export const csr = false;

// One lazy chunk per concept file. The prerendered page already holds its markdown as HTML (see Prose.svelte), so the
// browser fetches a chunk only to render a page it reaches by a client-side link.
const pages = import.meta.glob<{ default: Component }>('/content/*/*.md');

export const load: PageLoad = async ({ data }) => {
	const { lang, slug, number } = data.concept;
	// In the browser, the page being hydrated shows its own prose already; a page navigated to does not.
	const shown = browser && document.querySelector(`[data-prose="${lang}/${slug}"]`) !== null;
	if (shown) return { ...data, content: null };
	const path = `/content/${lang}/${String(number).padStart(2, '0')}-${slug}.md`;
	const module = await pages[path]();
	return { ...data, content: module.default };
};
