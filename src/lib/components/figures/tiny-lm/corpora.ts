// The shipped corpora (plain text generated from the content, see src/lib/lm/corpora.test.ts). The server reads them at
// once to prerender the untrained model; the browser fetches one only when the figure goes live.
import type { CorpusId } from '$lib/lm/settings';

const PATH = (id: string) => `/src/lib/lm/corpora/${id}.txt`;
// Only the server build keeps the eager import (import.meta.env.SSR is false in the browser build, which drops it).
const eager = (
	import.meta.env.SSR ? import.meta.glob('/src/lib/lm/corpora/*.txt', { eager: true, query: '?raw', import: 'default' }) : {}
) as Record<string, string>;
const lazy = import.meta.glob('/src/lib/lm/corpora/*.txt', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

/** The corpus text if it is already at hand (on the server), else null. */
export function corpusNow(id: Exclude<CorpusId, 'paste'>): string | null {
	return eager[PATH(id)] ?? null;
}

export function loadCorpus(id: Exclude<CorpusId, 'paste'>): Promise<string> {
	return lazy[PATH(id)]();
}
