/**
 * Finite test sets: a benchmark of n questions can only report accuracies in steps of 1/n, and a model with true
 * accuracy r scores a binomial draw around r. Schaeffer et al. 2023 name both as ways to make a smooth curve look like
 * a jump: a small non-zero accuracy measured as 0, and noise.
 */
import { mulberry32 } from '$lib/random';
import { checkArg } from './validate';

/** Largest test set accepted. */
export const MAX_TEST_SIZE = 100_000;
/** Test sets up to this size are drawn question by question; larger ones by inverting the binomial distribution (one
 * random number, so a figure with many models and big test sets redraws within a frame). */
export const BERNOULLI_SUM_MAX = 100;

const checkTestSize = (n: number) => checkArg('testSize', n, { min: 1, max: MAX_TEST_SIZE, integer: true });

/**
 * The figure's seeded generator: the site's mulberry32 ($lib/random), after checking that the seed is an integer from 0
 * to 2^32 - 1 (a RangeError naming `seed` otherwise). The same seed gives the same sequence of numbers in [0, 1).
 */
export function seededRandom(seed: number): () => number {
	return mulberry32(checkArg('seed', seed, { min: 0, max: 0xffffffff, integer: true }));
}

/** One number from `random`, checked to be in [0, 1). */
function uniform(random: () => number): number {
	const u = random();
	return u >= 0 && u < 1 ? u : checkArg('random()', u, { min: 0, max: 1, maxExclusive: true });
}

/** ln(n!) for an integer n >= 0: summed directly for small n, Stirling's series (error below 1e-16) above. */
function logFactorial(n: number): number {
	if (n < 20) {
		let sum = 0;
		for (let i = 2; i <= n; i++) sum += Math.log(i);
		return sum;
	}
	const x = n + 1;
	return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x ** 3) + 1 / (1260 * x ** 5);
}

/**
 * A Binomial(n, rate) draw from one uniform number u by inversion, the smallest x with P(X <= x) > u, searching
 * outwards from the mode with the ratio of neighbouring probabilities; about ten standard deviations of steps.
 */
function binomialByInversion(n: number, rate: number, u: number): number {
	if (rate > 0.5) return n - binomialByInversion(n, 1 - rate, u);
	if (rate === 0) return 0;
	const q = 1 - rate;
	const odds = rate / q;
	const mode = Math.min(n, Math.floor((n + 1) * rate));
	const atMode = Math.exp(
		logFactorial(n) - logFactorial(mode) - logFactorial(n - mode) + mode * Math.log(rate) + (n - mode) * Math.log(q)
	);
	// P(X <= mode), summed downwards until the terms no longer change the sum.
	let cdf = atMode;
	for (let x = mode, term = atMode; x > 0; x--) {
		term *= x / (n - x + 1) / odds;
		cdf += term;
		if (term < cdf * 1e-17) break;
	}
	let x = mode;
	let term = atMode;
	if (u < cdf) {
		// Walk down while P(X <= x - 1) = P(X <= x) - P(X = x) is still above u.
		while (x > 0 && cdf - term > u) {
			cdf -= term;
			term *= x / (n - x + 1) / odds;
			x--;
		}
	} else {
		// Walk up until P(X <= x) exceeds u.
		while (x < n && cdf <= u) {
			term *= ((n - x) / (x + 1)) * odds;
			x++;
			cdf += term;
		}
	}
	return x;
}

/**
 * The accuracy measured on a test set of `testSize` questions (an integer from 1 to 100000) by a model that answers
 * each one right with probability `trueRate` (in [0, 1]), independently: a Binomial(testSize, trueRate) draw divided by
 * testSize, so always a multiple of 1/testSize. Up to BERNOULLI_SUM_MAX (100) questions it is an exact sum of one Bernoulli draw per
 * question (testSize calls of `random`); above that one call of `random` and an exact inversion of the binomial
 * distribution. `random` must return numbers in [0, 1), e.g. {@link seededRandom}.
 */
export function measuredAccuracy(trueRate: number, testSize: number, random: () => number): number {
	checkArg('trueRate', trueRate, { min: 0, max: 1 });
	checkTestSize(testSize);
	if (testSize > BERNOULLI_SUM_MAX) return binomialByInversion(testSize, trueRate, uniform(random)) / testSize;
	let right = 0;
	for (let i = 0; i < testSize; i++) if (uniform(random) < trueRate) right++;
	return right / testSize;
}

/** The smallest non-zero accuracy a test set of `testSize` questions can report, 1 / testSize. */
export function resolutionFloor(testSize: number): number {
	return 1 / checkTestSize(testSize);
}
