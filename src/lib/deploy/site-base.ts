/** The site's base path: '' at the root of a host, or the sub-path it is built for ('/llm-basics'), as `$app/paths`
 * gives it (paths are absolute, see svelte.config.js). For code that runs in pages started without SvelteKit (all but
 * the not-found page): the start-up script (src/lib/concept-page/start.ts), the figures, the glossary's filter and
 * search. In the browser `$app/paths` brings Kit's runtime with it (36 kB), which those pages do without. Vite's base
 * URL is Kit's base plus '/'. */
export const SITE_BASE: string = import.meta.env.BASE_URL.replace(/\/$/, '');
