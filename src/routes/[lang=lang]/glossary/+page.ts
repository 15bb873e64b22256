import { LANGS } from '$lib/i18n/langs';
import type { EntryGenerator } from './$types';

// The glossary, like a concept or lab page, is always its prerendered HTML and starts without SvelteKit, with the same
// small script (src/lib/concept-page/start.ts): the header, and the filter box on the prerendered list
// (src/lib/glossary/filter.ts). Kit's start-up had doubled the page's main-thread time at load, in one task of 60 to
// 100 ms (issue 18). A link to it from a page Kit runs is followed by a full load (beforeNavigate in
// src/routes/+layout.svelte).
export const csr = false;

export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));
