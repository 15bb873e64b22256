import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BERNOULLI_SUM_MAX, MAX_TEST_SIZE, measuredAccuracy, resolutionFloor, seededRandom } from './sampling';

const seed = fc.integer({ min: 0, max: 0xffffffff });

/** Mean and variance of `count` measured accuracies. */
function stats(trueRate: number, testSize: number, count: number, random: () => number) {
	const xs = Array.from({ length: count }, () => measuredAccuracy(trueRate, testSize, random));
	const mean = xs.reduce((a, b) => a + b, 0) / count;
	const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (count - 1);
	return { xs, mean, variance };
}

describe('measuredAccuracy', () => {
	it('is a multiple of 1/testSize in [0, 1], on both sampling paths', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.oneof(fc.integer({ min: 1, max: 200 }), fc.integer({ min: BERNOULLI_SUM_MAX + 1, max: MAX_TEST_SIZE })),
				seed,
				(rate, n, s) => {
					const acc = measuredAccuracy(rate, n, seededRandom(s));
					expect(acc).toBeGreaterThanOrEqual(0);
					expect(acc).toBeLessThanOrEqual(1);
					const right = acc * n;
					expect(Math.abs(right - Math.round(right))).toBeLessThan(1e-6);
				}
			),
			{ numRuns: 200 }
		);
	});
	it('is exact at rates 0 and 1', () => {
		for (const n of [1, 100, BERNOULLI_SUM_MAX, BERNOULLI_SUM_MAX + 1, MAX_TEST_SIZE]) {
			expect(measuredAccuracy(0, n, seededRandom(3))).toBe(0);
			expect(measuredAccuracy(1, n, seededRandom(3))).toBe(1);
		}
	});
	it('is reproducible with the same seed', () => {
		expect(measuredAccuracy(0.37, 500, seededRandom(9))).toBe(measuredAccuracy(0.37, 500, seededRandom(9)));
		expect(measuredAccuracy(0.37, 50_000, seededRandom(9))).toBe(measuredAccuracy(0.37, 50_000, seededRandom(9)));
	});
	it('averages near the true rate with binomial spread (question by question)', () => {
		// n = 100, r = 0.3: variance of one draw 0.3 * 0.7 / 100 = 0.0021; over 4000 draws the mean has sd 0.00072.
		const { mean, variance } = stats(0.3, 100, 4000, seededRandom(11));
		expect(Math.abs(mean - 0.3)).toBeLessThan(0.004);
		expect(variance / 0.0021).toBeGreaterThan(0.85);
		expect(variance / 0.0021).toBeLessThan(1.15);
	});
	it('averages near the true rate with binomial spread (by inversion, above 100 questions)', () => {
		for (const rate of [0.3, 0.8, 2e-5]) {
			const n = 50_000;
			const expected = (rate * (1 - rate)) / n;
			const { mean, variance } = stats(rate, n, 3000, seededRandom(13));
			expect(Math.abs(mean - rate)).toBeLessThan(5 * Math.sqrt(expected / 3000));
			expect(variance / expected).toBeGreaterThan(0.85);
			expect(variance / expected).toBeLessThan(1.15);
		}
	});
	it('by inversion matches the binomial probabilities of a small count', () => {
		// n = 20000, r = 1e-4: X ~ Binomial, P(X = 0) = (1 - 1e-4)^20000 = 0.135323, P(X = 1) = 0.270672.
		const n = 20_000;
		const { xs } = stats(1e-4, n, 20_000, seededRandom(17));
		const zero = xs.filter((x) => x === 0).length / xs.length;
		const one = xs.filter((x) => x === 1 / n).length / xs.length;
		expect(Math.abs(zero - 0.135323)).toBeLessThan(0.012);
		expect(Math.abs(one - 0.270672)).toBeLessThan(0.015);
	});
	it('small true rates often measure as exactly 0 on a small test set', () => {
		// r = 0.002, n = 100: P(0 right) = 0.998^100 = 0.8186.
		const { xs } = stats(0.002, 100, 5000, seededRandom(5));
		const zero = xs.filter((x) => x === 0).length / xs.length;
		expect(Math.abs(zero - 0.8186)).toBeLessThan(0.03);
	});
});

describe('resolutionFloor', () => {
	it('is 1 / testSize', () => {
		expect(resolutionFloor(1)).toBe(1);
		expect(resolutionFloor(250)).toBe(0.004);
		expect(resolutionFloor(MAX_TEST_SIZE)).toBe(1e-5);
	});
});

describe('bad arguments throw a RangeError naming the argument and its range', () => {
	const ok = seededRandom(1);
	const cases: [string, () => unknown, RegExp][] = [
		['seed < 0', () => seededRandom(-1), /^seed must be an integer from 0 to 4294967295 \(got -1\)$/],
		['seed non-integer', () => seededRandom(1.5), /^seed must be an integer from 0 to 4294967295/],
		['seed too large', () => seededRandom(2 ** 32), /^seed must be an integer from 0 to 4294967295/],
		['trueRate < 0', () => measuredAccuracy(-0.1, 10, ok), /^trueRate must be a finite number from 0 to 1/],
		['trueRate NaN', () => measuredAccuracy(NaN, 10, ok), /^trueRate must be a finite number from 0 to 1 \(got NaN\)/],
		['testSize = 0', () => measuredAccuracy(0.5, 0, ok), /^testSize must be an integer from 1 to 100000/],
		['testSize non-integer', () => measuredAccuracy(0.5, 10.5, ok), /^testSize must be an integer from 1 to 100000/],
		['testSize too large', () => measuredAccuracy(0.5, 100_001, ok), /^testSize must be an integer from 1 to 100000/],
		['testSize Infinity', () => resolutionFloor(Infinity), /^testSize must be an integer from 1 to 100000/],
		['random() returns 1', () => measuredAccuracy(0.5, 10, () => 1), /^random\(\) must be a finite number of at least 0 and less than 1 \(got 1\)/],
		['random() returns NaN (inversion path)', () => measuredAccuracy(0.5, 20_000, () => NaN), /^random\(\) must be/]
	];
	for (const [label, call, message] of cases) {
		it(label, () => {
			expect(call).toThrow(RangeError);
			expect(call).toThrow(message);
		});
	}
});
