import type { Component } from 'svelte';
import { browser } from '$app/environment';
import type { PageLoad } from './$types';

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
