// Loads Pagefind's browser code from this site's /pagefind/ folder (written by `pagefind --site build` after the
// build) only when search is used, so no page pays for it on first load.
import { base } from '$app/paths';
import type { ExcerptPart } from './excerpt';
import { parseExcerpt } from './excerpt';

interface PagefindData {
	url: string;
	excerpt: string;
	meta: { title?: string };
	sub_results?: { title: string; url: string; excerpt: string; locations?: number[] }[];
}
interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

export interface SearchHit {
	url: string;
	title: string;
	/** The best matching section of the page, when Pagefind found one. */
	section?: string;
	excerpt: ExcerptPart[];
}

let loading: Promise<PagefindApi> | undefined;

export function loadPagefind(): Promise<PagefindApi> {
	loading ??= (async () => {
		const url = `${base}/pagefind/pagefind.js`;
		const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
		await api.options({ baseUrl: `${base}/`, excerptLength: 24 });
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
	const data = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
	return {
		total: found.results.length,
		hits: data.map((d) => {
			// The section of the page with the most matches (sections come in page order, not by relevance).
			const best = [...(d.sub_results ?? [])].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
			return {
				url: best?.url ?? d.url,
				title: d.meta.title ?? d.url,
				section: best && best.title !== d.meta.title ? best.title : undefined,
				excerpt: parseExcerpt(best?.excerpt ?? d.excerpt)
			};
		})
	};
}
