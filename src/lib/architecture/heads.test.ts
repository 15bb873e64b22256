import { describe, expect, it } from 'vitest';
import { TOY_D_MODEL, TOY_HEAD_COUNTS, toyHeadPatterns } from './heads';

describe('toy multi-head attention', () => {
	it('has one causal pattern per head, rows summing to 1, nothing above the diagonal', () => {
		for (const h of TOY_HEAD_COUNTS) {
			const patterns = toyHeadPatterns(7, h, 42);
			expect(patterns).toHaveLength(h);
			for (const { weights } of patterns) {
				weights.forEach((row, q) => {
					expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
					row.forEach((w, k) => (k > q ? expect(w).toBe(0) : expect(w).toBeGreaterThan(0)));
				});
			}
		}
	});
	it('is seeded: same seed same patterns, another seed another', () => {
		expect(toyHeadPatterns(5, 4, 1)).toEqual(toyHeadPatterns(5, 4, 1));
		expect(toyHeadPatterns(5, 4, 1)[0].weights).not.toEqual(toyHeadPatterns(5, 4, 2)[0].weights);
	});
	it('heads differ from each other', () => {
		const [a, b] = toyHeadPatterns(7, 2, 7);
		expect(a.weights).not.toEqual(b.weights);
	});
	it('rejects head counts that do not divide the width, naming the field', () => {
		expect(() => toyHeadPatterns(5, 3, 1)).toThrow(/^heads/);
		expect(TOY_D_MODEL % 3).not.toBe(0);
		expect(() => toyHeadPatterns(0, 2, 1)).toThrow(/^n /);
		expect(() => toyHeadPatterns(5, 2, -1)).toThrow(/^seed/);
	});
});

describe('toy sentences', () => {
	it('have the same number of tokens in both languages (the figure sizes the patterns by one)', async () => {
		const { TOY_TOKENS } = await import('./heads');
		expect(TOY_TOKENS.zh.length).toBe(TOY_TOKENS.en.length);
	});
});
