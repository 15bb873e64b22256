import { describe, expect, it } from 'vitest';
import { causalMask } from '$lib/attention/masks';
import { createTransformer, forward } from './index';
import { createKVCache, logitsWithoutCache, stepWithCache } from './kv-cache';

const config = { vocabSize: 11, contextLength: 8, dModel: 12, nLayers: 2, nHeads: 3, dFF: 20 };

describe('KV cache', () => {
	const model = createTransformer(config, 21);
	for (const tensor of Object.values(model.params)) for (let i = 0; i < tensor.length; i++) tensor[i] += Math.sin(i * 12.9898) * 0.3;
	const tokens = [4, 9, 1, 0, 7, 7, 2, 10];

	it('each cached step gives the logits of a full causal forward over the prefix, to 1e-5', () => {
		const cache = createKVCache(model);
		for (let t = 0; t < tokens.length; t++) {
			const cached = stepWithCache(model, cache, tokens[t]);
			const full = logitsWithoutCache(model, tokens.slice(0, t + 1));
			expect(cached).toHaveLength(config.vocabSize);
			for (let v = 0; v < config.vocabSize; v++) expect(Math.abs(cached[v] - full[v])).toBeLessThan(1e-5);
			expect(cache.length).toBe(t + 1);
		}
	});

	it("the last step's attention is the last row of the full forward's attention", () => {
		const cache = createKVCache(model);
		for (const t of tokens.slice(0, 5)) stepWithCache(model, cache, t);
		const { attention } = forward(model, tokens.slice(0, 5), causalMask(5));
		attention.forEach((layer, l) => layer.forEach((head, h) => head[4].forEach((w, k) => expect(cache.lastAttention[l][h][k]).toBeCloseTo(w, 9))));
	});

	it('throws a RangeError naming token or cache', () => {
		const cache = createKVCache(model);
		expect(() => stepWithCache(model, cache, 11)).toThrow(/^token/);
		for (const t of tokens) stepWithCache(model, cache, t);
		expect(() => stepWithCache(model, cache, 1)).toThrow(/^cache is full/);
	});
});
