import { LANGS } from '$lib/i18n/langs';
import type { EntryGenerator } from './$types';

// The search page, like a concept page or the glossary, is always its prerendered HTML and starts without SvelteKit,
// with the same small script (src/lib/concept-page/start.ts): the header, and the search box on the prerendered form
// (src/lib/search/search-page.ts, with Pagefind loaded on the first query). Kit's start-up had more than doubled the
// page's main-thread time at load, with a task of up to 70 ms (issue 18).
export const csr = false;

export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));
