import { describe, expect, it } from 'vitest';
import { crossEntropy, klDivergence, logSumExp, perplexity, softmax, toBits } from './maths';

describe('softmax and cross-entropy', () => {
	it('softmax sums to 1 and survives huge logits', () => {
		const p = softmax([1000, 1000, 999]);
		expect(p[0] + p[1] + p[2]).toBeCloseTo(1, 12);
		expect(p[0]).toBeCloseTo(p[1], 12);
		expect(p[2] / p[0]).toBeCloseTo(Math.exp(-1), 12);
	});
	it('softmax works on a row inside a table', () => {
		const p = softmax([9, 9, 0, Math.log(3)], new Float64Array(2), 2, 2);
		expect([...p]).toEqual([0.25, 0.75].map((x) => expect.closeTo(x, 12)));
	});
	it('logSumExp matches the direct sum', () => {
		expect(logSumExp([1, 2, 3])).toBeCloseTo(Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3)), 12);
	});
	it('cross-entropy of a one-hot target is -log p; bits divide by ln 2; perplexity is exp(mean)', () => {
		expect(crossEntropy([0.5, 0.25, 0.25], 1)).toBeCloseTo(Math.log(4), 12);
		expect(toBits(Math.log(4))).toBeCloseTo(2, 12);
		expect(perplexity(2)).toBeCloseTo(7.389, 3); // the page's worked example
		expect(perplexity(Math.log(5))).toBeCloseTo(5, 12); // uniform over 5 = perplexity 5
	});
	it('KL is zero for equal distributions and positive otherwise', () => {
		expect(klDivergence([0.2, 0.8], [0.2, 0.8])).toBe(0);
		expect(klDivergence([0.5, 0.5, 0], [0.25, 0.25, 0.5])).toBeCloseTo(Math.log(2), 12);
		expect(klDivergence([1, 0], [0, 1])).toBe(Infinity);
	});
});
