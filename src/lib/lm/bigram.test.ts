import { describe, expect, it } from 'vitest';
import { contextCount, countingEntropy, countingRow, countPairs, initLogits, klToCounting, lossAndGrad, meanNll, modelRow } from './bigram';
import { createOptimiser, optimiserStep } from './optim';

const ids = Int32Array.from([0, 1, 2, 1, 2, 0, 1, 1, 3, 0, 2]);
const V = 4;

describe('counting estimate', () => {
	it('is count(ab) / count(a)', () => {
		const counts = countPairs(ids, V);
		expect(counts.total).toBe(ids.length - 1);
		// after 1: 2, 2, 1, 3 -> p(2|1) = 2/4
		expect(contextCount(counts, 1)).toBe(4);
		expect([...countingRow(counts, 1)]).toEqual([0, 0.25, 0.5, 0.25]);
		expect([...countingRow(counts, 3)]).toEqual([1, 0, 0, 0]);
	});
});

describe('bigram softmax model', () => {
	it('its analytic gradient matches finite differences', () => {
		const logits = initLogits(V, 7, 1);
		const counts = countPairs(ids, V);
		const grad = new Float32Array(V * V);
		lossAndGrad(logits, counts, grad);
		const h = 1e-2;
		for (let i = 0; i < V * V; i++) {
			const plus = Float32Array.from(logits);
			const minus = Float32Array.from(logits);
			plus[i] += h;
			minus[i] -= h;
			const numeric = (meanNll(plus, counts) - meanNll(minus, counts)) / (2 * h);
			expect(grad[i]).toBeCloseTo(numeric, 4);
		}
	});
	it('its loss equals the counting entropy plus the KL to the counting estimate', () => {
		const logits = initLogits(V, 3, 0.5);
		const counts = countPairs(ids, V);
		expect(meanNll(logits, counts)).toBeCloseTo(countingEntropy(counts) + klToCounting(logits, counts), 10);
	});
	it('the untrained model is near uniform: loss near log V', () => {
		const counts = countPairs(ids, V);
		expect(meanNll(initLogits(V, 1), counts)).toBeCloseTo(Math.log(V), 1);
	});
	it('trained by full-batch Adam, it reaches the counting estimate (KL < 1e-3 nats, each probability within 0.01)', () => {
		const logits = initLogits(V, 1);
		const counts = countPairs(ids, V);
		const grad = new Float32Array(V * V);
		const opt = createOptimiser('adam', V * V);
		const before = klToCounting(logits, counts);
		for (let step = 0; step < 3000; step++) {
			lossAndGrad(logits, counts, grad);
			optimiserStep(opt, logits, grad, counts.rows, V, 0.1);
		}
		expect(before).toBeGreaterThan(0.3);
		expect(klToCounting(logits, counts)).toBeLessThan(1e-3);
		for (const a of counts.rows) {
			const model = modelRow(logits, V, a);
			const target = countingRow(counts, a);
			for (let b = 0; b < V; b++) expect(Math.abs(model[b] - target[b])).toBeLessThan(0.01);
		}
	});
	it('plain SGD also drives the KL down', () => {
		const logits = initLogits(V, 1);
		const counts = countPairs(ids, V);
		const grad = new Float32Array(V * V);
		const opt = createOptimiser('sgd', V * V);
		const before = klToCounting(logits, counts);
		for (let step = 0; step < 500; step++) {
			lossAndGrad(logits, counts, grad);
			optimiserStep(opt, logits, grad, counts.rows, V, 3);
		}
		expect(klToCounting(logits, counts)).toBeLessThan(before / 3);
	});
});
