/**
 * The rank question of the why-decoder-only page: for seeded random toy queries and keys, the attention matrix
 * A = softmax(Q K^T / sqrt(d) + M) under a causal, a prefix and a full (bidirectional) mask, and what its singular
 * values say about rank and conditioning. Masks and the masked softmax come from the mask module.
 */
import { causalMask, fullMask, maskedSoftmax, prefixMask, type Mask } from '$lib/attention/masks';
import { mulberry32 } from '$lib/random';
import { conditionNumber, numericalRank, rankTolerance, singularValues } from './svd';

export const RANK_MASKS = ['causal', 'prefix', 'full'] as const;
export type RankMask = (typeof RANK_MASKS)[number];

export const RANK_LIMITS = Object.freeze({ n: [2, 32], d: [1, 64], seed: [0, 99999] } as const);
/** Multipliers of the logits offered: larger values make each row's softmax sharper. */
export const LOGIT_SCALES = [0.25, 0.5, 1, 2, 4, 8] as const;

export interface RankToy {
	/** Sequence length (rows and columns of A). */
	n: number;
	/** Head size (columns of Q and K). */
	d: number;
	/** Seed of the random Q and K. */
	seed: number;
	/** Multiplies QK^T / sqrt(d) before the mask and softmax (1 is the plain formula). */
	scale: number;
	/** Prefix length for the prefix mask, 1..n. */
	prefix: number;
}

export interface RankResult {
	mask: RankMask;
	/** The attention matrix, rows summing to 1. */
	A: number[][];
	/** Singular values, largest first. */
	S: number[];
	rank: number;
	tolerance: number;
	/** Smallest singular value. */
	sigmaMin: number;
	/** sigma_max / sigma_min; Infinity only if sigma_min is exactly 0. */
	condition: number;
	/** Smallest diagonal entry of A (for the causal mask the determinant is the product of the diagonal). */
	minDiagonal: number;
}

/** Standard normal samples by Box-Muller from a seeded uniform generator. */
function normals(random: () => number, count: number): number[] {
	const out: number[] = [];
	while (out.length < count) {
		const u = 1 - random(); // (0, 1]: log is finite
		const v = random();
		const r = Math.sqrt(-2 * Math.log(u));
		out.push(r * Math.cos(2 * Math.PI * v), r * Math.sin(2 * Math.PI * v));
	}
	return out.slice(0, count);
}

/** Throws a RangeError unless the toy's sizes are integers in RANK_LIMITS, the scale positive and the prefix 1..n. */
export function checkToy(toy: RankToy): RankToy {
	for (const key of ['n', 'd', 'seed'] as const) {
		const [min, max] = RANK_LIMITS[key];
		const v = toy[key];
		if (!Number.isInteger(v) || v < min || v > max) throw new RangeError(`${key} must be an integer from ${min} to ${max} (got ${String(v)})`);
	}
	if (!Number.isFinite(toy.scale) || toy.scale <= 0 || toy.scale > 64) throw new RangeError(`scale must be in (0, 64] (got ${String(toy.scale)})`);
	if (!Number.isInteger(toy.prefix) || toy.prefix < 1 || toy.prefix > toy.n) throw new RangeError(`prefix must be an integer from 1 to n (got ${String(toy.prefix)})`);
	return toy;
}

/** Seeded Q and K, each n x d with standard normal entries. The same seed, n and d always give the same matrices. */
export function toyQK(n: number, d: number, seed: number): { Q: number[][]; K: number[][] } {
	const values = normals(mulberry32(seed), 2 * n * d);
	const rows = (offset: number) => Array.from({ length: n }, (_, i) => values.slice(offset + i * d, offset + (i + 1) * d));
	return { Q: rows(0), K: rows(n * d) };
}

/** The mask of each kind for the toy's length. */
export function rankMask(kind: RankMask, toy: RankToy): Mask {
	return kind === 'causal' ? causalMask(toy.n) : kind === 'prefix' ? prefixMask(toy.n, toy.prefix) : fullMask(toy.n);
}

/** The attention matrices of the three masks over the same Q and K, with their singular values, rank and conditioning. */
export function attentionRank(toy: RankToy): RankResult[] {
	checkToy(toy);
	const { n, d, scale } = toy;
	const { Q, K } = toyQK(n, d, toy.seed);
	const factor = scale / Math.sqrt(d);
	const logits = Q.map((q) => K.map((k) => factor * q.reduce((s, x, i) => s + x * k[i], 0)));
	return RANK_MASKS.map((mask) => {
		const A = maskedSoftmax(logits, rankMask(mask, toy));
		const S = singularValues(A);
		return {
			mask,
			A,
			S,
			rank: numericalRank(S, n, n),
			tolerance: rankTolerance(S, n, n),
			sigmaMin: S[S.length - 1],
			condition: conditionNumber(S),
			minDiagonal: Math.min(...A.map((row, i) => row[i]))
		};
	});
}
