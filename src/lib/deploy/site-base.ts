/** The site's base path: '' at the root of a host, or the sub-path it is built for ('/llm-basics'), as `$app/paths`
 * gives it. For the code a prerendered concept page starts with (src/lib/concept-page/start.ts): in the browser
 * `$app/paths` brings SvelteKit's router with it, which that page does without. Vite's base URL is Kit's base plus '/'. */
export const SITE_BASE: string = import.meta.env.BASE_URL.replace(/\/$/, '');
