// Training and evaluation helpers, pure and seeded: batches cut from a token array, one optimisation step under the
// causal or the prefix objective, held-out loss, and the bigram baseline scored on exactly the same positions.
//
// Objectives (T5, Raffel et al. 2019, sec. 3.2): 'causal' scores every position under a causal mask; 'prefix' draws a
// prefix length p (1 .. n-1) per sequence, lets the prefix attend both ways (prefixMask(n, p)) and scores only the
// targets, positions p-1 .. n-1 (the prediction of every token after the prefix). Positions before p-1 could see the
// token they would predict, so they get weight 0.
import { causalMask, prefixMask } from '$lib/attention/masks';
import { deriveSeed, mulberry32 } from '$lib/random';
import { accumulateGradients, weightedLossSum, zeroGradients, type Transformer } from './index';
import { adamWStep, type AdamWOptions, type AdamWState } from './optimizer';

export type Objective = 'causal' | 'prefix';

export interface Sequence {
	tokens: number[];
	targets: number[];
	mask: boolean[][];
	weights: number[];
	/** The prefix length p (prefix objective), 0 for causal. */
	prefixLength: number;
}

/** One sequence from `ids` starting at `start`: tokens ids[start..start+n), targets shifted by one. */
export function makeSequence(ids: ArrayLike<number>, start: number, n: number, objective: Objective, random: () => number): Sequence {
	const tokens: number[] = [];
	const targets: number[] = [];
	for (let i = 0; i < n; i++) {
		tokens.push(ids[start + i]);
		targets.push(ids[start + i + 1]);
	}
	if (objective === 'causal') return { tokens, targets, mask: causalMask(n), weights: new Array(n).fill(1), prefixLength: 0 };
	const p = n < 2 ? 1 : 1 + Math.floor(random() * (n - 1));
	const weights = tokens.map((_, i) => (i >= p - 1 ? 1 : 0));
	return { tokens, targets, mask: prefixMask(n, p), weights, prefixLength: p };
}

/** A batch of `size` sequences of length n at random places in ids (needs ids.length > n). */
export function makeBatch(ids: ArrayLike<number>, size: number, n: number, objective: Objective, random: () => number): Sequence[] {
	if (ids.length < n + 1) throw new RangeError(`ids must hold more than ${n} tokens (got ${ids.length})`);
	const batch: Sequence[] = [];
	for (let b = 0; b < size; b++) {
		const start = Math.floor(random() * (ids.length - n));
		batch.push(makeSequence(ids, start, n, objective, random));
	}
	return batch;
}

/** One AdamW step on a batch: the loss is Σ w CE / Σ w over the whole batch. Returns that loss and the gradient norm. */
export function trainStep(model: Transformer, optimizer: AdamWState, batch: Sequence[], options: AdamWOptions): { loss: number; gradNorm: number } {
	const grads = zeroGradients(model.params);
	const normaliser = batch.reduce((s, seq) => s + seq.weights.reduce((a, b) => a + b, 0), 0);
	let loss = 0;
	for (const seq of batch) loss += accumulateGradients(model, seq.tokens, seq.targets, seq.mask, seq.weights, grads, normaliser);
	const gradNorm = adamWStep(model.params, optimizer, grads, options);
	return { loss, gradNorm };
}

/**
 * The held-out sequences: `ids` cut into windows of n + 1 tokens stepping by n, so every neighbouring pair
 * (ids[i], ids[i+1]) is one (input, target) position exactly once. For 'prefix', each window's prefix length is
 * drawn from the seeded stream `seed` (window w uses deriveSeed(seed, w)), so every evaluation scores the same targets.
 * `maxWindows` bounds the work (the first windows are kept).
 */
export function heldOutSequences(ids: ArrayLike<number>, n: number, objective: Objective, seed: number, maxWindows = Infinity): Sequence[] {
	const out: Sequence[] = [];
	for (let start = 0, w = 0; start + 1 < ids.length && w < maxWindows; start += n, w++) {
		const length = Math.min(n, ids.length - 1 - start);
		out.push(makeSequence(ids, start, length, objective, mulberry32(deriveSeed(seed, w))));
	}
	return out;
}

/** Mean loss in nats over the scored positions of the sequences (Σ w CE / Σ w). */
export function evaluate(model: Transformer, sequences: readonly Sequence[]): number {
	let sum = 0;
	let weight = 0;
	for (const s of sequences) {
		const r = weightedLossSum(model, s.tokens, s.targets, s.mask, s.weights);
		sum += r.sum;
		weight += r.weight;
	}
	return sum / weight;
}

/** A bigram table with add-k smoothing: p(b | a) = (count(ab) + k) / (count(a) + k V), counted on `train`. */
export interface Bigram {
	V: number;
	k: number;
	/** log p(b | a) at a * V + b. */
	logProb: Float64Array;
}

export function countBigram(train: ArrayLike<number>, V: number, k: number): Bigram {
	const counts = new Float64Array(V * V);
	const rowTotal = new Float64Array(V);
	for (let i = 0; i + 1 < train.length; i++) {
		counts[train[i] * V + train[i + 1]] += 1;
		rowTotal[train[i]] += 1;
	}
	const logProb = new Float64Array(V * V);
	for (let a = 0; a < V; a++) for (let b = 0; b < V; b++) logProb[a * V + b] = Math.log((counts[a * V + b] + k) / (rowTotal[a] + k * V));
	return { V, k, logProb };
}

/** The bigram's mean loss on exactly the positions (and weights) the Transformer is scored on. */
export function evaluateBigram(bigram: Bigram, sequences: readonly Sequence[]): number {
	let sum = 0;
	let weight = 0;
	for (const s of sequences) {
		for (let i = 0; i < s.tokens.length; i++) {
			const w = s.weights[i];
			if (!(w > 0)) continue;
			sum -= w * bigram.logProb[s.tokens[i] * bigram.V + s.targets[i]];
			weight += w;
		}
	}
	return sum / weight;
}

/** The add-k constant, from `candidates`, with the lowest held-out loss: the strongest bigram on this split, so a
 * Transformer that beats it beats every bigram of the family. */
export function bestBigram(train: ArrayLike<number>, V: number, sequences: readonly Sequence[], candidates = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1]): { bigram: Bigram; loss: number } {
	let best: { bigram: Bigram; loss: number } | null = null;
	for (const k of candidates) {
		const bigram = countBigram(train, V, k);
		const loss = evaluateBigram(bigram, sequences);
		if (!best || loss < best.loss) best = { bigram, loss };
	}
	return best!;
}

/** Learning rate at `step` (0-based): linear warm-up over `warmup` steps, then cosine decay to `floor` x peak at `total`. */
export function learningRateAt(step: number, peak: number, warmup: number, total: number, floor = 0.1): number {
	if (step < warmup) return (peak * (step + 1)) / warmup;
	const progress = Math.min(1, (step - warmup) / Math.max(1, total - warmup));
	return peak * (floor + (1 - floor) * 0.5 * (1 + Math.cos(Math.PI * progress)));
}
