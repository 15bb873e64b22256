// Which positions of a sentence count in the loss under five training objectives. Positions index the sentence's
// characters; each objective also says what the model is shown as input and what it must output.
// Sources: BERT masks 15% of positions, 80/10/10 (Devlin et al. 2018, arXiv:1810.04805); T5 span corruption, 15% noise,
// mean span 3, one sentinel per span (Raffel et al. 2019, arXiv:1910.10683, sec. 3.1.4); SFT zeroes the loss on prompt
// tokens (Touvron et al. 2023, arXiv:2307.09288).
import { deriveSeed, mulberry32 } from '$lib/random';

export const OBJECTIVES = ['causal', 'prefix', 'masked', 'span', 'instruction'] as const;
export type Objective = (typeof OBJECTIVES)[number];

export const MASK_RATE = 0.15;
export const MEAN_SPAN = 3;

/** What the model sees at one input slot. */
export type InputSlot =
	| { kind: 'token'; position: number }
	| { kind: 'mask'; position: number }
	| { kind: 'random'; position: number; replacement: number }
	| { kind: 'sentinel'; index: number };

export interface LossPositions {
	objective: Objective;
	/** For each sentence position: does its token contribute a loss term? */
	targets: boolean[];
	/** How many loss terms in total (for span corruption this includes the sentinels in the target). */
	terms: number;
	/** The model's input (for span corruption: the corrupted text; for masked LM: with [MASK] etc.). */
	input: InputSlot[];
	/** Span corruption only: the spans dropped, as [start, end) positions. */
	spans: [number, number][];
}

/** Loss positions for a sentence of n characters. `prefix` is the prefix (or prompt) length; `seed` picks masked
 * positions and spans. Never throws; out-of-range prefixes are clamped to [0, n]. */
export function lossPositions(objective: Objective, n: number, prefix: number, seed: number): LossPositions {
	const p = Math.max(0, Math.min(n, Math.floor(prefix)));
	const tokens = (): InputSlot[] => Array.from({ length: n }, (_, position) => ({ kind: 'token' as const, position }));
	switch (objective) {
		case 'causal': {
			const targets = new Array<boolean>(n).fill(true);
			return { objective, targets, terms: n, input: tokens(), spans: [] };
		}
		case 'prefix':
		case 'instruction': {
			const targets = Array.from({ length: n }, (_, i) => i >= p);
			return { objective, targets, terms: n - p, input: tokens(), spans: [] };
		}
		case 'masked':
			return maskedPositions(n, seed);
		case 'span':
			return spanPositions(n, seed);
	}
}

/** BERT: 15% of positions (at least one), chosen by seeded shuffle; of those 80% [MASK], 10% a random token (another
 * position's character here), 10% unchanged. */
function maskedPositions(n: number, seed: number): LossPositions {
	const random = mulberry32(deriveSeed(seed, 101));
	const count = n === 0 ? 0 : Math.max(1, Math.round(n * MASK_RATE));
	const order = Array.from({ length: n }, (_, i) => i);
	for (let i = n - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[order[i], order[j]] = [order[j], order[i]];
	}
	const chosen = new Set(order.slice(0, count));
	const targets = Array.from({ length: n }, (_, i) => chosen.has(i));
	const input: InputSlot[] = Array.from({ length: n }, (_, position) => {
		if (!chosen.has(position)) return { kind: 'token', position };
		const r = random();
		if (r < 0.8) return { kind: 'mask', position };
		if (r < 0.9) return { kind: 'random', position, replacement: Math.floor(random() * n) };
		return { kind: 'token', position };
	});
	return { objective: 'masked', targets, terms: count, input, spans: [] };
}

/** Splits `total` items into `parts` segments of length >= 1, at random (T5's _random_segmentation). */
function segment(total: number, parts: number, random: () => number): number[] {
	const cuts = Array.from({ length: total - 1 }, (_, i) => i + 1);
	for (let i = cuts.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[cuts[i], cuts[j]] = [cuts[j], cuts[i]];
	}
	const chosen = cuts.slice(0, parts - 1).sort((a, b) => a - b);
	const bounds = [0, ...chosen, total];
	return bounds.slice(1).map((b, i) => b - bounds[i]);
}

/** T5: about 15% of positions dropped in spans of mean length 3, alternating kept and dropped segments starting with
 * a kept one (as T5's random_spans_noise_mask). Input: kept text with one sentinel per span; target: each sentinel
 * followed by its span, then a final sentinel. */
function spanPositions(n: number, seed: number): LossPositions {
	const random = mulberry32(deriveSeed(seed, 202));
	const targets = new Array<boolean>(n).fill(false);
	if (n < 2) return { objective: 'span', targets, terms: 0, input: Array.from({ length: n }, (_, position) => ({ kind: 'token', position })), spans: [] };
	const noise = Math.min(n - 1, Math.max(1, Math.round(n * MASK_RATE)));
	const spanCount = Math.max(1, Math.min(Math.round(noise / MEAN_SPAN), n - noise));
	const noiseLengths = segment(noise, spanCount, random);
	const keptLengths = segment(n - noise, spanCount, random);
	const spans: [number, number][] = [];
	const input: InputSlot[] = [];
	let i = 0;
	for (let s = 0; s < spanCount; s++) {
		for (let k = 0; k < keptLengths[s]; k++) input.push({ kind: 'token', position: i++ });
		spans.push([i, i + noiseLengths[s]]);
		input.push({ kind: 'sentinel', index: s });
		for (let k = 0; k < noiseLengths[s]; k++) targets[i++] = true;
	}
	return { objective: 'span', targets, terms: noise + spanCount + 1, input, spans };
}

/** T5's sentinel names as drawn in its Figure 2 (<X>, <Y>, <Z>), then its vocabulary's own names. */
export function sentinelName(index: number): string {
	return index < 3 ? `<${'XYZ'[index]}>` : `<extra_id_${index}>`;
}
