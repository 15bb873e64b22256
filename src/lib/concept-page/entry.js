// The entries a page that starts without SvelteKit loads (src/lib/concept-page/start.ts does the work): one for pages
// without prose, one for concept pages, which brings their prose's code too. Plain JavaScript: the Vite config imports
// it too.
export const START_PAGE_ENTRY = 'src/lib/concept-page/start-page.ts';
export const START_CONCEPT_PAGE_ENTRY = 'src/lib/concept-page/start-concept-page.ts';
