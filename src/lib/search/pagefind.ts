// Loads Pagefind's browser code from this site's /pagefind/ folder (written by `pagefind --site build` after the
// build) only when search is used, so no page pays for it on first load.
import { SITE_BASE as base } from '$lib/deploy/site-base';
import { GLOSSARY_HITS, hitsOf, indexTermsFirst, type PagefindData, type SearchHit } from './hits';

export type { SearchHit };

interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

/** How many of Pagefind's results are read (each a small fragment file) before the index terms reorder them. */
const CANDIDATES = 20;

let loading: Promise<PagefindApi> | undefined;

export function loadPagefind(): Promise<PagefindApi> {
	loading ??= (async () => {
		const url = `${base}/pagefind/pagefind.js`;
		const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
		await api.options({ baseUrl: `${base}/`, excerptLength: 24 });
		// No ranking options: setting them costs a second or more of start-up on a slow machine (measured), and a match
		// in a page's index terms already counts with Pagefind's default metadata weights, besides indexTermsFirst.
		await api.init();
		return api;
	})();
	loading.catch(() => (loading = undefined));
	return loading;
}

/** Up to `limit` hits for a query, or null when a newer query superseded this one. */
export async function search(query: string, limit = 10): Promise<{ total: number; hits: SearchHit[] } | null> {
	const api = await loadPagefind();
	const found = await api.debouncedSearch(query, {}, 150);
	if (!found) return null;
	// The data of more results than are shown, so that a page named by the query's index term moves up from further down.
	const data = indexTermsFirst(query, await Promise.all(found.results.slice(0, CANDIDATES).map((r) => r.data()))).slice(0, limit);
	const hits = data.flatMap((d) => hitsOf(d, query));
	return { total: found.results.length - data.length + hits.length, hits: hits.slice(0, limit + GLOSSARY_HITS - 1) };
}
