import { describe, expect, it } from 'vitest';
import { createOptimiser, optimiserStep } from './optim';

describe('optimisers', () => {
	it('SGD moves against the gradient by lr times it, only on the given rows', () => {
		const params = Float32Array.from([1, 1, 1, 1]);
		const grad = Float32Array.from([0.5, -1, 9, 9]);
		optimiserStep(createOptimiser('sgd', 4), params, grad, Int32Array.from([0]), 2, 0.1);
		expect([...params]).toEqual([0.95, 1.1, 1, 1].map((x) => expect.closeTo(x, 6)));
	});
	it('Adam’s first step moves each weight by about lr against the sign of its gradient', () => {
		const params = Float32Array.from([0, 0]);
		const grad = Float32Array.from([0.001, -50]);
		const state = createOptimiser('adam', 2);
		optimiserStep(state, params, grad, Int32Array.from([0]), 2, 0.1);
		expect(params[0]).toBeCloseTo(-0.1, 4);
		expect(params[1]).toBeCloseTo(0.1, 4);
		expect(state.t).toBe(1);
	});
});
