import { describe, expect, it } from 'vitest';
import { deriveSeed, mulberry32 } from '$lib/random';
import { causalMask, fullMask, prefixMask } from '$lib/attention/masks';
import { countParameters } from '$lib/architecture/params';
import {
	architectureConfig,
	attentionMaps,
	createTransformer,
	forward,
	lossAndGradients,
	parameterCount,
	parameterShapes,
	type Transformer,
	type TransformerConfig
} from './index';

const tiny: TransformerConfig = { vocabSize: 7, contextLength: 6, dModel: 8, nLayers: 2, nHeads: 2, dFF: 12 };

/** A model whose weights are larger than at initialisation, so every path carries a visible gradient. */
function perturbed(config: TransformerConfig, seed: number): Transformer {
	const model = createTransformer(config, seed);
	const random = mulberry32(deriveSeed(seed, 1000)); // a stream apart from the one the initial weights come from
	for (const tensor of Object.values(model.params)) {
		for (let i = 0; i < tensor.length; i++) tensor[i] += (random() - 0.5) * 0.6;
	}
	return model;
}

describe('shape and parameter count', () => {
	it('equals $lib/architecture/params for the same shape, and every tensor has its listed shape', () => {
		for (const config of [tiny, { vocabSize: 120, contextLength: 64, dModel: 64, nLayers: 2, nHeads: 4, dFF: 256 }]) {
			const model = createTransformer(config, 1);
			expect(parameterCount(model)).toBe(countParameters(architectureConfig(config)).total);
			for (const [name, shape] of parameterShapes(config)) expect(model.params[name].length).toBe(shape.reduce((a, b) => a * b));
		}
	});

	it('the same seed gives the same weights, another seed others', () => {
		const a = createTransformer(tiny, 3).params.tokenEmbedding;
		expect(createTransformer(tiny, 3).params.tokenEmbedding).toEqual(a);
		expect(createTransformer(tiny, 4).params.tokenEmbedding).not.toEqual(a);
	});
});

describe('forward', () => {
	const model = perturbed(tiny, 5);
	const tokens = [1, 4, 2, 6, 0, 3];

	it('attention rows sum to 1 and blocked keys get exactly 0, under every mask', () => {
		for (const mask of [causalMask(6), prefixMask(6, 3), fullMask(6)]) {
			const { attention, logits } = forward(model, tokens, mask);
			expect(attention).toHaveLength(tiny.nLayers);
			expect(logits).toHaveLength(6);
			expect(logits[0]).toHaveLength(tiny.vocabSize);
			for (const layer of attention) {
				expect(layer).toHaveLength(tiny.nHeads);
				for (const head of layer) {
					head.forEach((row, q) => {
						expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
						row.forEach((w, k) => {
							if (mask[q][k]) expect(w).toBeGreaterThan(0);
							else expect(w).toBe(0);
						});
					});
				}
			}
		}
	});

	it('causal: changing token j leaves the logits of every position before j exactly unchanged, and changes j', () => {
		const before = forward(model, tokens, causalMask(6)).logits;
		for (let j = 0; j < 6; j++) {
			const changed = [...tokens];
			changed[j] = (changed[j] + 1) % tiny.vocabSize;
			const after = forward(model, changed, causalMask(6)).logits;
			for (let t = 0; t < j; t++) expect(after[t]).toEqual(before[t]);
			expect(after[j]).not.toEqual(before[j]);
		}
	});

	it('prefix: changing a prefix token changes the logits of earlier prefix positions', () => {
		const mask = prefixMask(6, 4);
		const before = forward(model, tokens, mask).logits;
		const changed = [...tokens];
		changed[3] = (changed[3] + 1) % tiny.vocabSize;
		const after = forward(model, changed, mask).logits;
		for (let t = 0; t < 3; t++) expect(after[t]).not.toEqual(before[t]);
		// ...while under the causal mask the same change leaves them alone
		const causalBefore = forward(model, tokens, causalMask(6)).logits;
		const causalAfter = forward(model, changed, causalMask(6)).logits;
		for (let t = 0; t < 3; t++) expect(causalAfter[t]).toEqual(causalBefore[t]);
	});
});

describe('attentionMaps', () => {
	it('gives exactly the attention forward gives, under every mask, and checks its input the same way', () => {
		const model = perturbed(tiny, 9);
		const tokens = [2, 5, 1, 0, 6];
		for (const mask of [causalMask(5), prefixMask(5, 2), fullMask(5)]) {
			const maps = attentionMaps(model, tokens, mask);
			expect(maps.map((layer) => layer.map((head) => head.map((row) => Array.from(row))))).toEqual(forward(model, tokens, mask).attention);
		}
		expect(() => attentionMaps(model, [9], causalMask(1))).toThrow(RangeError);
		expect(() => attentionMaps(model, tokens, causalMask(4))).toThrow(RangeError);
	});

	it('reuses only its working arrays: maps it returned earlier keep their values through later calls of any length', () => {
		const model = perturbed(tiny, 4);
		const plain = (maps: ReturnType<typeof attentionMaps>) => maps.map((layer) => layer.map((head) => head.map((row) => Array.from(row))));
		const long = [2, 5, 1, 0, 6, 3];
		const first = attentionMaps(model, long, causalMask(6));
		const kept = plain(first);
		// Shorter, then longer again, then another model of the same shape: each equals a fresh forward pass.
		for (const [m, tokens] of [[model, [4, 4, 1]], [model, long.slice().reverse()], [perturbed(tiny, 5), long]] as const) {
			expect(plain(attentionMaps(m, [...tokens], prefixMask(tokens.length, 2)))).toEqual(forward(m, [...tokens], prefixMask(tokens.length, 2)).attention);
		}
		expect(plain(first)).toEqual(kept);
	});
});

describe('lossAndGradients', () => {
	it('loss is the weighted mean cross-entropy of the forward logits', () => {
		const model = perturbed(tiny, 9);
		const tokens = [1, 2, 3, 4];
		const targets = [2, 3, 4, 5];
		const weights = [0, 1, 2, 0.5];
		const { logits } = forward(model, tokens, causalMask(4));
		let sum = 0;
		logits.forEach((row, t) => {
			const max = Math.max(...row);
			const logZ = max + Math.log(row.reduce((s, v) => s + Math.exp(v - max), 0));
			sum += weights[t] * (logZ - row[targets[t]]);
		});
		expect(lossAndGradients(model, tokens, targets, causalMask(4), weights).loss).toBeCloseTo(sum / 3.5, 5);
	});

	it('matches central finite differences for every parameter tensor', () => {
		const model = perturbed(tiny, 11);
		const tokens = [3, 1, 4, 1, 5];
		const targets = [1, 4, 1, 5, 2];
		const mask = prefixMask(5, 2);
		const weights = [0, 1, 1, 0.5, 2];
		const { gradients } = lossAndGradients(model, tokens, targets, mask, weights);
		expect(Object.keys(gradients).sort()).toEqual(Object.keys(model.params).sort());
		const lossAt = () => lossAndGradients(model, tokens, targets, mask, weights).loss;
		for (const [name, tensor] of Object.entries(model.params)) {
			expect(gradients[name]).toHaveLength(tensor.length);
			// Up to 6 entries per tensor, spread over it (every entry of the small ones).
			const picks = new Set<number>();
			for (let i = 0; i < 6; i++) picks.add(Math.floor((i * tensor.length) / 6 + (i * 7) % Math.max(1, tensor.length / 6)));
			let worst = 0;
			for (const i of picks) {
				const original = tensor[i];
				const h = 1e-3;
				tensor[i] = original + h;
				const up = lossAt();
				tensor[i] = original - h;
				const down = lossAt();
				tensor[i] = original;
				const numeric = (up - down) / (Math.fround(original + h) - Math.fround(original - h));
				const analytic = gradients[name][i];
				worst = Math.max(worst, Math.abs(numeric - analytic) / Math.max(1e-3, Math.abs(numeric) + Math.abs(analytic)));
			}
			expect(worst, name).toBeLessThan(1e-4);
		}
	});

	it('positions with weight 0 contribute nothing: the prefix positions of a prefix LM', () => {
		const model = perturbed(tiny, 12);
		const tokens = [3, 1, 4, 1];
		const a = lossAndGradients(model, tokens, [0, 0, 1, 5], prefixMask(4, 2), [0, 0, 1, 1]).loss;
		const b = lossAndGradients(model, tokens, [6, 6, 1, 5], prefixMask(4, 2), [0, 0, 1, 1]).loss;
		expect(a).toBe(b);
	});
});

describe('bad input throws a RangeError naming the argument', () => {
	const model = createTransformer(tiny, 1);
	const cases: [string, () => unknown, RegExp][] = [
		['dModel not divisible by nHeads', () => createTransformer({ ...tiny, dModel: 9 }, 1), /^dModel must be divisible by nHeads/],
		['zero layers', () => createTransformer({ ...tiny, nLayers: 0 }, 1), /^nLayers/],
		['negative vocabulary', () => createTransformer({ ...tiny, vocabSize: -3 }, 1), /^vocabSize/],
		['fractional dFF', () => createTransformer({ ...tiny, dFF: 2.5 }, 1), /^dFF/],
		['zero context', () => createTransformer({ ...tiny, contextLength: 0 }, 1), /^contextLength/],
		['zero heads', () => createTransformer({ ...tiny, nHeads: 0 }, 1), /^nHeads/],
		['token outside the vocabulary', () => forward(model, [1, 7], causalMask(2)), /^tokens\[1\]/],
		['negative token', () => forward(model, [-1], causalMask(1)), /^tokens\[0\]/],
		['more tokens than the context', () => forward(model, [1, 1, 1, 1, 1, 1, 1], causalMask(7)), /^tokens/],
		['no tokens', () => forward(model, [], []), /^tokens/],
		['mask with too few rows', () => forward(model, [1, 2, 3], causalMask(2)), /^mask/],
		['mask row too short', () => forward(model, [1, 2], [[true], [true, true]]), /^mask row 0/],
		['a query row with no visible key', () => forward(model, [1, 2], [[true, false], [false, false]]), /^mask row 1 has no visible key/],
		['targets too short', () => lossAndGradients(model, [1, 2], [1], causalMask(2), [1, 1]), /^targets/],
		['target outside the vocabulary', () => lossAndGradients(model, [1, 2], [1, 9], causalMask(2), [1, 1]), /^targets\[1\]/],
		['lossWeights too long', () => lossAndGradients(model, [1, 2], [1, 2], causalMask(2), [1, 1, 1]), /^lossWeights/],
		['all-zero lossWeights', () => lossAndGradients(model, [1, 2], [1, 2], causalMask(2), [0, 0]), /^lossWeights/],
		['negative loss weight', () => lossAndGradients(model, [1, 2], [1, 2], causalMask(2), [1, -1]), /^lossWeights\[1\]/]
	];
	for (const [label, call, message] of cases) {
		it(label, () => {
			expect(call).toThrow(RangeError);
			expect(call).toThrow(message);
		});
	}
});
