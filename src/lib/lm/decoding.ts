// Decoding rules applied to a next-token distribution: greedy, temperature, top-k and top-p (nucleus, Holtzman et al.
// 2019, arXiv:1904.09751), and seeded sampling. Ties are broken by the lower token id, so results never depend on sort
// stability or on the order of equal probabilities.
import { softmax } from './maths';

export const DECODE_RULES = ['greedy', 'temperature', 'top-k', 'top-p'] as const;
export type DecodeRule = (typeof DECODE_RULES)[number];

export interface DecodeParams {
	rule: DecodeRule;
	/** Divides the log-probabilities before softmax; used by temperature, top-k and top-p (as in common libraries). */
	temperature: number;
	k: number;
	p: number;
}

/** Token ids by descending probability, lower id first on ties. */
export function rank(probs: ArrayLike<number>): number[] {
	return Array.from({ length: probs.length }, (_, i) => i).sort((a, b) => probs[b] - probs[a] || a - b);
}

/** The distribution a rule actually samples from, given the model's distribution. */
export function reshape(probs: ArrayLike<number>, params: DecodeParams): Float64Array {
	const n = probs.length;
	const out = new Float64Array(n);
	if (n === 0) return out;
	if (params.rule === 'greedy') {
		out[rank(probs)[0]] = 1;
		return out;
	}
	const t = Math.max(params.temperature, 1e-3);
	const scaled = Array.from(probs, (q) => (q > 0 ? Math.log(q) / t : -Infinity));
	const tempered = softmax(scaled, new Float64Array(n));
	if (params.rule === 'temperature') return tempered;
	const order = rank(tempered);
	let keep: number[];
	if (params.rule === 'top-k') keep = order.slice(0, Math.max(1, Math.min(n, Math.floor(params.k))));
	else keep = nucleus(tempered, order, params.p);
	let sum = 0;
	for (const i of keep) sum += tempered[i];
	for (const i of keep) out[i] = tempered[i] / sum;
	return out;
}

/** The smallest set of most probable tokens whose probabilities add up to at least p (always at least one). */
export function nucleus(probs: ArrayLike<number>, order: number[], p: number): number[] {
	const keep: number[] = [];
	let cumulative = 0;
	for (const i of order) {
		if (probs[i] <= 0 && keep.length > 0) break;
		keep.push(i);
		cumulative += probs[i];
		if (cumulative >= p - 1e-12) break;
	}
	return keep;
}

/** Draws a token id from a distribution with a uniform number u in [0, 1) (inverse CDF, ids in order). */
export function sample(probs: ArrayLike<number>, u: number): number {
	let cumulative = 0;
	let last = -1;
	for (let i = 0; i < probs.length; i++) {
		if (probs[i] <= 0) continue;
		cumulative += probs[i];
		last = i;
		if (u < cumulative) return i;
	}
	return last;
}
