// Teacher forcing versus free-running generation. Training scores the true text: at each position the model is
// conditioned on the real previous token. Generation conditions on the model's own previous output, so one unlikely
// pick changes every later context (exposure bias, Bengio et al. 2015, arXiv:1506.03099).
import { reshape, sample, type DecodeParams, rank } from './decoding';
import { deriveSeed, mulberry32 } from '$lib/random';

/** The model's next-token distribution after a context token. */
export type RowFn = (context: number) => Float64Array;

export interface ForcedStep {
	/** The true previous token the model is given. */
	context: number;
	/** The true token it is scored on. */
	target: number;
	/** -log p(target | context), nats. */
	nll: number;
	/** The model's most probable next token here. */
	guess: number;
}

/** Scores every position of the true sequence `ids` (ids[0] is the start token) given the true previous token.
 * A position whose token or context is outside the vocabulary (id < 0) cannot be scored: null. */
export function teacherForced(ids: readonly number[], row: RowFn): (ForcedStep | null)[] {
	const steps: (ForcedStep | null)[] = [];
	for (let i = 1; i < ids.length; i++) {
		if (ids[i - 1] < 0 || ids[i] < 0) {
			steps.push(null);
			continue;
		}
		const p = row(ids[i - 1]);
		steps.push({ context: ids[i - 1], target: ids[i], nll: -Math.log(p[ids[i]]), guess: rank(p)[0] });
	}
	return steps;
}

export interface GeneratedStep {
	context: number;
	token: number;
	/** Probability the model (before the decoding rule) gave the token it produced. */
	p: number;
}

/** Generates `length` tokens after `start`, each conditioned on the previous generated token, with seeded sampling. */
export function freeRunning(start: number, length: number, row: RowFn, params: DecodeParams, seed: number): GeneratedStep[] {
	const random = mulberry32(deriveSeed(seed, 303));
	const steps: GeneratedStep[] = [];
	let context = start;
	for (let i = 0; i < length; i++) {
		const p = row(context);
		const token = sample(reshape(p, params), random());
		if (token < 0) break;
		steps.push({ context, token, p: p[token] });
		context = token;
	}
	return steps;
}
