import { createContext } from 'svelte';
import type { Reference } from '$lib/references/bibliography';

/** A glossary entry as one page shows it: in the page's language, with the name in the other language. */
export interface PageTerm {
	name: string;
	otherName: string;
	definition: string;
}

/** A self-check question in the page's language. */
export interface PageQuestion {
	id: string;
	prompt: string;
	options: string[];
	answer: number;
	explanation: string;
	generated: boolean;
}

/** What a concept page's terms, citations and self-checks need, computed on the server from the page's markdown
 * (src/lib/links/page-links.server.ts): only this page's entries, in its language, so the whole glossary,
 * bibliography and question generators stay out of the browser's first load. */
export interface PageLinks {
	terms: Record<string, PageTerm>;
	references: Record<string, Reference>;
	questions: PageQuestion[];
}

export const [getPageLinks, setPageLinks] = createContext<PageLinks>();
