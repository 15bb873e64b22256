// What the search page lists for each of Pagefind's results: one hit per page (its best section), except on the
// glossary, where each matching entry is a hit of its own.
import type { ExcerptPart } from './excerpt';
import { parseExcerpt } from './excerpt';

export interface PagefindData {
	url: string;
	excerpt: string;
	meta: { title?: string; kind?: string; keywords?: string };
	sub_results?: {
		title: string;
		url: string;
		excerpt: string;
		locations?: number[];
		/** Each match with the weight of the text it is in (data-pagefind-weight, headings). */
		weighted_locations?: { weight: number; location: number }[];
	}[];
}

export interface SearchHit {
	url: string;
	title: string;
	/** What kind of page it is on (data-pagefind-meta="kind:…"): a concept page, a lab or the glossary. */
	kind?: string;
	/** The best matching section of the page, when Pagefind found one. */
	section?: string;
	excerpt: ExcerptPart[];
}

/** Glossary entries that match, each a hit of its own, at most this many per query. */
export const GLOSSARY_HITS = 3;

type SubResult = NonNullable<PagefindData['sub_results']>[number];

/** A section's matches, each counted at its weight (or as 1 where Pagefind gives no weights). */
function weightOf(s: SubResult): number {
	return s.weighted_locations ? s.weighted_locations.reduce((sum, l) => sum + l.weight, 0) : (s.locations?.length ?? 0);
}

/** The hits one Pagefind result gives: the page's best matching section, or, on the glossary page, each matching
 * entry (the glossary's headings are its terms, see routes/[lang=lang]/glossary). */
export function hitsOf(d: PagefindData, query = ''): SearchHit[] {
	const matching = (d.sub_results ?? []).filter((s) => (s.locations?.length ?? 0) > 0);
	// A section holding the whole query as written first (someone searching a sentence they remember wants that
	// passage, even in the verbatim original); then by the weight of their matches, so that the notes come before the
	// original (weighted down in Original.svelte) even where the original repeats the word more often.
	const phrase = normalTerm(query);
	const holdsPhrase = (s: SubResult) =>
		phrase.length > 1 && normalTerm(parseExcerpt(s.excerpt).map((part) => part.text).join('')).includes(phrase) ? 1 : 0;
	const byWeight = (list: SubResult[]) => [...list].sort((a, b) => holdsPhrase(b) - holdsPhrase(a) || weightOf(b) - weightOf(a));
	const hit = (s: SubResult | undefined): SearchHit => ({
		// A figure's generated id (s1-title: every island's first id) is not an address to link to: the page is.
		url: s && !/#s\d+-/.test(s.url) ? s.url : d.url,
		title: d.meta.title ?? d.url,
		kind: d.meta.kind,
		section: s && s.title !== d.meta.title ? s.title : undefined,
		excerpt: parseExcerpt(s?.excerpt ?? d.excerpt)
	});
	if (d.meta.kind === 'glossary') {
		// Entries by how many of the query's words they hold; the page's own text (its title and lead) is not an entry.
		const entries = matching.filter((s) => s.url.includes('#') && s.title !== d.meta.title);
		const best = byWeight(entries).slice(0, GLOSSARY_HITS);
		if (best.length > 0) return best.map(hit);
	}
	// The section of the page with the most weight of matches (sections come in page order, not by relevance).
	return [hit(byWeight(matching)[0])];
}

/** A query or an index term as compared: lower case, without spaces ("KV 缓存" and "kv缓存" are the same term). */
function normalTerm(text: string): string {
	return text.toLowerCase().replace(/\s+/g, '');
}

/**
 * Pages whose index terms (src/lib/search/keywords.ts, their `keywords` metadata) include the query, first; the rest
 * after them; each part in Pagefind's order. Pagefind ranks by the words it splits a query into, and a Chinese query
 * such as 参数量 splits into 参数 and 量, which every page has: the page that explains the whole term would be lost.
 */
export function indexTermsFirst<T extends { meta: PagefindData['meta'] }>(query: string, results: T[]): T[] {
	const q = normalTerm(query);
	const named = (r: T) => (r.meta.keywords ?? '').split(',').some((term) => term.trim() !== '' && normalTerm(term) === q);
	return [...results.filter(named), ...results.filter((r) => !named(r))];
}
