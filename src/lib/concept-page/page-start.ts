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

/** The page's start-up data, or null where there is none (a page Kit rendered, or markup that does not parse). */
export function readPageStart(root: ParentNode = document): ConceptPageStart | null {
	const json = root.querySelector<HTMLElement>('[data-concept-page]')?.dataset.conceptPage;
	if (!json) return null;
	try {
		return JSON.parse(json) as ConceptPageStart;
	} catch {
		return null;
	}
}
