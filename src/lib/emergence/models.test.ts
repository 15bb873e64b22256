import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PAPER_SIZES, SCHAEFFER_FIGURE_2, WEI_EMERGENCE, logSpace } from './models';
import { parametersForFlops, trainingFlops } from './metrics';

describe('logSpace', () => {
	it('hand-checked: 1e7 to 1e13 in 7 points is one per decade', () => {
		const xs = logSpace(1e7, 1e13, 7);
		expect(xs[0]).toBe(1e7);
		expect(xs[6]).toBe(1e13);
		[1e8, 1e9, 1e10, 1e11, 1e12].forEach((x, i) => expect(xs[i + 1] / x).toBeCloseTo(1, 12));
		expect(logSpace(2, 8, 3)).toEqual([2, expect.closeTo(4, 12), 8]);
	});
	it('has count points, exact ends, increasing by a constant factor', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -20, max: 20, noNaN: true }),
				fc.double({ min: 0.01, max: 20, noNaN: true }),
				fc.integer({ min: 2, max: 500 }),
				(logMin, decades, count) => {
					const min = 10 ** logMin;
					const max = 10 ** (logMin + decades);
					const xs = logSpace(min, max, count);
					expect(xs).toHaveLength(count);
					expect(xs[0]).toBe(min);
					expect(xs[count - 1]).toBe(max);
					const factor = (max / min) ** (1 / (count - 1));
					for (let i = 1; i < count; i++) {
						expect(xs[i]).toBeGreaterThan(xs[i - 1]);
						expect(xs[i] / xs[i - 1] / factor).toBeCloseTo(1, 9);
					}
				}
			),
			{ numRuns: 100 }
		);
	});
	it('throws a RangeError naming the bad argument', () => {
		const cases: [() => unknown, RegExp][] = [
			[() => logSpace(0, 10, 5), /^min must be a finite number greater than 0 \(got 0\)/],
			[() => logSpace(-1, 10, 5), /^min must be/],
			[() => logSpace(NaN, 10, 5), /^min must be/],
			[() => logSpace(10, 10, 5), /^max must be a finite number greater than 10 \(got 10\)/],
			[() => logSpace(10, 1, 5), /^max must be a finite number greater than 10/],
			[() => logSpace(1, Infinity, 5), /^max must be/],
			[() => logSpace(1, 10, 1), /^count must be an integer from 2 to 100000 \(got 1\)/],
			[() => logSpace(1, 10, 2.5), /^count must be an integer from 2 to 100000/],
			[() => logSpace(1, 10, 1e6), /^count must be an integer from 2 to 100000/]
		];
		for (const [call, message] of cases) {
			expect(call).toThrow(RangeError);
			expect(call).toThrow(message);
		}
	});
});

describe('paper settings', () => {
	it('PAPER_SIZES are the four sizes of Schaeffer et al. Figure 2, increasing and frozen', () => {
		expect(PAPER_SIZES).toEqual([3.5e8, 1.3e9, 6.7e9, 2.0e11]);
		expect(Object.isFrozen(PAPER_SIZES)).toBe(true);
		expect(SCHAEFFER_FIGURE_2).toEqual({ law: { alpha: -0.5, c: 2e9 }, L: 5, k: 2, sizes: PAPER_SIZES });
	});
});

describe('WEI_EMERGENCE (Wei et al. 2022, Table 1)', () => {
	it('has the ten rows of REFERENCES.md with their values', () => {
		const rows = WEI_EMERGENCE.map((r) => [r.task.en, r.flops, r.params, r.model]);
		expect(rows).toEqual([
			['3-digit addition and subtraction', 2.3e22, 13e9, 'GPT-3'],
			['4- and 5-digit addition and subtraction', 3.1e23, 175e9, 'GPT-3'],
			['MMLU', 3.1e23, 175e9, 'GPT-3'],
			['Toxicity classification', 1.3e22, 7.1e9, 'Gopher'],
			['TruthfulQA', 5.0e23, 280e9, 'Gopher'],
			['Grounded conceptual mappings', 3.1e23, 175e9, 'GPT-3'],
			['Word in Context', 2.5e24, 540e9, 'PaLM'],
			['Chain-of-thought prompting (GSM8K)', 1.3e23, 68e9, 'LaMDA'],
			['Instruction tuning', 1.3e23, 68e9, 'FLAN'],
			['Scratchpad: 8-digit addition', 8.9e19, 40e6, 'LaMDA']
		]);
	});
	it('has unique ids, a Chinese name for every task and the source on every row', () => {
		expect(new Set(WEI_EMERGENCE.map((r) => r.id)).size).toBe(10);
		for (const r of WEI_EMERGENCE) {
			expect(r.id).toMatch(/^[a-z0-9-]+$/);
			expect(r.source).toBe('arXiv:2206.07682 Table 1');
			expect(r.task.zh.length).toBeGreaterThan(0);
			if (!/^[A-Za-z]+$/.test(r.task.zh)) expect(r.task.zh).toMatch(/[\u4e00-\u9fff]/);
		}
	});
	it('each row is consistent with C = 6 N D for 0.2 to 1 trillion training tokens (catches exponent slips)', () => {
		// GPT-3 and Gopher were trained on about 300B tokens, PaLM on 780B, LaMDA on about 170-370B.
		for (const r of WEI_EMERGENCE) {
			const tokensPerParameter = r.flops / (6 * r.params * r.params);
			const tokens = tokensPerParameter * r.params;
			expect(tokens).toBeGreaterThan(2e11);
			expect(tokens).toBeLessThan(1e12);
			expect(parametersForFlops(r.flops, tokensPerParameter) / r.params).toBeCloseTo(1, 12);
			expect(trainingFlops(r.params, tokensPerParameter) / r.flops).toBeCloseTo(1, 12);
		}
	});
	it('is frozen', () => {
		expect(Object.isFrozen(WEI_EMERGENCE)).toBe(true);
		expect(Object.isFrozen(WEI_EMERGENCE[0])).toBe(true);
		expect(Object.isFrozen(WEI_EMERGENCE[0].task)).toBe(true);
	});
});
