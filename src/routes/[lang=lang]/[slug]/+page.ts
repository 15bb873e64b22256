import type { Component } from 'svelte';
import type { PageLoad } from './$types';

// One lazy chunk per concept file: a page loads only its own markdown.
const pages = import.meta.glob<{ default: Component }>('/content/*/*.md');

export const load: PageLoad = async ({ data }) => {
	const { lang, slug, number } = data.concept;
	const path = `/content/${lang}/${String(number).padStart(2, '0')}-${slug}.md`;
	const module = await pages[path]();
	return { ...data, content: module.default };
};
