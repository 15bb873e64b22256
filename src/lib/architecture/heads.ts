/**
 * A seeded toy of multi-head causal self-attention, to show what "h heads of d_model / h dimensions" means: each head
 * gets its own random query and key vectors of d_model / h dimensions per token, scores them with
 * QKᵀ / √(d_model / h), masks the future with the causal mask of the mask module and takes a softmax. The weights
 * are random, not trained, so the patterns show the mechanics (every row sums to 1, nothing above the diagonal),
 * not what real heads learn. Same seed, same patterns.
 */
import { causalMask, maskedSoftmax } from '$lib/attention/masks';

/** The toy's width; the head count must divide it. */
export const TOY_D_MODEL = 16;
export const TOY_HEAD_COUNTS = [1, 2, 4, 8] as const;
export type ToyHeads = (typeof TOY_HEAD_COUNTS)[number];
export const MAX_SEED = 999_999;

/** The sentence of each language, already split into tokens (at most 8, so each heatmap stays small). */
export const TOY_TOKENS = {
	en: ['The', 'cat', 'sat', 'on', 'the', 'mat', '.'],
	zh: ['猫', '坐', '在', '垫', '子', '上', '。']
} as const;

/** Mulberry32: a small seeded generator, good enough for a picture. */
export function mulberry32(seed: number): () => number {
	let a = seed | 0;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A standard normal sample by the Box-Muller transform. */
function normal(random: () => number): number {
	const u = 1 - random();
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

export interface HeadPattern {
	/** Head index, from 0. */
	head: number;
	/** weights[q][k]: how much query token q attends to key token k; 0 above the diagonal, rows sum to 1. */
	weights: number[][];
	/** For each query, the key it attends to most. */
	strongest: number[];
}

/**
 * Attention patterns of `heads` heads on `n` tokens. Throws a RangeError naming `heads`, `n` or `seed` when out of
 * range (heads must divide TOY_D_MODEL).
 */
export function toyHeadPatterns(n: number, heads: number, seed: number): HeadPattern[] {
	if (!Number.isInteger(n) || n < 1 || n > 64) throw new RangeError(`n must be an integer from 1 to 64 (got ${n})`);
	if (!Number.isInteger(heads) || heads < 1 || TOY_D_MODEL % heads !== 0) {
		throw new RangeError(`heads must divide ${TOY_D_MODEL} (got ${heads})`);
	}
	if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) throw new RangeError(`seed must be an integer from 0 to ${MAX_SEED} (got ${seed})`);
	const dHead = TOY_D_MODEL / heads;
	const mask = causalMask(n);
	const patterns: HeadPattern[] = [];
	for (let h = 0; h < heads; h++) {
		const random = mulberry32(seed * 1009 + h * 7919 + 1);
		const vectors = () => Array.from({ length: n }, () => Array.from({ length: dHead }, () => normal(random)));
		const q = vectors();
		const k = vectors();
		// A few dimensions of extra sharpness so the heads differ visibly; still random, still seeded.
		const temperature = 1 + 2 * random();
		const scores = q.map((qi) => k.map((kj) => (temperature * qi.reduce((s, v, i) => s + v * kj[i], 0)) / Math.sqrt(dHead)));
		const weights = maskedSoftmax(scores, mask);
		const strongest = weights.map((row) => row.reduce((best, w, i) => (w > row[best] ? i : best), 0));
		patterns.push({ head: h, weights, strongest });
	}
	return patterns;
}
