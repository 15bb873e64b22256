import { describe, expect, it } from 'vitest';
import { CONTENT, usesOf } from '../../../tests/unit/content-scan';
import { parseConcept, SLUGS } from '$lib/content/concepts';
import { LANGS } from '$lib/i18n/langs';
import { FIGURES } from '$lib/links/related';
import { GLOSSARY, glossaryTerm, isTermId, TERM_IDS, termLinkPath } from './terms';

const concepts = CONTENT.map((f) => parseConcept(f.path, f.source));

describe('the glossary', () => {
	it('has about thirty terms, each named and defined in both languages', () => {
		expect(TERM_IDS.length).toBeGreaterThanOrEqual(30);
		for (const id of TERM_IDS) {
			expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
			for (const lang of LANGS) {
				expect(GLOSSARY[id].name[lang].trim(), `${id} name ${lang}`).not.toBe('');
				expect(GLOSSARY[id].definition[lang].length, `${id} definition ${lang}`).toBeGreaterThan(30);
			}
			// Chinese definitions are written in Chinese, English ones in English.
			expect(GLOSSARY[id].definition.zh, id).toMatch(/[\u4e00-\u9fff]/);
			expect(GLOSSARY[id].definition.en, id).not.toMatch(/[\u4e00-\u9fff]/);
			expect(GLOSSARY[id].see.length, `${id} links`).toBeGreaterThan(0);
		}
	});

	it('links every term to places that exist: a concept page and one of its note ids in both languages, or a lab', () => {
		for (const id of TERM_IDS) {
			for (const link of GLOSSARY[id].see) {
				if ('lab' in link) {
					expect(FIGURES.map((f) => f.lab), id).toContain(link.lab);
					continue;
				}
				expect(SLUGS, id).toContain(link.slug);
				for (const lang of LANGS) {
					const concept = concepts.find((c) => c.lang === lang && c.slug === link.slug)!;
					if (link.anchor) expect(concept.notes.map((n) => n.id), `${id} -> ${link.slug}#${link.anchor}`).toContain(link.anchor);
				}
			}
		}
		expect(termLinkPath('zh', { slug: 'emergence', anchor: 'grokking' })).toBe('/zh/emergence/#grokking');
		expect(termLinkPath('en', { lab: 'attention-masks' })).toBe('/en/lab/attention-masks/');
	});

	it('has an entry for every <Term id> used in content, and terms are linked only outside the original answers', () => {
		const uses = usesOf(/<Term id="([^"]*)">/g);
		expect(uses.length).toBeGreaterThan(60);
		for (const use of uses) {
			expect(isTermId(use.value), `${use.path}: unknown term "${use.value}"`).toBe(true);
			expect(use.inOriginal, `${use.path}: term "${use.value}" inside <Original>`).toBe(false);
		}
		// Every page links some terms, in both languages.
		for (const file of CONTENT) expect(file.source, file.path).toMatch(/<Term id="/);
	});

	it('throws on an unknown id, so a typo fails the build', () => {
		expect(() => glossaryTerm('no-such-term')).toThrow(/Unknown glossary term "no-such-term"/);
		expect(glossaryTerm('kv-cache').name.zh).toBe('KV 缓存');
	});
});
