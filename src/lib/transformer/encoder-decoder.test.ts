import { describe, expect, it } from 'vitest';
import { deriveSeed, mulberry32 } from '$lib/random';
import { createEncoderDecoder, encoderDecoderLossAndGradients, encoderDecoderShapes, forwardEncoderDecoder, greedyDecode } from './encoder-decoder';
import { reverseExample, reverseVocab } from './reverse-task';

const config = { vocabSize: 7, contextLength: 5, dModel: 8, nLayers: 1, nHeads: 2, dFF: 12 };

function perturbed(seed: number) {
	const model = createEncoderDecoder(config, seed);
	const random = mulberry32(deriveSeed(seed, 1000)); // a stream apart from the one the initial weights come from
	for (const tensor of Object.values(model.params)) {
		for (let i = 0; i < tensor.length; i++) tensor[i] += (random() - 0.5) * 0.6;
	}
	return model;
}

describe('encoder-decoder', () => {
	it('has every tensor of both stacks, cross-attention included, with its listed size', () => {
		const model = createEncoderDecoder(config, 1);
		const names = encoderDecoderShapes(config).map(([n]) => n);
		expect(names).toContain('decoder.layer0.cross.wq');
		expect(names).toContain('encoder.layer0.attention.wk');
		for (const [name, shape] of encoderDecoderShapes(config)) expect(model.params[name].length).toBe(shape.reduce((a, b) => a * b));
	});

	it('attention maps: encoder rows see every source token, decoder rows are causal, cross rows see every source token', () => {
		const model = perturbed(2);
		const { logits, encoderAttention, decoderAttention, crossAttention } = forwardEncoderDecoder(model, [1, 2, 3], [4, 5, 6, 1]);
		expect(logits).toHaveLength(4);
		for (const row of encoderAttention[0][0]) {
			expect(row).toHaveLength(3);
			row.forEach((w) => expect(w).toBeGreaterThan(0));
		}
		decoderAttention[0][1].forEach((row, q) => row.forEach((w, k) => (k > q ? expect(w).toBe(0) : expect(w).toBeGreaterThan(0))));
		for (const row of crossAttention[0][1]) {
			expect(row).toHaveLength(3);
			expect(row.reduce((a, b) => a + b)).toBeCloseTo(1, 12);
		}
	});

	it('a later target token never changes earlier logits; any source token changes all of them', () => {
		const model = perturbed(3);
		const a = forwardEncoderDecoder(model, [1, 2, 3], [4, 5, 6]).logits;
		expect(forwardEncoderDecoder(model, [1, 2, 3], [4, 5, 2]).logits.slice(0, 2)).toEqual(a.slice(0, 2));
		const b = forwardEncoderDecoder(model, [1, 2, 6], [4, 5, 6]).logits;
		for (let t = 0; t < 3; t++) expect(b[t]).not.toEqual(a[t]);
	});

	it('matches central finite differences for every parameter tensor', () => {
		const model = perturbed(4);
		const source = [1, 5, 2, 3];
		const target = [6, 3, 2];
		const targets = [3, 2, 5];
		const { gradients } = encoderDecoderLossAndGradients(model, source, target, targets);
		const lossAt = () => encoderDecoderLossAndGradients(model, source, target, targets).loss;
		for (const [name, tensor] of Object.entries(model.params)) {
			let worst = 0;
			for (let k = 0; k < 4; k++) {
				const i = Math.floor(((k + 0.37) * tensor.length) / 4);
				const original = tensor[i];
				tensor[i] = original + 1e-3;
				const up = lossAt();
				tensor[i] = original - 1e-3;
				const down = lossAt();
				tensor[i] = original;
				const numeric = (up - down) / (Math.fround(original + 1e-3) - Math.fround(original - 1e-3));
				worst = Math.max(worst, Math.abs(numeric - gradients[name][i]) / Math.max(1e-3, Math.abs(numeric) + Math.abs(gradients[name][i])));
			}
			expect(worst, name).toBeLessThan(1e-4);
		}
	});

	it('the reverse task: pairs and greedy decoding within the length limit; bad input names its argument', () => {
		const vocab = reverseVocab();
		const e = reverseExample(vocab, 'abc');
		expect(e.target.map((id) => vocab.tokens[id])).toEqual(['<s>', 'c', 'b', 'a']);
		expect(e.targets.map((id) => vocab.tokens[id])).toEqual(['c', 'b', 'a', '<s>']);
		const model = createEncoderDecoder({ ...config, vocabSize: vocab.tokens.length }, 1);
		expect(greedyDecode(model, e.source, vocab.bos, vocab.bos).length).toBeLessThanOrEqual(4);
		expect(() => forwardEncoderDecoder(model, [], [1])).toThrow(/^source/);
		expect(() => forwardEncoderDecoder(model, [1], [99])).toThrow(/^target\[0\]/);
	});
});
