import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countVisible, causalMask, prefixMask } from '$lib/attention/masks';
import { SLUGS } from '$lib/content/concepts';
import { exactMatch } from '$lib/emergence/metrics';
import { LANGS } from '$lib/i18n/langs';
import { mulberry32 } from '$lib/random';
import { causalCountQuestion, exactMatchQuestion, prefixMaskQuestion, questionsFor } from './questions';
import { parseAnswers } from './progress';

describe('self-check questions', () => {
	it('every page has at least two, each in both languages, with distinct options and a valid answer', () => {
		for (const slug of SLUGS) {
			const questions = questionsFor(slug);
			expect(questions.length, slug).toBeGreaterThanOrEqual(2);
			expect(new Set(questions.map((q) => q.id)).size, slug).toBe(questions.length);
			for (const q of questions) {
				expect(q.answer).toBeGreaterThanOrEqual(0);
				expect(q.answer).toBeLessThan(q.options.length);
				for (const lang of LANGS) {
					expect(q.prompt[lang].length, `${slug}/${q.id}`).toBeGreaterThan(10);
					expect(q.explanation[lang].length, `${slug}/${q.id}`).toBeGreaterThan(10);
					expect(new Set(q.options.map((o) => o[lang])).size, `${slug}/${q.id} options`).toBe(q.options.length);
				}
			}
		}
	});

	it('are the same on every call (seeded), so the server and the browser render the same page', () => {
		for (const slug of SLUGS) expect(JSON.stringify(questionsFor(slug))).toBe(JSON.stringify(questionsFor(slug)));
		expect(questionsFor('causal-prefix-encoder-decoder').some((q) => q.generated)).toBe(true);
		expect(questionsFor('emergence').some((q) => q.id.startsWith('exact-match'))).toBe(true);
	});

	it('answer the mask question as prefixMask does, for any seed', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
				const q = prefixMaskQuestion(mulberry32(seed));
				const [, P, i, j] = q.id.split('-').map(Number);
				expect(j).toBeGreaterThan(i);
				expect(j).toBeLessThan(6);
				expect(q.answer === 0).toBe(prefixMask(6, P)[i][j]);
				// The pair is chosen where the answer is the interesting one: inside the prefix it differs from causal.
				if (q.answer === 0) expect(causalMask(6)[i][j]).toBe(false);
			}),
			{ numRuns: 300 }
		);
	});

	it('answer the count and exact-match questions with the modules’ own numbers', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
				const count = causalCountQuestion(mulberry32(seed));
				const n = Number(count.id.split('-').at(-1));
				expect(count.options[count.answer].en).toBe(String(countVisible(causalMask(n))));
				const em = exactMatchQuestion(mulberry32(seed));
				const [p, L] = em.id.replace('exact-match-', '').split('-').map(Number);
				expect(em.options[em.answer].en).toBe(exactMatch(p, L).toFixed(2));
				expect(new Set(em.options.map((o) => o.en)).size).toBe(em.options.length);
			}),
			{ numRuns: 200 }
		);
	});

	it('read stored progress defensively', () => {
		expect(parseAnswers(null)).toEqual({});
		expect(parseAnswers('not json')).toEqual({});
		expect(parseAnswers('[1,2]')).toEqual({});
		expect(parseAnswers('{"a/b":1,"c":-1,"d":"2","e":1.5,"f":99}')).toEqual({ 'a/b': 1 });
	});
});
