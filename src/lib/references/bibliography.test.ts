import { describe, expect, it } from 'vitest';
import { usesOf } from '../../../tests/unit/content-scan';
import { BIBLIOGRAPHY, formatReference, isCiteKey, keyForUrl, reference, referenceUrl, type CiteKey } from './bibliography';
import { CitationList } from './citations';

const keys = Object.keys(BIBLIOGRAPHY) as CiteKey[];

describe('the bibliography', () => {
	it('gives every entry authors, a title, a year, a venue and an address (arXiv where there is one)', () => {
		for (const key of keys) {
			const ref: { authors: string; title: string; year: number; venue: string; arxiv?: string; url?: string } = BIBLIOGRAPHY[key];
			expect(ref.authors.trim(), key).not.toBe('');
			expect(ref.title.trim(), key).not.toBe('');
			expect(ref.venue.trim(), key).not.toBe('');
			expect(ref.year, key).toBeGreaterThanOrEqual(2015);
			expect(ref.year, key).toBeLessThanOrEqual(2026);
			if (ref.arxiv) {
				expect(ref.arxiv, key).toMatch(/^\d{4}\.\d{4,5}$/);
				// An arXiv id starts with the year and month it was submitted; the year given is that year or the next.
				const submitted = 2000 + Number(ref.arxiv.slice(0, 2));
				expect(ref.year - submitted, key).toBeGreaterThanOrEqual(0);
				expect(ref.year - submitted, key).toBeLessThanOrEqual(1);
			} else {
				expect(ref.url, key).toMatch(/^https:\/\//);
			}
		}
		// No paper twice.
		const ids = keys.map((key) => referenceUrl(BIBLIOGRAPHY[key]));
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('has an entry for every <Cite key> used in content, and the notes link no arXiv paper without citing it', () => {
		const uses = usesOf(/<Cite key="([^"]*)"/g);
		expect(uses.length).toBeGreaterThan(150);
		for (const use of uses) {
			expect(isCiteKey(use.value), `${use.path}: unknown citation key "${use.value}"`).toBe(true);
			expect(use.inOriginal).toBe(false);
		}
		// Papers in the notes are citations; plain arXiv links remain only in tables (a "Source" column).
		for (const use of usesOf(/^(?!\|)(.*\]\(https:\/\/arxiv\.org\/abs\/.*)$/gm)) expect(use.inOriginal, use.path + ': ' + use.value.slice(0, 80)).toBe(true);
	});

	it('throws on an unknown key, so a typo fails the build', () => {
		expect(() => reference('nobody2099')).toThrow(/Unknown citation key "nobody2099"/);
	});

	it('formats a reference and maps addresses back to keys', () => {
		expect(formatReference(reference('vaswani2017'))).toBe('Vaswani, Shazeer, Parmar et al. (2017). Attention Is All You Need. NeurIPS 2017.');
		expect(keyForUrl('https://arxiv.org/abs/1706.03762')).toBe('vaswani2017');
		expect(keyForUrl('https://example.com/')).toBeUndefined();
	});

	it('numbers citations in order of first use', () => {
		const list = new CitationList(Object.fromEntries(['wei2022', 'schaeffer2023', 'power2022'].map((k) => [k, reference(k)])));
		expect([list.cite('wei2022'), list.cite('schaeffer2023'), list.cite('wei2022'), list.cite('power2022')]).toEqual([1, 2, 1, 3]);
		expect(list.entries.map((e) => [e.number, e.key])).toEqual([
			[1, 'wei2022'],
			[2, 'schaeffer2023'],
			[3, 'power2022']
		]);
		expect(() => list.cite('nobody2099')).toThrow();
	});
});
