// Page keys (see backlinks.ts) turned into links, in the browser too: kept apart from backlinks.ts, which reads the
// glossary, so that the glossary stays out of the browser's bundle.
import type { Lang } from '$lib/i18n/langs';
import type { ResolvedLink } from './backlinks';
import { FIGURES } from './related';
import { LINK_STRINGS } from './strings';

/** A page key (see pageKey) as a link of one language: path without base, and title. */
export function resolveLink(lang: Lang, key: string, concepts: { slug: string; title: string }[]): ResolvedLink {
	if (key === 'glossary') return { path: `/${lang}/glossary/`, title: LINK_STRINGS[lang].glossaryTitle };
	if (key.startsWith('lab/')) {
		const lab = key.slice(4);
		return { path: `/${lang}/lab/${lab}/`, title: FIGURES.find((f) => f.lab === lab)?.title[lang] ?? lab };
	}
	return { path: `/${lang}/${key}/`, title: concepts.find((c) => c.slug === key)?.title ?? key };
}
