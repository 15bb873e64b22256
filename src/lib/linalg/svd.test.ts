import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '$lib/random';
import { conditionNumber, multiply, numericalRank, rankTolerance, singularValues, svd, transpose } from './svd';

function reconstruct(U: number[][], S: number[], V: number[][]) {
	return multiply(
		U.map((row) => row.map((x, j) => x * S[j])),
		transpose(V)
	);
}
function maxDiff(a: number[][], b: number[][]) {
	let d = 0;
	a.forEach((row, i) => row.forEach((x, j) => (d = Math.max(d, Math.abs(x - b[i][j])))));
	return d;
}
function identityError(q: number[][]) {
	const g = multiply(transpose(q), q);
	return maxDiff(
		g,
		g.map((row, i) => row.map((_, j) => (i === j ? 1 : 0)))
	);
}
/** An m x n matrix of seeded uniform entries in [-0.5, 0.5). */
const random = (m: number, n: number, seed: number) => {
	const r = mulberry32(seed);
	return Array.from({ length: m }, () => Array.from({ length: n }, () => r() - 0.5));
};

describe('svd against known matrices', () => {
	it('diagonal: the absolute diagonal, sorted', () => {
		expect(singularValues([[3, 0, 0], [0, -5, 0], [0, 0, 1]])).toEqual([5, 3, 1]);
	});
	it('hand-computed 2 x 2: [[3, 0], [4, 5]] has singular values 3 sqrt(5) and sqrt(5)', () => {
		// A^T A = [[25, 20], [20, 25]], eigenvalues 45 and 5.
		const S = singularValues([[3, 0], [4, 5]]);
		expect(S[0]).toBeCloseTo(3 * Math.sqrt(5), 13);
		expect(S[1]).toBeCloseTo(Math.sqrt(5), 13);
	});
	it('orthogonal (a rotation and a permutation): all singular values 1, condition number 1', () => {
		const c = Math.cos(0.7);
		const s = Math.sin(0.7);
		for (const q of [[[c, -s], [s, c]], [[0, 1, 0], [0, 0, 1], [1, 0, 0]]]) {
			const S = singularValues(q);
			for (const x of S) expect(x).toBeCloseTo(1, 14);
			expect(conditionNumber(S)).toBeCloseTo(1, 13);
		}
	});
	it('rank-deficient: an outer product has rank 1, a repeated row rank 2', () => {
		const u = [1, 2, 3, 4];
		const w = [0.5, -1, 2, 0.25];
		const outer = u.map((x) => w.map((y) => x * y));
		const S = singularValues(outer);
		expect(numericalRank(S, 4, 4)).toBe(1);
		expect(S[0]).toBeCloseTo(Math.hypot(...u) * Math.hypot(...w), 12);
		expect(numericalRank(singularValues([[1, 2, 3], [4, 5, 6], [1, 2, 3]]), 3, 3)).toBe(2);
		expect(numericalRank(singularValues([[0, 0], [0, 0]]), 2, 2)).toBe(0);
		expect(conditionNumber([1, 0])).toBe(Infinity);
	});
	it('tolerance is sigma_max x max(m, n) x eps (NumPy default)', () => {
		expect(rankTolerance([2, 1], 3, 5)).toBe(2 * 5 * 2 ** -52);
	});
	it('rectangular both ways, with U, V orthonormal and U S V^T = A', () => {
		for (const [m, n] of [[5, 3], [3, 5], [1, 4], [4, 1]]) {
			const a = random(m, n, m * 10 + n);
			const { U, S, V } = svd(a);
			expect(S).toHaveLength(Math.min(m, n));
			expect(maxDiff(reconstruct(U, S, V), a)).toBeLessThan(1e-13);
			expect(identityError(U)).toBeLessThan(1e-13);
			expect(identityError(V)).toBeLessThan(1e-13);
		}
	});
	it('rejects empty, ragged and non-finite input', () => {
		expect(() => svd([])).toThrow(RangeError);
		expect(() => svd([[1, 2], [3]])).toThrow(RangeError);
		expect(() => svd([[NaN]])).toThrow(RangeError);
	});
});

describe('svd properties on random matrices', () => {
	it('reconstructs, is sorted and non-negative, and its squares sum to the Frobenius norm squared', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.integer(), (m, n, seed) => {
				const a = random(m, n, seed);
				const { U, S, V } = svd(a);
				expect(maxDiff(reconstruct(U, S, V), a)).toBeLessThan(1e-12);
				for (let i = 1; i < S.length; i++) expect(S[i]).toBeLessThanOrEqual(S[i - 1]);
				expect(Math.min(...S)).toBeGreaterThanOrEqual(0);
				const frob = a.flat().reduce((s, x) => s + x * x, 0);
				expect(S.reduce((s, x) => s + x * x, 0)).toBeCloseTo(frob, 10);
			}),
			{ numRuns: 100 }
		);
	});
	it('32 x 32: orthonormal factors, and the singular values of A^T equal those of A', () => {
		const a = random(32, 32, 7);
		const { U, S, V } = svd(a);
		expect(identityError(U)).toBeLessThan(1e-12);
		expect(identityError(V)).toBeLessThan(1e-12);
		const St = singularValues(transpose(a));
		St.forEach((s, i) => expect(s).toBeCloseTo(S[i], 12));
	});
	it('a triangular matrix with diagonal d has |det| = product of singular values = product of |d|', () => {
		const a = random(6, 6, 3).map((row, i) => row.map((x, j) => (j > i ? 0 : j === i ? 1 + Math.abs(x) : x)));
		const det = a.reduce((p, row, i) => p * row[i], 1);
		const prod = singularValues(a).reduce((p, s) => p * s, 1);
		expect(prod).toBeCloseTo(Math.abs(det), 12);
	});
});
