import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	MULTIPLE_CHOICE_MODEL,
	brierScore,
	choiceProbability,
	crossEntropy,
	emergenceScore,
	exactMatch,
	logLikelihood,
	multipleChoiceGrade,
	parametersForFlops,
	tokenEditDistance,
	tokenProbability,
	trainingFlops,
	type ScalingLaw
} from './metrics';

/** Rounds to 3 significant digits, so hand-computed values can be compared exactly. */
const toSig3 = (x: number): number => Number(x.toPrecision(3));

// Arbitraries.
const prob = fc.double({ min: 0, max: 1, noNaN: true });
const length = fc.integer({ min: 1, max: 50 });
const choices = fc.integer({ min: 2, max: 10 });
const alpha = fc.double({ min: -3, max: -0.01, noNaN: true });
const scale = fc.double({ min: 1e3, max: 1e15, noNaN: true });
/** Two positive sizes with a < b, drawn on a log scale. */
const sizePair = fc
	.tuple(fc.double({ min: 0, max: 15, noNaN: true }), fc.double({ min: 0, max: 15, noNaN: true }))
	.filter(([a, b]) => a !== b)
	.map(([a, b]) => [10 ** Math.min(a, b), 10 ** Math.max(a, b)] as const);
/** Two probabilities p1 < p2. */
const probPair = fc
	.tuple(prob, prob)
	.filter(([a, b]) => a !== b)
	.map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);

describe('Schaeffer et al. 2023, Figure 2: alpha = -0.5, c = 2e9, L = 5, k = 2', () => {
	const law: ScalingLaw = { alpha: -0.5, c: 2e9 };
	const L = 5;
	const k = 2;
	/*
	 * Worked by hand (python3 for the arithmetic), CE = (N / c)^-0.5 = 1 / sqrt(N / c), p = exp(-CE),
	 * exact match = p^5, edit distance = 5 (1 - p), log-likelihood = 5 ln p = -5 CE,
	 * P(right choice) = max(p, 1/2), grade = 1 if p > 1/2 else 1/2, Brier = (1 - P)^2 + (1 - P)^2 = 2 (1 - P)^2.
	 *
	 * N = 3.5e8: N/c = 0.175, CE = 1/0.41833 = 2.39046,  p = e^-2.39046 = 0.0915878,
	 *            p^5 = 6.44448e-6, 5(1 - p) = 4.54206, 5 ln p = -11.9523, P = 0.5, grade 0.5, Brier = 2 * 0.25 = 0.5
	 * N = 1.3e9: N/c = 0.65,  CE = 1/0.80623 = 1.24035,  p = e^-1.24035 = 0.289284,
	 *            p^5 = 0.00202591, 5(1 - p) = 3.55358, 5 ln p = -6.20174, P = 0.5, grade 0.5, Brier = 0.5
	 * N = 6.7e9: N/c = 3.35,  CE = 1/1.83030 = 0.546358, p = e^-0.546358 = 0.579055,
	 *            p^5 = 0.0651025, 5(1 - p) = 2.10473, 5 ln p = -2.73179, P = 0.579055, grade 1,
	 *            Brier = 2 * 0.420945^2 = 0.354390
	 * N = 2e11:  N/c = 100,   CE = 1/10 = 0.1,          p = e^-0.1 = 0.904837,
	 *            p^5 = e^-0.5 = 0.606531, 5(1 - p) = 0.475813, 5 ln p = -0.5, P = 0.904837, grade 1,
	 *            Brier = 2 * 0.0951626^2 = 0.0181118
	 */
	const rows = [
		{ N: 3.5e8, ce: 2.39, p: 0.0916, em: 6.44e-6, ed: 4.54, ll: -12.0, P: 0.5, grade: 0.5, brier: 0.5 },
		{ N: 1.3e9, ce: 1.24, p: 0.289, em: 0.00203, ed: 3.55, ll: -6.2, P: 0.5, grade: 0.5, brier: 0.5 },
		{ N: 6.7e9, ce: 0.546, p: 0.579, em: 0.0651, ed: 2.1, ll: -2.73, P: 0.579, grade: 1, brier: 0.354 },
		{ N: 2.0e11, ce: 0.1, p: 0.905, em: 0.607, ed: 0.476, ll: -0.5, P: 0.905, grade: 1, brier: 0.0181 }
	];

	for (const row of rows) {
		it(`N = ${row.N}`, () => {
			const p = tokenProbability(row.N, law);
			expect(toSig3(crossEntropy(row.N, law))).toBe(row.ce);
			expect(toSig3(p)).toBe(row.p);
			expect(toSig3(exactMatch(p, L))).toBe(row.em);
			expect(toSig3(tokenEditDistance(p, L))).toBe(row.ed);
			expect(toSig3(logLikelihood(p, L))).toBe(row.ll);
			expect(toSig3(choiceProbability(p, L, k))).toBe(row.P);
			expect(multipleChoiceGrade(p, L, k)).toBe(row.grade);
			expect(toSig3(brierScore(p, L, k))).toBe(row.brier);
		});
	}

	/*
	 * Emergence scores over the four sizes, by hand:
	 * exact match: steps^2 = 4.07e-6, 3.98e-3, 0.293; median 3.98e-3, sqrt 0.06308; (0.606525) / 0.06308 = 9.62.
	 * edit distance: steps^2 = 0.9770, 2.1109, 2.6602; median 2.1109, sqrt 1.4529; -(4.06625) / 1.4529 = -2.81
	 *   (negative: the distance falls as the models grow).
	 * grade 0.5, 0.5, 1, 1: steps^2 = 0, 0.25, 0; median 0 with max > min: a single jump, +Infinity.
	 * Brier 0.5, 0.5, 0.35439, 0.0181118: steps^2 = 0, 0.021202, 0.112891; median 0.021202, sqrt 0.14561;
	 *   -(0.481888) / 0.14561 = -3.31.
	 */
	it('emergence scores: the jump shows under exact match and grade, not under edit distance and Brier', () => {
		const ps = rows.map((r) => tokenProbability(r.N, law));
		const em = emergenceScore(ps.map((p) => exactMatch(p, L)));
		const ed = emergenceScore(ps.map((p) => tokenEditDistance(p, L)));
		const grade = emergenceScore(ps.map((p) => multipleChoiceGrade(p, L, k)));
		const brier = emergenceScore(ps.map((p) => brierScore(p, L, k)));
		expect(toSig3(em)).toBe(9.62);
		expect(toSig3(ed)).toBe(-2.81);
		expect(grade).toBe(Infinity);
		expect(toSig3(brier)).toBe(-3.31);
		expect(Math.abs(ed)).toBeLessThan(em / 3);
		expect(Math.abs(brier)).toBeLessThan(em / 2);
	});
});

describe('scaling law', () => {
	it('crossEntropy is (N / c)^alpha', () => {
		expect(crossEntropy(8e9, { alpha: -0.5, c: 2e9 })).toBeCloseTo(0.5, 15);
		expect(crossEntropy(2e9, { alpha: -1.7, c: 2e9 })).toBe(1);
	});
	it('tokenProbability increases with N for alpha < 0', () => {
		fc.assert(
			fc.property(alpha, scale, sizePair, (a, c, [n1, n2]) => {
				const law = { alpha: a, c };
				expect(crossEntropy(n1, law)).toBeGreaterThanOrEqual(crossEntropy(n2, law));
				expect(tokenProbability(n1, law)).toBeLessThanOrEqual(tokenProbability(n2, law));
			})
		);
		// Strictly, away from floating-point saturation.
		const law = { alpha: -0.5, c: 2e9 };
		expect(tokenProbability(1e9, law)).toBeLessThan(tokenProbability(1.01e9, law));
	});
	it('tokenProbability stays in [0, 1]', () => {
		fc.assert(
			fc.property(alpha, scale, sizePair, (a, c, [n]) => {
				const p = tokenProbability(n, { alpha: a, c });
				expect(p).toBeGreaterThanOrEqual(0);
				expect(p).toBeLessThanOrEqual(1);
			})
		);
	});
});

describe('exact match, edit distance, log-likelihood', () => {
	it('exactMatch <= p, with equality at L = 1', () => {
		fc.assert(
			fc.property(prob, length, (p, L) => {
				expect(exactMatch(p, L)).toBeLessThanOrEqual(p);
				expect(exactMatch(p, 1)).toBe(p);
			})
		);
		expect(exactMatch(0.5, 3)).toBe(0.125);
	});
	it('tokenEditDistance is in [0, L], L at p = 0 and 0 at p = 1', () => {
		fc.assert(
			fc.property(prob, length, (p, L) => {
				const d = tokenEditDistance(p, L);
				expect(d).toBeGreaterThanOrEqual(0);
				expect(d).toBeLessThanOrEqual(L);
			})
		);
		expect(tokenEditDistance(0, 7)).toBe(7);
		expect(tokenEditDistance(1, 7)).toBe(0);
	});
	it('logLikelihood is L ln p = ln(exactMatch), at most 0, -Infinity at p = 0', () => {
		fc.assert(
			fc.property(fc.double({ min: 1e-6, max: 1, noNaN: true }), length, (p, L) => {
				const ll = logLikelihood(p, L);
				expect(ll).toBeLessThanOrEqual(0);
				expect(ll).toBeCloseTo(Math.log(exactMatch(p, L)), 9);
			})
		);
		expect(logLikelihood(0, 3)).toBe(-Infinity);
		expect(logLikelihood(1, 3)).toBe(0);
	});
});

describe('multiple choice', () => {
	it('choiceProbability is in [1/k, 1] and never decreases with p', () => {
		fc.assert(
			fc.property(probPair, length, choices, ([p1, p2], L, k) => {
				const P1 = choiceProbability(p1, L, k);
				const P2 = choiceProbability(p2, L, k);
				expect(P1).toBeGreaterThanOrEqual(1 / k);
				expect(P2).toBeLessThanOrEqual(1);
				expect(P1).toBeLessThanOrEqual(P2);
			})
		);
	});
	it('choiceProbability is chance level 1/k for a model with tiny p, and goes to 1 as p goes to 1', () => {
		fc.assert(
			fc.property(fc.double({ min: 0, max: 1e-3, noNaN: true }), length, choices, (p, L, k) => {
				expect(choiceProbability(p, L, k)).toBe(1 / k);
				expect(choiceProbability(1 - p, L, k)).toBeGreaterThanOrEqual(1 - 1e-3);
			})
		);
		expect(choiceProbability(1, 5, 4)).toBe(1);
	});
	it('choiceProbability does not depend on the answer length (it is length-normalised)', () => {
		fc.assert(
			fc.property(prob, length, length, choices, (p, L1, L2, k) => {
				expect(choiceProbability(p, L1, k)).toBe(choiceProbability(p, L2, k));
			})
		);
	});
	it('multipleChoiceGrade is a step: 1/k (a guess among tied options) up to p = 1/k, 1 above', () => {
		fc.assert(
			fc.property(prob, length, choices, (p, L, k) => {
				expect(multipleChoiceGrade(p, L, k)).toBe(p > 1 / k ? 1 : 1 / k);
			})
		);
		expect(multipleChoiceGrade(0.25, 5, 4)).toBe(0.25);
		expect(multipleChoiceGrade(0.2501, 5, 4)).toBe(1);
		expect(multipleChoiceGrade(0, 1, 3)).toBe(1 / 3);
	});
	it('brierScore is (k - 1)/k at chance, 0 at p = 1, and in between', () => {
		fc.assert(
			fc.property(prob, length, choices, (p, L, k) => {
				const b = brierScore(p, L, k);
				expect(b).toBeGreaterThanOrEqual(0);
				expect(b).toBeLessThanOrEqual((k - 1) / k + 1e-12);
			})
		);
		expect(brierScore(0, 5, 4)).toBeCloseTo(0.75, 15);
		expect(brierScore(1, 5, 4)).toBe(0);
		// P = 0.7, k = 3: 0.3^2 + 2 * 0.15^2 = 0.09 + 0.045 = 0.135.
		expect(brierScore(0.7, 2, 3)).toBeCloseTo(0.135, 15);
	});
	it('brierScore falls as P rises: strictly once p is above chance', () => {
		fc.assert(
			fc.property(probPair, length, choices, ([p1, p2], L, k) => {
				const b1 = brierScore(p1, L, k);
				const b2 = brierScore(p2, L, k);
				expect(b2).toBeLessThanOrEqual(b1);
				if (p2 > 1 / k && p2 - Math.max(p1, 1 / k) > 1e-9) expect(b2).toBeLessThan(b1);
			})
		);
	});
	it('describes the model in both languages', () => {
		expect(MULTIPLE_CHOICE_MODEL.en).toContain('max(p, 1/k)');
		expect(MULTIPLE_CHOICE_MODEL.zh).toContain('max(p, 1/k)');
		expect(MULTIPLE_CHOICE_MODEL.zh).toMatch(/[\u4e00-\u9fff]/);
	});
});

describe('emergenceScore', () => {
	// Starts and steps within a factor 1e6 of each other, so rounding in start + i * step stays far below the tolerance.
	const finite = fc.double({ min: -1e3, max: 1e3, noNaN: true });
	it('an arithmetic sequence of n values scores n - 1 (sign of the step)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 3, max: 60 }),
				finite,
				fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
				fc.boolean(),
				(n, start, size, up) => {
					const step = up ? size : -size;
					const ys = Array.from({ length: n }, (_, i) => start + i * step);
					expect(emergenceScore(ys)).toBeCloseTo(up ? n - 1 : -(n - 1), 6);
				}
			)
		);
	});
	it('a step sequence scores +Infinity (a single jump), a decreasing one -Infinity', () => {
		fc.assert(
			fc.property(fc.integer({ min: 2, max: 30 }), fc.integer({ min: 2, max: 30 }), (a, b) => {
				const ys = [...Array(a).fill(0), ...Array(b).fill(1)];
				expect(emergenceScore(ys)).toBe(Infinity);
				expect(emergenceScore(ys.map((y) => -y))).toBe(-Infinity);
			})
		);
	});
	it('a steep sigmoid scores far above a straight line over the same sizes', () => {
		const xs = Array.from({ length: 21 }, (_, i) => i);
		const line = xs.map((x) => x / 20);
		const sigmoid = xs.map((x) => 1 / (1 + Math.exp(-3 * (x - 10))));
		expect(emergenceScore(line)).toBeCloseTo(20, 9);
		expect(emergenceScore(sigmoid)).toBeGreaterThan(1000);
	});
	it('is unchanged by y -> a y + b with a > 0 and changes sign with a < 0', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 3, maxLength: 30 }),
				fc.double({ min: 0.01, max: 100, noNaN: true }),
				fc.integer({ min: -1000, max: 1000 }),
				(ys, a, b) => {
					const s = emergenceScore(ys);
					const scaled = emergenceScore(ys.map((y) => a * y + b));
					const flipped = emergenceScore(ys.map((y) => -a * y + b));
					if (Number.isFinite(s)) {
						expect(scaled).toBeCloseTo(s, 6);
						expect(flipped).toBeCloseTo(-s, 6);
					} else {
						expect(scaled).toBe(s);
						expect(flipped).toBe(-s);
					}
				}
			)
		);
	});
	it('uses the ordinary median: the mean of the two middle squared steps for an even count', () => {
		// Steps 1, 2, 3, 4: squares 1, 4, 9, 16; median (4 + 9) / 2 = 6.5; range 10; 10 / sqrt(6.5) = 3.9223.
		expect(emergenceScore([0, 1, 3, 6, 10])).toBeCloseTo(10 / Math.sqrt(6.5), 12);
		// Steps 1, 2, 3: squares 1, 4, 9; median 4; range 6; 6 / 2 = 3.
		expect(emergenceScore([0, 1, 3, 6])).toBe(3);
		// Steps -1, +2: squares 1, 4; median 2.5; the maximum (2) comes after the minimum (0): +2 / sqrt(2.5).
		expect(emergenceScore([1, 0, 2])).toBeCloseTo(2 / Math.sqrt(2.5), 12);
	});
	it('edge cases: fewer than 3 values or constant values give 0', () => {
		expect(emergenceScore([])).toBe(0);
		expect(emergenceScore([1])).toBe(0);
		expect(emergenceScore([1, 5])).toBe(0);
		expect(emergenceScore([2, 2, 2, 2])).toBe(0);
	});
	it('takes the sign from where the maximum and the minimum are', () => {
		// Rises then falls back below the start: max at 1, min at 2, so negative.
		expect(emergenceScore([1, 3, 0])).toBeLessThan(0);
		expect(emergenceScore([3, 1, 0])).toBeLessThan(0);
		expect(emergenceScore([0, 1, 3])).toBeGreaterThan(0);
	});
});

describe('training compute', () => {
	it('trainingFlops is 6 N D with D = N * tokens per parameter', () => {
		// Chinchilla-style 70B at 20 tokens per parameter: 6 * 7e10 * 1.4e12 = 5.88e23.
		expect(trainingFlops(7e10, 20)).toBeCloseTo(5.88e23, -20);
		expect(trainingFlops(1, 1)).toBe(6);
	});
	it('parametersForFlops inverts trainingFlops', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 1e3, max: 1e13, noNaN: true }),
				fc.double({ min: 0.1, max: 1e4, noNaN: true }),
				(N, tpp) => {
					const back = parametersForFlops(trainingFlops(N, tpp), tpp);
					expect(Math.abs(back - N) / N).toBeLessThan(1e-12);
				}
			)
		);
		expect(parametersForFlops(6 * 20 * 1e18, 20)).toBeCloseTo(1e9, 3);
	});
});

describe('bad arguments throw a RangeError naming the argument and its range', () => {
	const law: ScalingLaw = { alpha: -0.5, c: 2e9 };
	const cases: [string, () => unknown, string, string][] = [
		['alpha = 0', () => crossEntropy(1e9, { alpha: 0, c: 2e9 }), 'alpha', 'less than 0'],
		['alpha > 0', () => crossEntropy(1e9, { alpha: 0.5, c: 2e9 }), 'alpha', 'less than 0'],
		['alpha NaN', () => tokenProbability(1e9, { alpha: NaN, c: 2e9 }), 'alpha', 'less than 0'],
		['alpha -Infinity', () => crossEntropy(1e9, { alpha: -Infinity, c: 2e9 }), 'alpha', 'less than 0'],
		['c = 0', () => crossEntropy(1e9, { alpha: -0.5, c: 0 }), 'c', 'greater than 0'],
		['c < 0', () => tokenProbability(1e9, { alpha: -0.5, c: -1 }), 'c', 'greater than 0'],
		['c Infinity', () => crossEntropy(1e9, { alpha: -0.5, c: Infinity }), 'c', 'greater than 0'],
		['N = 0', () => crossEntropy(0, law), 'N', 'greater than 0'],
		['N < 0', () => tokenProbability(-5, law), 'N', 'greater than 0'],
		['N NaN', () => crossEntropy(NaN, law), 'N', 'greater than 0'],
		['N Infinity', () => crossEntropy(Infinity, law), 'N', 'greater than 0'],
		['N = 0 in trainingFlops', () => trainingFlops(0, 20), 'N', 'greater than 0'],
		['p < 0', () => exactMatch(-0.1, 5), 'p', 'from 0 to 1'],
		['p > 1', () => tokenEditDistance(1.1, 5), 'p', 'from 0 to 1'],
		['p NaN', () => logLikelihood(NaN, 5), 'p', 'from 0 to 1'],
		['p > 1 in choiceProbability', () => choiceProbability(2, 5, 2), 'p', 'from 0 to 1'],
		['p < 0 in multipleChoiceGrade', () => multipleChoiceGrade(-1, 5, 2), 'p', 'from 0 to 1'],
		['p Infinity in brierScore', () => brierScore(Infinity, 5, 2), 'p', 'from 0 to 1'],
		['L = 0', () => exactMatch(0.5, 0), 'L', 'an integer of at least 1'],
		['L non-integer', () => tokenEditDistance(0.5, 2.5), 'L', 'an integer of at least 1'],
		['L Infinity', () => logLikelihood(0.5, Infinity), 'L', 'an integer of at least 1'],
		['L NaN in choiceProbability', () => choiceProbability(0.5, NaN, 2), 'L', 'an integer of at least 1'],
		['L = 0 in brierScore', () => brierScore(0.5, 0, 2), 'L', 'an integer of at least 1'],
		['k = 1', () => choiceProbability(0.5, 5, 1), 'k', 'an integer of at least 2'],
		['k non-integer', () => multipleChoiceGrade(0.5, 5, 2.5), 'k', 'an integer of at least 2'],
		['k NaN', () => brierScore(0.5, 5, NaN), 'k', 'an integer of at least 2'],
		['tokensPerParameter = 0', () => trainingFlops(1e9, 0), 'tokensPerParameter', 'greater than 0'],
		['tokensPerParameter < 0', () => parametersForFlops(1e20, -20), 'tokensPerParameter', 'greater than 0'],
		['tokensPerParameter Infinity', () => trainingFlops(1e9, Infinity), 'tokensPerParameter', 'greater than 0'],
		['C = 0', () => parametersForFlops(0, 20), 'C', 'greater than 0'],
		['C NaN', () => parametersForFlops(NaN, 20), 'C', 'greater than 0'],
		['values with NaN', () => emergenceScore([1, NaN, 3]), 'values[1]', 'a finite number'],
		['values with Infinity', () => emergenceScore([1, 2, 3, Infinity]), 'values[3]', 'a finite number']
	];
	for (const [label, call, name, range] of cases) {
		it(label, () => {
			expect(call).toThrow(RangeError);
			expect(call).toThrow(new RegExp(`^${name.replace(/[[\]]/g, '\\$&')} must be [^(]*${range}`));
			expect(call).toThrow(/\(got .+\)$/);
		});
	}
});
