import { conceptsIn, sourcesIn } from '$lib/content/index.server';
import type { Lang } from '$lib/i18n/langs';
import { backlinks, type PageRef, type ResolvedLink } from './backlinks';
import { FIGURES } from './related';
import { LINK_STRINGS } from './strings';

/** For each page key of one language (a slug, `lab/<name>` or `glossary`), the pages that link to it. */
export function backlinksIn(lang: Lang): Record<string, ResolvedLink[]> {
	const concepts = conceptsIn(lang);
	const resolve = (ref: PageRef): ResolvedLink => {
		if ('slug' in ref) return { path: `/${lang}/${ref.slug}/`, title: concepts.find((c) => c.slug === ref.slug)!.title };
		if ('lab' in ref) {
			const figure = FIGURES.find((f) => f.lab === ref.lab)!;
			return { path: `/${lang}/lab/${ref.lab}/`, title: figure.title[lang] };
		}
		return { path: `/${lang}/glossary/`, title: LINK_STRINGS[lang].glossaryTitle };
	};
	return Object.fromEntries([...backlinks(sourcesIn(lang))].map(([key, refs]) => [key, refs.map(resolve)]));
}
