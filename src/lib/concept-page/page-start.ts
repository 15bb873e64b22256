import type { Slug } from '$lib/content/concepts';
import type { Lang } from '$lib/i18n/langs';
import type { PageLinks } from '$lib/links/page-links';

/** What a prerendered concept page tells its start-up script (start.ts), as JSON in `data-concept-page`. */
export interface ConceptPageStart {
	lang: Lang;
	slug: Slug;
	/** The page's glossary entries, references and self-check questions, for the cards and the self-check. */
	links: PageLinks;
}

/** The concept page's start-up data, or null where there is none (a page Kit rendered, or markup that does not
 * parse). */
export const readPageStart = (root: ParentNode = document) => readJson<ConceptPageStart>(root, 'data-concept-page');

/** What a prerendered lab page tells the same script, as JSON in `data-lab-page`: its language. */
export interface LabPageStart {
	lang: Lang;
}

/** The lab page's start-up data, or null where there is none. */
export const readLabStart = (root: ParentNode = document) => readJson<LabPageStart>(root, 'data-lab-page');

/** What a language's index tells the same script, as JSON in `data-index-page`: its language (it starts like a lab
 * page: the header, and its figure as an island). */
export type IndexPageStart = LabPageStart;

/** The index page's start-up data, or null where there is none. */
export const readIndexStart = (root: ParentNode = document) => readJson<IndexPageStart>(root, 'data-index-page');

/** What the glossary tells the same script, as JSON in `data-glossary-page`: its language. */
export type GlossaryPageStart = LabPageStart;

/** The glossary's start-up data, or null where there is none. */
export const readGlossaryStart = (root: ParentNode = document) => readJson<GlossaryPageStart>(root, 'data-glossary-page');

/** What the search page tells the same script, as JSON in `data-search-page`: its language. */
export type SearchPageStart = LabPageStart;

/** The search page's start-up data, or null where there is none. */
export const readSearchStart = (root: ParentNode = document) => readJson<SearchPageStart>(root, 'data-search-page');

/** The JSON in the first element carrying `attribute`, or null. */
function readJson<T>(
	root: ParentNode,
	attribute: 'data-concept-page' | 'data-lab-page' | 'data-index-page' | 'data-glossary-page' | 'data-search-page'
): T | null {
	const json = root.querySelector(`[${attribute}]`)?.getAttribute(attribute);
	if (!json) return null;
	try {
		return JSON.parse(json) as T;
	} catch {
		return null;
	}
}
