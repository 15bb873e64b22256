// Where a prerendered concept page's own start-up script lives (src/lib/concept-page/start.ts). Plain JavaScript: the
// Vite config imports it too.
export const CONCEPT_PAGE_ENTRY = 'src/lib/concept-page/start.ts';
