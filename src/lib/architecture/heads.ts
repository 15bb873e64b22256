/**
 * The multi-head toy's reading of the site's own trained decoder: what every head of one layer attends to on a short
 * sentence under the causal mask. The same function reads the trained weights or the same model's initial weights
 * (createTransformer with the same config and a seed), so a learner can compare what training changed. Pure: the
 * model comes in as an argument; the figure loads it.
 */
import { causalMask } from '$lib/attention/masks';
import { attentionMaps, type Transformer } from '$lib/transformer';

/** One short sentence per language, every character in that language's decoder vocabulary (heads.test checks), at
 * most 17 characters so a heatmap of one cell per character stays legible on a 360 px phone. */
export const TOY_TEXT = { en: 'The model learns.', zh: '模型学会了语言。' } as const;

export const TOY_WEIGHTS = ['trained', 'untrained'] as const;
export type ToyWeights = (typeof TOY_WEIGHTS)[number];

/** Layers of the shipped decoders (heads.test checks both files); the URL's layer is 1 to TOY_LAYERS. */
export const TOY_LAYERS = 2;
export const MAX_SEED = 999_999;

export interface HeadPattern {
	/** Head index, from 0. */
	head: number;
	/** weights[q][k]: how much query token q attends to key token k; 0 above the diagonal, rows sum to 1. */
	weights: number[][];
	/** For each query, the key it attends to most. */
	strongest: number[];
	/** The mean over queries of the largest weight in the row (see meanPeak). */
	peak: number;
}

/**
 * Every head of `layer` (from 0) of `model` on the token ids `ids`, under the causal mask. Throws a RangeError naming
 * `layer` when the model has no such layer (and whatever attentionMaps throws for bad ids).
 */
export function headPatterns(model: Transformer, ids: number[], layer: number): HeadPattern[] {
	const layers = model.config.nLayers;
	if (!Number.isInteger(layer) || layer < 0 || layer >= layers) throw new RangeError(`layer must be an integer from 0 to ${layers - 1} (got ${layer})`);
	const maps = attentionMaps(model, ids, causalMask(ids.length));
	return maps[layer].map((rows, head) => {
		const weights = rows.map((row) => Array.from(row));
		const strongest = weights.map((row) => row.reduce((best, w, i) => (w > row[best] ? i : best), 0));
		return { head, weights, strongest, peak: meanPeak(weights) };
	});
}

/** How concentrated a causal pattern is: the mean over queries of the row's largest weight. The first query can only
 * see itself (weight 1 whatever the model), so it is left out; a pattern of one row gives 1. */
export function meanPeak(weights: readonly (readonly number[])[]): number {
	if (weights.length < 2) return 1;
	let sum = 0;
	for (let q = 1; q < weights.length; q++) sum += Math.max(...weights[q].slice(0, q + 1));
	return sum / (weights.length - 1);
}

/** meanPeak of the uniform causal pattern on n tokens (each query spreads its weight evenly over the q + 1 it sees):
 * what a head that has learned nothing scores. */
export function uniformPeak(n: number): number {
	if (n < 2) return 1;
	let sum = 0;
	for (let q = 1; q < n; q++) sum += 1 / (q + 1);
	return sum / (n - 1);
}
