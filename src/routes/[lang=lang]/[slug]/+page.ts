import type { Component } from 'svelte';
import { browser } from '$app/environment';
import type { PageLoad } from './$types';

// A concept page is always its prerendered HTML: it starts without SvelteKit, with its own small script
// (src/lib/concept-page/start.ts) for what needs JavaScript. Kit's start-up (its router, then hydrating the page) was
// most of the page's main-thread time at load beyond the HTML's own (issue 18). Kit never renders the page in the
// browser either: a link to it from a page Kit runs is followed by a full load (beforeNavigate in
// src/routes/+layout.svelte). Kit may still run this load there, to preload a link the reader hovers or touches; it
// then fetches nothing more.
export const csr = false;

// The markdown, rendered on the server into the page (see Prose.svelte).
const pages = import.meta.glob<{ default: Component }>('/content/*/*.md');

export const load: PageLoad = async ({ data }) => {
	if (browser) return { ...data, content: null };
	const { lang, slug, number } = data.concept;
	const path = `/content/${lang}/${String(number).padStart(2, '0')}-${slug}.md`;
	const module = await pages[path]();
	return { ...data, content: module.default };
};
