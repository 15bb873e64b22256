import { describe, expect, it } from 'vitest';
import { createTransformer, forward } from '$lib/transformer';
import { causalMask } from '$lib/attention/masks';
import { mulberry32 } from '$lib/random';
import { Generator, pickToken } from './generate';

const config = { vocabSize: 12, contextLength: 10, dModel: 8, nLayers: 2, nHeads: 2, dFF: 16 };

describe('pickToken', () => {
	it('greedy takes the largest logit; sampling follows the softmax', () => {
		expect(pickToken([0, 3, 1], 'greedy', Math.random)).toBe(1);
		const random = mulberry32(5);
		const counts = [0, 0];
		for (let i = 0; i < 1000; i++) counts[pickToken([0, Math.log(3)], 'sample', random)]++;
		expect(counts[1] / 1000).toBeGreaterThan(0.7); // p = 3/4
		expect(counts[1] / 1000).toBeLessThan(0.8);
	});
});

describe('Generator', () => {
	it('greedy generation with the cache is the argmax of the full forward pass at every step', () => {
		const model = createTransformer(config, 4);
		const gen = new Generator(model, [1, 2, 3], 'greedy', 1);
		while (gen.canStep) {
			const step = gen.step();
			expect(step.gap).toBeLessThan(1e-3);
			const prefix = gen.tokens.slice(0, -1);
			const logits = forward(model, prefix, causalMask(prefix.length)).logits.at(-1)!;
			expect(step.token).toBe(pickToken(logits, 'greedy', Math.random));
		}
		expect(gen.tokens.length).toBe(config.contextLength);
		expect(() => gen.step()).toThrow(RangeError);
	});
	it('the same seed samples the same text', () => {
		const model = createTransformer(config, 4);
		const run = () => {
			const gen = new Generator(model, [1], 'sample', 9);
			for (let i = 0; i < 6; i++) gen.step();
			return gen.tokens;
		};
		expect(run()).toEqual(run());
	});
});
