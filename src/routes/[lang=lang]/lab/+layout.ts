// A lab page, like a concept page, is always its prerendered HTML and starts without SvelteKit, with the same small
// script (src/lib/concept-page/start.ts): its figures are islands that fetch their code when the reader reaches for
// them, so Kit's start-up (its router, then hydrating the page) was most of what JavaScript added to a lab page's load
// (issue 18). A link to a lab from a page Kit runs is followed by a full load (beforeNavigate in src/routes/+layout.svelte).
export const csr = false;
