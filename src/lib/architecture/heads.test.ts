// The multi-head toy reads the site's shipped causal decoders (static/models/, loaded from disk as
// src/lib/transformer/models.test.ts does): real, causal patterns equal to attentionMaps of the file's weights, and
// visibly different from the same model's untrained initial weights.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { causalMask } from '$lib/attention/masks';
import { characters } from '$lib/lm/tokens';
import { attentionMaps, createTransformer } from '$lib/transformer';
import { vocabFromTokens } from '$lib/transformer/vocab';
import { decodeWeights } from '$lib/transformer/weights';
import { headPatterns, meanPeak, TOY_LAYERS, TOY_TEXT, uniformPeak } from './heads';

const shipped = (lang: 'en' | 'zh') => {
	const { model, meta } = decodeWeights(new Uint8Array(readFileSync(`static/models/transformer-${lang}-causal.bin`)));
	const vocab = vocabFromTokens(meta.vocab);
	const chars = characters(TOY_TEXT[lang]);
	return { model, vocab, chars, ids: chars.map((c) => vocab.index.get(c) ?? vocab.unk) };
};

const expectCausal = (weights: number[][]) =>
	weights.forEach((row, q) => {
		expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
		row.forEach((w, k) => (k > q ? expect(w).toBe(0) : expect(w).toBeGreaterThan(0)));
	});

describe.each(['en', 'zh'] as const)('the toy on the shipped %s causal decoder', (lang) => {
	const { model, vocab, chars, ids } = shipped(lang);

	it('has a sentence whose every character the model knows, short enough for a phone', () => {
		expect(chars.every((c) => vocab.index.has(c))).toBe(true);
		expect(chars.length).toBeGreaterThanOrEqual(6);
		expect(chars.length).toBeLessThanOrEqual(17);
		expect(model.config.nLayers).toBe(TOY_LAYERS);
	});

	it('shows every head of each layer, rows summing to 1 and nothing above the diagonal', () => {
		for (let layer = 0; layer < model.config.nLayers; layer++) {
			const patterns = headPatterns(model, ids, layer);
			expect(patterns.map((p) => p.head)).toEqual([0, 1, 2, 3]);
			for (const { weights, strongest } of patterns) {
				expect(weights).toHaveLength(chars.length);
				expectCausal(weights);
				strongest.forEach((k, q) => expect(weights[q][k]).toBe(Math.max(...weights[q])));
			}
		}
	});

	it('equals attentionMaps of the file’s weights on the same ids', () => {
		const maps = attentionMaps(model, ids, causalMask(ids.length));
		for (let layer = 0; layer < model.config.nLayers; layer++)
			headPatterns(model, ids, layer).forEach((p, h) => expect(p.weights).toEqual(maps[layer][h].map((row) => Array.from(row))));
	});

	it('trained heads are more concentrated than even, differ from each other and from the initial weights, which spread evenly', () => {
		const untrained = createTransformer(model.config, 1);
		const uniform = uniformPeak(ids.length);
		for (let layer = 0; layer < model.config.nLayers; layer++) {
			const trained = headPatterns(model, ids, layer);
			const initial = headPatterns(untrained, ids, layer);
			const mean = trained.reduce((sum, p) => sum + p.peak, 0) / trained.length;
			expect(mean).toBeGreaterThan(uniform + 0.05);
			// Largest change of any weight, per head: some heads of the small Chinese model stay fairly even, none stays put.
			const gaps = trained.map((p, h) => Math.max(...p.weights.flatMap((row, q) => row.map((w, k) => Math.abs(w - initial[h].weights[q][k])))));
			expect(Math.min(...gaps)).toBeGreaterThan(0.03);
			expect(Math.max(...gaps)).toBeGreaterThan(0.2);
			for (let h = 0; h < trained.length; h++) {
				expect(trained[h].peak).toBeGreaterThan(uniform);
				expect(Math.abs(initial[h].peak - uniform)).toBeLessThan(0.02);
				expectCausal(initial[h].weights);
			}
			expect(trained[0].weights).not.toEqual(trained[1].weights);
		}
	});

	it('the untrained model is seeded: same seed same patterns, another seed another', () => {
		const a = headPatterns(createTransformer(model.config, 1), ids, 0);
		expect(headPatterns(createTransformer(model.config, 1), ids, 0)).toEqual(a);
		expect(headPatterns(createTransformer(model.config, 2), ids, 0)[0].weights).not.toEqual(a[0].weights);
	});

	it('rejects a layer the model lacks, naming the field', () => {
		expect(() => headPatterns(model, ids, 2)).toThrow(/^layer/);
		expect(() => headPatterns(model, ids, -1)).toThrow(/^layer/);
	});
});

describe('meanPeak', () => {
	it('is 1 for a head that always picks one key and uniformPeak for one that spreads evenly', () => {
		const n = 5;
		const diagonal = Array.from({ length: n }, (_, q) => Array.from({ length: n }, (_, k) => (k === q ? 1 : 0)));
		expect(meanPeak(diagonal)).toBe(1);
		const even = Array.from({ length: n }, (_, q) => Array.from({ length: n }, (_, k) => (k <= q ? 1 / (q + 1) : 0)));
		expect(meanPeak(even)).toBeCloseTo(uniformPeak(n), 12);
		expect(uniformPeak(2)).toBe(0.5);
	});
});
