import { LANGS } from '$lib/i18n/langs';
import type { EntryGenerator } from './$types';

// A language's index, like a concept or lab page, is always its prerendered HTML and starts without SvelteKit, with
// the same small script (src/lib/concept-page/start.ts): the header, and the figure in its first screen as an island.
// Kit's start-up (its router, then hydrating the page) had doubled the index's main-thread time at load (issue 18).
// A link to it from a page Kit runs is followed by a full load (beforeNavigate in src/routes/+layout.svelte).
export const csr = false;

export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));
