// Generation from the learner's prompt with a shipped decoder, one token per call so the page can run each in its own
// short task: with a KV cache (each step feeds only the new token) and without (each step runs the whole prefix
// again), timing both. Greedy takes the most likely token; sampling draws from the softmax with a seeded generator, so
// a link reproduces the same text.
import { mulberry32 } from '$lib/random';
import type { Transformer } from '$lib/transformer';
import { createKVCache, logitsWithoutCache, stepWithCache, type KVCache } from '$lib/transformer/kv-cache';
import type { DecodeRule } from './settings';

/** The token a rule picks from logits; `random` is used only when sampling. */
export function pickToken(logits: ArrayLike<number>, rule: DecodeRule, random: () => number): number {
	let best = 0;
	for (let i = 1; i < logits.length; i++) if (logits[i] > logits[best]) best = i;
	if (rule === 'greedy') return best;
	let total = 0;
	const weights = new Float64Array(logits.length);
	for (let i = 0; i < logits.length; i++) total += weights[i] = Math.exp(logits[i] - logits[best]);
	let r = random() * total;
	for (let i = 0; i < logits.length; i++) {
		r -= weights[i];
		if (r < 0) return i;
	}
	return best;
}

/** Largest absolute difference between two logit vectors (the cache and no-cache paths should agree to rounding). */
export function maxLogitGap(a: ArrayLike<number>, b: ArrayLike<number>): number {
	let gap = 0;
	for (let i = 0; i < a.length; i++) gap = Math.max(gap, Math.abs(a[i] - b[i]));
	return gap;
}

export interface GenerationStep {
	token: number;
	/** Milliseconds this step took with the cache and without it. */
	cachedMs: number;
	fullMs: number;
	/** How far the two paths' logits were apart. */
	gap: number;
}

export class Generator {
	readonly model: Transformer;
	readonly rule: DecodeRule;
	tokens: number[];
	readonly promptLength: number;
	#cache: KVCache;
	#pending: Float32Array | null = null;
	#random: () => number;

	/** `prompt`: token ids (at least one; cut to leave room in the context). */
	constructor(model: Transformer, prompt: number[], rule: DecodeRule, seed: number) {
		if (prompt.length === 0) throw new RangeError('prompt must hold at least one token');
		this.model = model;
		this.rule = rule;
		this.tokens = prompt.slice(0, model.config.contextLength - 1);
		this.promptLength = this.tokens.length;
		this.#cache = createKVCache(model);
		this.#random = mulberry32(seed);
	}

	/** Whether the context has room for another token. */
	get canStep(): boolean {
		return this.tokens.length < this.model.config.contextLength;
	}

	/** Adds one token; the first call also reads the prompt into the cache (timed as part of that step). */
	step(now: () => number = () => performance.now()): GenerationStep {
		if (!this.canStep) throw new RangeError('the context is full');
		let t = now();
		let logits = this.#pending;
		if (!logits) for (const token of this.tokens.slice(this.#cache.length)) logits = stepWithCache(this.model, this.#cache, token);
		const cachedFirst = now() - t;
		t = now();
		const full = logitsWithoutCache(this.model, this.tokens);
		const fullMs = now() - t;
		const token = pickToken(logits!, this.rule, this.#random);
		this.tokens.push(token);
		t = now();
		this.#pending = this.canStep ? stepWithCache(this.model, this.#cache, token) : null;
		return { token, cachedMs: cachedFirst + (now() - t), fullMs, gap: maxLogitGap(logits!, full) };
	}
}
