import type { Slug } from '$lib/content/concepts';
import { flatName } from '$lib/glossary/order';
import { glossaryTerm } from '$lib/glossary/terms';
import { otherLang, type Lang } from '$lib/i18n/langs';
import { reference, type Reference } from '$lib/references/bibliography';
import { questionsFor } from '$lib/selfcheck/questions';
import type { PageLinks, PageTerm } from './page-links';

/** The glossary entries, references and self-check questions of one concept page. Throws on a term id or citation
 * key that does not exist, which fails the prerender and so the build. */
export function pageLinks(lang: Lang, slug: Slug, markdown: string): PageLinks {
	const terms: Record<string, PageTerm> = {};
	for (const [, id] of markdown.matchAll(/<Term id="([^"]*)"/g)) {
		const entry = glossaryTerm(id);
		terms[id] = {
			name: entry.name[lang],
			// The card shows the other name in brackets: flattened, so no bracket sits inside another.
			otherName: flatName(entry.name[otherLang(lang)]),
			definition: entry.definition[lang]
		};
	}
	const references: Record<string, Reference> = {};
	for (const [, key] of markdown.matchAll(/<Cite key="([^"]*)"/g)) references[key] = reference(key);
	const questions = questionsFor(slug).map((q) => ({
		id: q.id,
		prompt: q.prompt[lang],
		options: q.options.map((o) => o[lang]),
		answer: q.answer,
		explanation: q.explanation[lang],
		generated: q.generated ?? false
	}));
	return { terms, references, questions };
}
