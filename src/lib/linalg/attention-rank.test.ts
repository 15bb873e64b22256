import { describe, expect, it } from 'vitest';
import { attentionRank, checkToy, toyQK, type RankToy } from './attention-rank';

const toy = (patch: Partial<RankToy> = {}): RankToy => ({ n: 8, d: 4, seed: 1, scale: 1, prefix: 4, ...patch });

describe('attention rank toy', () => {
	it('is reproducible from its seed', () => {
		expect(toyQK(4, 3, 42)).toEqual(toyQK(4, 3, 42));
		expect(toyQK(4, 3, 42)).not.toEqual(toyQK(4, 3, 43));
	});
	it('rows of every matrix sum to 1; the causal one is lower-triangular with a positive diagonal', () => {
		for (const r of attentionRank(toy())) for (const row of r.A) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
		const causal = attentionRank(toy())[0];
		causal.A.forEach((row, i) => row.forEach((x, j) => (j > i ? expect(x).toBe(0) : expect(x).toBeGreaterThan(0))));
	});
	it('a causal matrix has full rank, and sigma product = product of its diagonal (its determinant)', () => {
		for (const seed of [1, 2, 3, 4, 5]) {
			const causal = attentionRank(toy({ n: 12, d: 2, seed }))[0];
			expect(causal.rank).toBe(12);
			const diag = causal.A.reduce((p, row, i) => p * row[i], 1);
			const prod = causal.S.reduce((p, s) => p * s, 1);
			expect(prod / diag).toBeCloseTo(1, 8);
		}
	});
	it('with d = 1 the full mask is numerically rank deficient at n = 32, while causal stays full rank', () => {
		const [causal, , full] = attentionRank(toy({ n: 32, d: 1, prefix: 16 }));
		expect(causal.rank).toBe(32);
		expect(full.rank).toBeLessThan(32);
	});
	it('with a wide head the bidirectional matrix is usually full rank too', () => {
		const [, , full] = attentionRank(toy({ n: 16, d: 64 }));
		expect(full.rank).toBe(16);
	});
	it('sharper softmax makes the causal matrix worse conditioned', () => {
		const soft = attentionRank(toy({ n: 16, d: 8, scale: 0.5 }))[0];
		const sharp = attentionRank(toy({ n: 16, d: 8, scale: 8 }))[0];
		expect(soft.rank).toBe(16);
		expect(sharp.condition).toBeGreaterThan(1000 * soft.condition);
		expect(sharp.minDiagonal).toBeLessThan(soft.minDiagonal);
		// Still non-singular in exact arithmetic: every diagonal entry is positive.
		expect(sharp.minDiagonal).toBeGreaterThan(0);
	});
	it('numbers are finite at every corner of the settings', () => {
		for (const n of [2, 32])
			for (const d of [1, 64])
				for (const scale of [0.25, 8])
					for (const r of attentionRank(toy({ n, d, scale, prefix: n }))) {
						expect(r.S.every(Number.isFinite)).toBe(true);
						expect(r.rank).toBeGreaterThan(0);
					}
	});
	it('rejects bad settings', () => {
		expect(() => checkToy(toy({ n: 1 }))).toThrow(/n must/);
		expect(() => checkToy(toy({ d: 65 }))).toThrow(/d must/);
		expect(() => checkToy(toy({ prefix: 9 }))).toThrow(/prefix/);
		expect(() => checkToy(toy({ scale: NaN }))).toThrow(/scale/);
	});
});
