/**
 * The toy model of Schaeffer, Miranda and Koyejo 2023, "Are Emergent Abilities of Large Language Models a Mirage?"
 * (arXiv 2304.15004): per-token cross-entropy falls smoothly with model size N as a power law, and the same smooth
 * improvement looks like a sudden jump or a steady climb depending on the metric used to score it.
 *
 * All functions are pure. Bad arguments throw a RangeError that names the argument and its allowed range.
 */
import { checkArg } from './validate';

/** Per-token cross-entropy CE(N) = (N / c)^alpha, with alpha < 0 (loss falls with scale) and c > 0 (a scale in parameters). */
export interface ScalingLaw {
	alpha: number;
	c: number;
}

/** Tokens per parameter in compute-optimal training, after Chinchilla (Hoffmann et al. 2022, arXiv 2203.15556). */
export const CHINCHILLA_TOKENS_PER_PARAMETER = 20;

const checkN = (N: number) => checkArg('N', N, { min: 0, minExclusive: true });
const checkP = (p: number) => checkArg('p', p, { min: 0, max: 1 });
const checkL = (L: number) => checkArg('L', L, { min: 1, integer: true });
const checkK = (k: number) => checkArg('k', k, { min: 2, integer: true });
const checkTokensPerParameter = (t: number) => checkArg('tokensPerParameter', t, { min: 0, minExclusive: true });
function checkLaw(law: ScalingLaw): void {
	checkArg('alpha', law.alpha, { max: 0, maxExclusive: true });
	checkArg('c', law.c, { min: 0, minExclusive: true });
}

/**
 * Per-token cross-entropy in nats of a model with N parameters: CE(N) = (N / c)^alpha.
 * Positive and decreasing in N. At extreme settings floating point can make it Infinity (tiny N / c with a very
 * negative alpha) or 0 (huge N / c): the caller decides how to show that.
 */
export function crossEntropy(N: number, law: ScalingLaw): number {
	checkN(N);
	checkLaw(law);
	return (N / law.c) ** law.alpha;
}

/** Probability of the right next token, p = exp(-CE(N)); in [0, 1] and increasing in N. */
export function tokenProbability(N: number, law: ScalingLaw): number {
	return Math.exp(-crossEntropy(N, law));
}

/**
 * Exact match: the probability that all L tokens of the answer are right, p^L, assuming the tokens are right or wrong
 * independently. A nonlinear metric: it stays near 0 and then shoots up as p approaches 1.
 */
export function exactMatch(p: number, L: number): number {
	checkP(p);
	checkL(L);
	return p ** L;
}

/**
 * Token edit distance: the expected number of wrong tokens in an answer of L tokens, L (1 - p), in [0, L]; lower is
 * better. A linear metric: it falls as smoothly as p rises.
 */
export function tokenEditDistance(p: number, L: number): number {
	checkP(p);
	checkL(L);
	return L * (1 - p);
}

/**
 * The probability the model puts on the right one of k choices, P = max(p, 1/k).
 *
 * In plain words: each option is scored by its average probability per token (length-normalised, as many
 * multiple-choice evaluations do), so the answer length L cancels out. The right answer's tokens get probability p
 * each, and the rest, 1 - p, is shared equally by the k - 1 wrong answers; normalised over the k options this gives
 * the right choice the probability p. A model with p at or below 1/k has learned nothing that separates the options,
 * so it is taken to be indifferent: every option gets 1/k, which is chance level. Hence P = max(p, 1/k): chance for a
 * small model, then rising smoothly with p to 1 at p = 1.
 *
 * Why not normalise the whole-answer probabilities p^L against ((1 - p)/(k - 1))^L instead: a small model would then
 * put almost no probability on the right choice, far below chance, and P would be as steep as exact match, so the
 * Brier score would show a jump too, unlike Figure 2 of Schaeffer et al.
 *
 * L must still be a valid answer length (an integer >= 1) although it does not change the result.
 */
export function choiceProbability(p: number, L: number, k: number): number {
	checkP(p);
	checkL(L);
	checkK(k);
	return Math.max(p, 1 / k);
}

/** The model of {@link choiceProbability} in words, in both languages, for the page. */
export const MULTIPLE_CHOICE_MODEL = {
	en:
		'Each option is scored by its average probability per token, so the answer length L cancels out. ' +
		'The right answer’s tokens get probability p each; the rest, 1 − p, is shared equally by the k − 1 wrong answers, ' +
		'which gives the right choice the probability p. A model with p at or below 1/k has learned nothing that separates ' +
		'the options, so it is taken to be indifferent: every option gets 1/k, chance level. ' +
		'So P(right choice) = max(p, 1/k).',
	zh:
		'每个选项按其中每个 token 的平均概率打分，所以答案长度 L 被约掉了。' +
		'正确答案的每个 token 概率为 p，其余的 1 − p 由 k − 1 个错误选项平分，于是正确选项分到的概率就是 p。' +
		'p 不超过 1/k 的模型还没学到能区分各选项的东西，视为没有偏好：每个选项都是 1/k，即随机水平。' +
		'所以 P(正确选项) = max(p, 1/k)。'
} as const;

/**
 * Multiple-choice grade: 1 when the right option has the highest probability (the model picks it), else 0, as
 * Schaeffer et al. define it; a discontinuous metric, a step in p. With {@link choiceProbability} the k - 1 wrong
 * options share 1 - P equally, so the right option is strictly highest exactly when p > 1/k. At or below that all k
 * options are tied and the pick is a uniform guess, so the grade is its expectation, 1/k (chance level), not 0:
 * the grade is 1/k up to p = 1/k and jumps to 1 just above it.
 */
export function multipleChoiceGrade(p: number, L: number, k: number): number {
	choiceProbability(p, L, k); // validates the arguments
	return p > 1 / k ? 1 : 1 / k;
}

/**
 * Brier score: the mean squared error of the predicted distribution over the k options against the one-hot truth,
 * (1 - P)^2 + (k - 1) ((1 - P)/(k - 1))^2 with P = {@link choiceProbability}; the wrong options share 1 - P equally.
 * Lower is better: 0 for a certain right answer, (k - 1)/k at chance level. A continuous metric that falls smoothly
 * as P rises.
 */
export function brierScore(p: number, L: number, k: number): number {
	const P = choiceProbability(p, L, k);
	const wrong = (1 - P) / (k - 1);
	return (1 - P) ** 2 + (k - 1) * wrong ** 2;
}

/**
 * Log-likelihood in nats of the right answer of L tokens, L ln p (the log of p^L); at most 0, higher is better.
 * It is -Infinity at p = 0, which tokenProbability returns when CE is so large that exp(-CE) underflows; with a
 * scaling law at hand, -L * crossEntropy(N, law) is the same number without the underflow.
 */
export function logLikelihood(p: number, L: number): number {
	checkP(p);
	checkL(L);
	return L * Math.log(p);
}

/** The ordinary median: the middle value, or the mean of the two middle values for an even count. */
function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Emergence score: BIG-bench's "breakthroughness" (Srivastava et al. 2022, appendix B), as Schaeffer et al. 2023 (sec. 5) reuse it,
 * for metric values y_1..y_n in order of increasing scale:
 *
 *   sign(argmax y - argmin y) (max y - min y) / sqrt(median over i of (y_i - y_{i-1})^2)
 *
 * Large when most of the change happens in few steps, about n - 1 for a straight line (exactly n - 1 for an
 * arithmetic sequence). Positive when the curve rises towards larger models, negative when it falls; for
 * lower-is-better metrics (edit distance, Brier score) negate the values first to compare with the others. argmax
 * and argmin take the first occurrence. The score depends on where the sizes are sampled, so compare scores on the
 * same sizes.
 *
 * Edge cases: fewer than 3 values give 0 (no median step to compare against); a constant sequence (max = min) gives 0;
 * if the median squared step is 0 but the values do change, the change happens in a single jump between otherwise flat
 * stretches and the score is +Infinity or -Infinity: a figure must show it as "∞ (a single jump)", not as a number.
 */
export function emergenceScore(values: readonly number[]): number {
	values.forEach((y, i) => checkArg(`values[${i}]`, y));
	if (values.length < 3) return 0;
	let argmax = 0;
	let argmin = 0;
	for (let i = 1; i < values.length; i++) {
		if (values[i] > values[argmax]) argmax = i;
		if (values[i] < values[argmin]) argmin = i;
	}
	const range = values[argmax] - values[argmin];
	if (range === 0) return 0;
	const steps: number[] = [];
	for (let i = 1; i < values.length; i++) steps.push((values[i] - values[i - 1]) ** 2);
	return (Math.sign(argmax - argmin) * range) / Math.sqrt(median(steps));
}

/**
 * Training compute in FLOPs, C = 6 N D with D = N * tokensPerParameter training tokens (Kaplan et al. 2020,
 * arXiv 2001.08361: about 6 FLOPs per parameter per token, forward and backward). Chinchilla-optimal training uses
 * about {@link CHINCHILLA_TOKENS_PER_PARAMETER} tokens per parameter.
 */
export function trainingFlops(N: number, tokensPerParameter: number): number {
	checkN(N);
	checkTokensPerParameter(tokensPerParameter);
	return 6 * N * (N * tokensPerParameter);
}

/** The inverse of {@link trainingFlops}: the parameters N trained with C FLOPs, N = sqrt(C / (6 tokensPerParameter)). */
export function parametersForFlops(C: number, tokensPerParameter: number): number {
	checkArg('C', C, { min: 0, minExclusive: true });
	checkTokensPerParameter(tokensPerParameter);
	return Math.sqrt(C / (6 * tokensPerParameter));
}
