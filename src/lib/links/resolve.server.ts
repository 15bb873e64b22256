import { sourcesIn } from '$lib/content/index.server';
import type { Lang } from '$lib/i18n/langs';
import { backlinks, pageKey } from './backlinks';

/** For each page key of one language (a slug, `lab/<name>` or `glossary`), the keys of the pages that link to it. Keys
 * only: titles come from the concept list the layout already sends (see resolveLink), which keeps every page's data
 * small. */
export function backlinksIn(lang: Lang): Record<string, string[]> {
	return Object.fromEntries([...backlinks(sourcesIn(lang))].map(([key, refs]) => [key, refs.map(pageKey)]));
}
