// Incremental (KV-cached) decoding for the decoder-only model: each step computes the new token's query, key and
// value only, appends the key and value to the cache, and attends over everything cached (a causal mask by
// construction). The no-cache path runs the full forward pass on the whole prefix for every new token; both give the
// same logits, and the page times one against the other.
import { causalMask } from '$lib/attention/masks';
import { forward, validateTransformerConfig, type Transformer } from './index';
import { attentionForward, geluForward, layerNormForward, linearForward, tiedHeadForward } from './ops';

export interface KVCache {
	/** Tokens cached so far (the position the next token takes). */
	length: number;
	/** Per layer, the keys and values of every cached position, [contextLength, dModel] each. */
	keys: Float64Array[];
	values: Float64Array[];
	/** The attention of the last step, [layer][head][key] over the `length` cached positions. */
	lastAttention: number[][][];
}

/** An empty cache with room for the model's whole context. */
export function createKVCache(model: Transformer): KVCache {
	const { contextLength: T, dModel: d, nLayers } = validateTransformerConfig(model.config);
	return {
		length: 0,
		keys: Array.from({ length: nLayers }, () => new Float64Array(T * d)),
		values: Array.from({ length: nLayers }, () => new Float64Array(T * d)),
		lastAttention: []
	};
}

/**
 * Feeds one token at the next position and returns the logits for the token after it. Throws a RangeError naming
 * `token` for an id outside the vocabulary and `cache` when it is full (contextLength tokens).
 */
export function stepWithCache(model: Transformer, cache: KVCache, token: number): Float32Array {
	const { config, params: P } = model;
	const { vocabSize: V, contextLength: T, dModel: d, nHeads: H, dFF, nLayers } = config;
	if (!Number.isInteger(token) || token < 0 || token >= V) {
		throw new RangeError(`token must be a token id from 0 to ${V - 1} (got ${String(token)})`);
	}
	if (cache.length >= T) throw new RangeError(`cache is full: the context holds ${T} tokens`);
	const pos = cache.length;
	const nk = pos + 1;
	const x = new Float64Array(d);
	const E = P.tokenEmbedding;
	for (let i = 0; i < d; i++) x[i] = E[token * d + i] + P.positionEmbedding[pos * d + i];
	const ln = new Float64Array(d);
	const mean = new Float64Array(1);
	const rstd = new Float64Array(1);
	const q = new Float64Array(d);
	const ctx = new Float64Array(d);
	const out = new Float64Array(d);
	const up = new Float64Array(dFF);
	const act = new Float64Array(dFF);
	const probs = new Float64Array(H * nk);
	const visible = new Uint8Array(nk).fill(1);
	const attention: number[][][] = [];
	for (let l = 0; l < nLayers; l++) {
		const p = `layer${l}.attention`;
		layerNormForward(x, 1, d, P[`${p}.norm.gain`], P[`${p}.norm.bias`], ln, mean, rstd);
		linearForward(ln, 1, d, P[`${p}.wq`], P[`${p}.bq`], d, q);
		const K = cache.keys[l];
		const Vv = cache.values[l];
		linearForward(ln, 1, d, P[`${p}.wk`], P[`${p}.bk`], d, K.subarray(pos * d, nk * d));
		linearForward(ln, 1, d, P[`${p}.wv`], P[`${p}.bv`], d, Vv.subarray(pos * d, nk * d));
		attentionForward(q, K, Vv, 1, nk, d, H, visible, probs, ctx);
		attention.push(Array.from({ length: H }, (_, h) => Array.from(probs.subarray(h * nk, (h + 1) * nk))));
		linearForward(ctx, 1, d, P[`${p}.wo`], P[`${p}.bo`], d, out);
		for (let i = 0; i < d; i++) x[i] += out[i];
		const m = `layer${l}.mlp`;
		layerNormForward(x, 1, d, P[`${m}.norm.gain`], P[`${m}.norm.bias`], ln, mean, rstd);
		linearForward(ln, 1, d, P[`${m}.wUp`], P[`${m}.bUp`], dFF, up);
		geluForward(up, dFF, act);
		linearForward(act, 1, dFF, P[`${m}.wDown`], P[`${m}.bDown`], d, out);
		for (let i = 0; i < d; i++) x[i] += out[i];
	}
	layerNormForward(x, 1, d, P['finalNorm.gain'], P['finalNorm.bias'], ln, mean, rstd);
	const logits = new Float64Array(V);
	tiedHeadForward(ln, 1, d, E, V, logits);
	cache.length = nk;
	cache.lastAttention = attention;
	return Float32Array.from(logits);
}

/** The no-cache path: a full causal forward pass over the whole prefix, keeping only the last position's logits. */
export function logitsWithoutCache(model: Transformer, tokens: number[]): Float32Array {
	const { logits } = forward(model, tokens, causalMask(tokens.length));
	return logits[logits.length - 1];
}
