import { createContext } from 'svelte';
import type { Lang } from '$lib/i18n/langs';
import type { Slug } from './concepts';

/** What the components placed in a concept's markdown need to know about the page they are on. */
export interface ConceptContext {
	lang: Lang;
	slug: Slug;
	/** The seed's question (verbatim in Chinese, translated in English). */
	question: string;
	/** How many passages of the original the notes correct (its `<Correction>` markers). */
	corrections: number;
}

export const [getConceptContext, setConceptContext] = createContext<ConceptContext>();
