// The shipped corpora (plain text generated from the content, see src/lib/lm/corpora.test.ts). The server reads them at
// once to prerender the untrained model; the browser fetches one only when the figure goes live.
import type { CorpusId } from '$lib/lm/settings';

const PATH = (id: string) => `/src/lib/lm/corpora/${id}.txt`;
// Only the server build keeps the eager import (import.meta.env.SSR is false in the browser build, which drops it).
const eager = (
	import.meta.env.SSR ? import.meta.glob('/src/lib/lm/corpora/*.txt', { eager: true, query: '?raw', import: 'default' }) : {}
) as Record<string, string>;
const lazy = import.meta.glob('/src/lib/lm/corpora/*.txt', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

/** Corpora already fetched in the browser. */
const loaded: Partial<Record<string, string>> = {};

/** The corpus text if it is already at hand (on the server, or fetched before), else null. */
export function corpusNow(id: Exclude<CorpusId, 'paste'>): string | null {
	return eager[PATH(id)] ?? loaded[id] ?? null;
}

export function loadCorpus(id: Exclude<CorpusId, 'paste'>): Promise<string> {
	return lazy[PATH(id)]().then((text) => (loaded[id] = text));
}

/** Fetches, with the figure's code, the corpora it opens with: the page's language, and the one the address names.
 * The live figure then has the text the prerendered one was drawn from, so nothing it shows (the corpus line, the
 * untrained numbers) vanishes and comes back, moving what is below, while a corpus loads. Failures are left to the
 * figure, which says so. */
export function preloadCorpora(lang: string | undefined, search: string): Promise<unknown> {
	const named = new URLSearchParams(search).get('corpus');
	const ids = new Set<'zh' | 'en'>([lang === 'zh' ? 'zh' : 'en']);
	if (named === 'zh' || named === 'en') ids.add(named);
	return Promise.all([...ids].map((id) => loadCorpus(id).catch(() => undefined)));
}
