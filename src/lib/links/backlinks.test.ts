import { describe, expect, it } from 'vitest';
import { CONTENT } from '../../../tests/unit/content-scan';
import { parseConcept, SLUGS, type Slug } from '$lib/content/concepts';
import { LANGS } from '$lib/i18n/langs';
import { LABS } from '$lib/labs';
import { backlinks, outgoingLinks, pageKey } from './backlinks';
import { FIGURES, RELATED, relatedPath } from './related';

const sources = (lang: string) =>
	Object.fromEntries(CONTENT.filter((f) => f.lang === lang).map((f) => [parseConcept(f.path, f.source).slug, f.source])) as Record<Slug, string>;

describe('cross-links', () => {
	it('finds the links a page makes: other concepts and the labs of the figures it places', () => {
		expect(outgoingLinks('see [a](../emergence/) and [b](../emergence/#grokking), [c](../nope/)\n<AttentionMasks view="compare" />')).toEqual([
			{ slug: 'emergence' },
			{ lab: 'attention-masks' }
		]);
	});

	it('computes the same backlinks in both languages, and the mask lab links back to the pages that place it', () => {
		const zh = backlinks(sources('zh'));
		const en = backlinks(sources('en'));
		const keys = (map: typeof zh, key: string) => (map.get(key) ?? []).map(pageKey).sort();
		for (const key of [...SLUGS, 'lab/attention-masks']) expect(keys(zh, key), key).toEqual(keys(en, key));
		expect(keys(en, 'lab/attention-masks')).toEqual(['causal-prefix-encoder-decoder', 'transformer-architecture', 'why-decoder-only']);
		expect(keys(en, 'why-decoder-only')).toContain('lab/attention-masks');
		expect(keys(en, 'why-decoder-only')).toContain('causal-prefix-encoder-decoder');
		// No page lists itself.
		for (const [key, refs] of en) expect(refs.map(pageKey)).not.toContain(key);
	});

	it('every lab lists the concept pages that place its figures, in both languages', () => {
		const en = backlinks(sources('en'));
		const zh = backlinks(sources('zh'));
		const keys = (map: typeof en, key: string) => (map.get(key) ?? []).map(pageKey).sort();
		expect(new Set(FIGURES.map((f) => f.lab))).toEqual(new Set(LABS.map((l) => l.slug)));
		for (const lab of LABS) expect(keys(en, `lab/${lab.slug}`), lab.slug).toEqual(keys(zh, `lab/${lab.slug}`));
		expect(keys(en, 'lab/emergence')).toEqual(['emergence']);
		expect(keys(en, 'lab/tiny-lm')).toEqual(expect.arrayContaining(['training-objective']));
		expect(keys(en, 'lab/kv-cache')).toEqual(['why-decoder-only']);
		expect(keys(en, 'lab/architecture')).toEqual(['transformer-architecture']);
		expect(keys(en, 'lab/model-atlas')).toEqual(['model-families']);
	});

	it('chooses related links for every concept, each pointing at a page and note id that exist', () => {
		for (const slug of SLUGS) {
			expect(RELATED[slug].length, slug).toBeGreaterThanOrEqual(3);
			for (const link of RELATED[slug]) {
				if ('lab' in link) {
					expect(FIGURES.map((f) => f.lab)).toContain(link.lab);
					continue;
				}
				expect(link.slug, slug).not.toBe(slug);
				for (const lang of LANGS) {
					const concept = CONTENT.map((f) => parseConcept(f.path, f.source)).find((c) => c.lang === lang && c.slug === link.slug)!;
					if (link.anchor) expect(concept.notes.map((n) => n.id), relatedPath(lang, link)).toContain(link.anchor);
				}
			}
		}
	});
});
