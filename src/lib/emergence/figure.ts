// What the emergence figure draws, computed from its settings: the smooth curves, the evaluated models (with test-set
// sampling), the emergence score, the axis domains and the messages for settings that leave little to see. Pure: the
// chart components only draw this.
import {
	brierScore,
	crossEntropy,
	emergenceScore,
	exactMatch,
	multipleChoiceGrade,
	tokenEditDistance,
	trainingFlops,
	type ScalingLaw
} from './metrics';
import { logSpace, PAPER_SIZES } from './models';
import { MAX_TEST_SIZE, measuredAccuracy, seededRandom } from './sampling';
import { METRICS, type EmergenceSettings, type Metric, type Mode } from './settings';

/** The model sizes the curves cover, in parameters. */
export const SIZE_RANGE = [1e7, 1e13] as const;
/** Training steps the grokking curves cover. */
export const STEP_RANGE = [10, 1e6] as const;
/** Points per drawn curve. */
export const CURVE_POINTS = 500;
/** The smallest value a log y axis shows; anything below is drawn on its bottom edge. */
export const LOG_FLOOR = 1e-12;

/** Accuracy of a model that has learned nothing in the grokking toy: one answer out of 97 (arithmetic modulo 97, as
 * in Power et al. 2022). */
export const GROKKING_CHANCE = 1 / 97;

/** What the figure needs to know about each metric besides its formula (curveFunction, metricValue). A record over
 * every metric, so a new one is a compile error here until it says; figure.test.ts checks lowerIsBetter and choices
 * against the formulas.
 * - lowerIsBetter: its emergence score is computed on the negated values, so that improvement is positive for every
 *   metric;
 * - sampled: it counts right and wrong answers, and so is measured with sampling noise on a finite test set;
 * - choices: it reads k, the number of options (the figure then offers the k slider and explains its choice model). */
export const METRIC_TRAITS: Readonly<Record<Metric, { lowerIsBetter: boolean; sampled: boolean; choices: boolean }>> = {
	em: { lowerIsBetter: false, sampled: true, choices: false },
	ted: { lowerIsBetter: true, sampled: true, choices: false },
	mc: { lowerIsBetter: false, sampled: true, choices: true },
	brier: { lowerIsBetter: true, sampled: false, choices: true },
	p: { lowerIsBetter: false, sampled: false, choices: false },
	ll: { lowerIsBetter: false, sampled: false, choices: false }
};
export const LOWER_IS_BETTER: ReadonlySet<Metric> = new Set(METRICS.filter((m) => METRIC_TRAITS[m].lowerIsBetter));
export const SAMPLED_METRICS: ReadonlySet<Metric> = new Set(METRICS.filter((m) => METRIC_TRAITS[m].sampled));
/** The data table's metric columns, in METRICS order: every metric but p, which has a column of its own. */
export const TABLE_METRICS: readonly Metric[] = METRICS.filter((m) => m !== 'p');

export interface Point {
	/** Position on the x axis (parameters, FLOPs or steps). */
	x: number;
	y: number;
}

export interface Series {
	id: string;
	/** 'main' is the curve being scored; 'part' a sub-task; 'smooth' the smooth companion; 'train' training accuracy. */
	kind: 'main' | 'part' | 'smooth' | 'train';
	points: Point[];
}

export interface Evaluated {
	/** Parameters (scale modes) or training steps (grokking). */
	n: number;
	x: number;
	/** The model's expected value of the scored metric. */
	expected: number;
	/** What the test set measures: the expected value without a test set, a sampled one with. */
	measured: number;
	/** Per-token probability p (mode 'scale'), or the mean success of the sub-tasks (mode 'subtasks'); null for
	 * grokking. */
	p: number | null;
}

export type FigureMessage = 'flat' | 'below-floor' | 'log-negative' | 'measured-zero' | 'not-sampled' | 'score-infinite';

export interface EmergenceModel {
	mode: Mode;
	/** What the y values are. */
	metric: Metric | 'task' | 'accuracy';
	series: Series[];
	evaluated: Evaluated[];
	xDomain: [number, number];
	yDomain: [number, number];
	/** The y axis actually used: log is refused for negative values. */
	yScale: 'linear' | 'log';
	/** Emergence score of the measured values, signed so that improvement is positive. */
	score: number;
	/** Emergence score of the smooth companion (mean of sub-tasks), in mode 'subtasks'. */
	smoothScore: number | null;
	/** 1 / test-set size, when there is a test set and the metric is sampled. */
	floor: number | null;
	messages: FigureMessage[];
}

function lawOf(settings: EmergenceSettings): ScalingLaw {
	return { alpha: settings.alpha, c: settings.c };
}

/**
 * The same formulas as crossEntropy and metricValue without their argument checks, for drawing 500-point curves
 * within a frame: the law and metric arguments are checked once, by the caller, before the loop. A unit test holds it
 * equal to the checked functions.
 */
export function curveFunction(metric: Metric, law: ScalingLaw, settings: Pick<EmergenceSettings, 'L' | 'k'>): (N: number) => { p: number; value: number } {
	crossEntropy(SIZE_RANGE[0], law); // checks the law
	metricValue(metric, 0.5, 1, settings); // checks L and k
	const { alpha, c } = law;
	const { L, k } = settings;
	const value: (p: number, ce: number) => number = {
		em: (p: number) => p ** L,
		ted: (p: number) => L * (1 - p),
		mc: (p: number) => (p > 1 / k ? 1 : 1 / k),
		brier: (p: number) => {
			const P = Math.max(p, 1 / k);
			return (1 - P) ** 2 + (k - 1) * ((1 - P) / (k - 1)) ** 2;
		},
		p: (p: number) => p,
		ll: (_p: number, ce: number) => -L * Math.min(ce, 1e300 / L)
	}[metric];
	return (N) => {
		const ce = (N / c) ** alpha;
		const p = Number.isFinite(ce) ? Math.exp(-ce) : 0;
		return { p, value: value(p, ce) };
	};
}

/** curveFunction('p', law, ...) without an object per call: the per-token probability p(N) = exp(-(N / c)^alpha),
 * for the sub-task curves (12 x 500 values per update). The law is checked once, here. */
function probabilityFunction(law: ScalingLaw): (N: number) => number {
	crossEntropy(SIZE_RANGE[0], law); // checks the law
	const { alpha, c } = law;
	return (N) => {
		const ce = (N / c) ** alpha;
		return Number.isFinite(ce) ? Math.exp(-ce) : 0;
	};
}

/** The value of a metric for a model whose per-token probability is p (CE given for the log-likelihood, which must
 * not go through p: p underflows to 0 long before L * CE is out of range). */
export function metricValue(metric: Metric, p: number, ce: number, settings: Pick<EmergenceSettings, 'L' | 'k'>): number {
	const { L, k } = settings;
	switch (metric) {
		case 'em':
			return exactMatch(p, L);
		case 'ted':
			return tokenEditDistance(p, L);
		case 'mc':
			return multipleChoiceGrade(p, L, k);
		case 'brier':
			return brierScore(p, L, k);
		case 'p':
			return p;
		case 'll':
			// -L * CE, the log of p^L; finite as long as CE is (clamped far below where any axis would care).
			return -L * Math.min(ce, 1e300 / L);
	}
}

/** The evaluated model sizes. */
export function evaluatedSizes(settings: Pick<EmergenceSettings, 'sizes'>): number[] {
	return [...sizeGrid(settings.sizes)];
}

// The fixed grids every update walks: computed once, on first use, and never changed.
const grids = new Map<string, readonly number[]>();
function grid(key: string, make: () => number[]): readonly number[] {
	let found = grids.get(key);
	if (!found) grids.set(key, (found = Object.freeze(make())));
	return found;
}
/** The sizes the curves are drawn at: CURVE_POINTS from SIZE_RANGE[0] to SIZE_RANGE[1]. */
const curveSizes = () => grid('curve', () => logSpace(SIZE_RANGE[0], SIZE_RANGE[1], CURVE_POINTS));
const curveSteps = () => grid('steps', () => logSpace(STEP_RANGE[0], STEP_RANGE[1], CURVE_POINTS));
const sizeGrid = (sizes: EmergenceSettings['sizes']) =>
	sizes === 'paper' ? PAPER_SIZES : grid(sizes, () => logSpace(SIZE_RANGE[0], SIZE_RANGE[1], sizes === 'few' ? 7 : 61));

/** What one test set measures for a model whose expected score is `expected`, or the expected value itself when there
 * is no test set or the metric is not a count of right answers. */
function measure(metric: Metric, expected: number, p: number, settings: EmergenceSettings, random: () => number): number {
	if (settings.test === 0 || !SAMPLED_METRICS.has(metric)) return expected;
	if (metric === 'ted') {
		// Each of the test set's L-token answers has a Binomial(L, 1 - p) number of wrong tokens: the mean of all.
		const tokens = Math.min(settings.test * settings.L, MAX_TEST_SIZE);
		return settings.L * measuredAccuracy(1 - p, tokens, random);
	}
	return measuredAccuracy(Math.min(1, Math.max(0, expected)), settings.test, random);
}

const min = (values: number[]) => values.reduce((a, b) => (b < a ? b : a), Infinity);
const max = (values: number[]) => values.reduce((a, b) => (b > a ? b : a), -Infinity);

/** Smallest and largest y of some points, in one pass without an array of the values. */
function yRange(points: readonly Point[]): [number, number] {
	let lo = Infinity;
	let hi = -Infinity;
	for (const { y } of points) {
		if (y < lo) lo = y;
		if (y > hi) hi = y;
	}
	return [lo, hi];
}

const logistic = (z: number) => 1 / (1 + Math.exp(-z));

/** The grokking toy: training accuracy reaches 100% after about 500 steps whatever the data; held-out accuracy jumps
 * from chance much later, and the later the less data there is. The shape is illustrative (after Power et al. 2022,
 * Fig. 1), not fitted to their numbers. Returns the log10 of the steps where held-out accuracy is halfway. */
export function grokkingMidpoint(frac: number): number {
	return 3 + (2.5 * (0.9 - frac)) / 0.6;
}

export function grokkingAccuracy(steps: number, frac: number): { train: number; heldOut: number } {
	const t = Math.log10(steps);
	const train = logistic((t - 2.4) / 0.12);
	const heldOut = GROKKING_CHANCE + (1 - GROKKING_CHANCE) * logistic((t - grokkingMidpoint(frac)) / 0.1);
	return { train, heldOut };
}

/** The scaling law of sub-task i of m: the same exponent, the scale constant spread over half a decade around c, so
 * the sub-tasks are learned at somewhat different sizes. */
export function subtaskLaw(settings: Pick<EmergenceSettings, 'alpha' | 'c'>, i: number, m: number): ScalingLaw {
	const offset = m === 1 ? 0 : 0.5 * (i / (m - 1) - 0.5);
	return { alpha: settings.alpha, c: settings.c * 10 ** offset };
}

function signedScore(values: number[], lowerIsBetter: boolean): number {
	return emergenceScore(lowerIsBetter ? values.map((v) => -v) : values);
}

/** Builds everything the figure draws. Never throws for settings inside LIMITS. Called on every slider step with
 * 500-point curves (up to 14 of them), so it walks fixed grids computed once and allocates little beyond its result. */
export function buildEmergence(settings: EmergenceSettings): EmergenceModel {
	const random = seededRandom(settings.seed);
	const flops = settings.mode !== 'grokking' && settings.x === 'flops';
	if (flops) trainingFlops(SIZE_RANGE[0], settings.tpp); // checks tpp once: the loops below use 6 N (tpp N) directly
	const toX = flops ? (n: number) => 6 * n * (n * settings.tpp) : (n: number) => n;
	const messages: FigureMessage[] = [];
	let series: Series[];
	let evaluated: Evaluated[];
	let metric: EmergenceModel['metric'];
	let smoothScore: number | null = null;
	let lowerIsBetter = false;

	if (settings.mode === 'grokking') {
		metric = 'accuracy';
		const steps = curveSteps();
		const train: Point[] = new Array(steps.length);
		const heldOut: Point[] = new Array(steps.length);
		for (let j = 0; j < steps.length; j++) {
			const accuracy = grokkingAccuracy(steps[j], settings.frac);
			train[j] = { x: steps[j], y: accuracy.train };
			heldOut[j] = { x: steps[j], y: accuracy.heldOut };
		}
		series = [
			{ id: 'train', kind: 'train', points: train },
			{ id: 'held-out', kind: 'main', points: heldOut }
		];
		const checkpoints = logSpace(STEP_RANGE[0], STEP_RANGE[1], settings.sizes === 'dense' ? 51 : settings.sizes === 'few' ? 6 : 4);
		evaluated = checkpoints.map((s) => {
			const expected = grokkingAccuracy(s, settings.frac).heldOut;
			const measured = settings.test === 0 ? expected : measuredAccuracy(expected, settings.test, random);
			return { n: s, x: s, expected, measured, p: null };
		});
	} else if (settings.mode === 'subtasks') {
		metric = 'task';
		const m = settings.parts;
		const curves = Array.from({ length: m }, (_, i) => probabilityFunction(subtaskLaw(settings, i, m)));
		const sizes = curveSizes();
		const xs = sizes.map(toX);
		const parts: Point[][] = curves.map(() => new Array(sizes.length));
		const mean: Point[] = new Array(sizes.length);
		const product: Point[] = new Array(sizes.length);
		for (let j = 0; j < sizes.length; j++) {
			const x = xs[j];
			let prod = 1;
			let sum = 0;
			for (let i = 0; i < m; i++) {
				const p = curves[i](sizes[j]);
				parts[i][j] = { x, y: p };
				prod *= p;
				sum += p;
			}
			mean[j] = { x, y: sum / m };
			product[j] = { x, y: prod };
		}
		series = [
			...parts.map((points, i) => ({ id: `part-${i + 1}`, kind: 'part' as const, points })),
			{ id: 'mean', kind: 'smooth', points: mean },
			{ id: 'task', kind: 'main', points: product }
		];
		const means: number[] = [];
		evaluated = sizeGrid(settings.sizes).map((n) => {
			let expected = 1;
			let sum = 0;
			for (const curve of curves) {
				const p = curve(n);
				expected *= p;
				sum += p;
			}
			means.push(sum / m);
			const measured = settings.test === 0 ? expected : measuredAccuracy(expected, settings.test, random);
			return { n, x: toX(n), expected, measured, p: sum / m };
		});
		smoothScore = signedScore(means, false);
	} else {
		metric = settings.metric;
		lowerIsBetter = LOWER_IS_BETTER.has(settings.metric);
		const valueAt = curveFunction(settings.metric, lawOf(settings), settings);
		series = [{ id: settings.metric, kind: 'main', points: curveSizes().map((n) => ({ x: toX(n), y: valueAt(n).value })) }];
		evaluated = sizeGrid(settings.sizes).map((n) => {
			const { p, value } = valueAt(n);
			return { n, x: toX(n), expected: value, measured: measure(settings.metric, value, p, settings, random), p };
		});
		if (settings.test > 0 && !SAMPLED_METRICS.has(settings.metric)) messages.push('not-sampled');
	}

	const sampled = settings.test > 0 && (settings.mode !== 'scale' || SAMPLED_METRICS.has(settings.metric));
	const floor = sampled && metric !== 'ted' ? 1 / settings.test : null;
	if (sampled && evaluated.some((e) => e.measured === 0 && e.expected > 0)) messages.push('measured-zero');

	const score = signedScore(
		evaluated.map((e) => e.measured),
		lowerIsBetter
	);
	if (!Number.isFinite(score)) messages.push('score-infinite');

	// y domain: the natural range of bounded metrics, so that a jump looks like one; the data's range otherwise. Every
	// drawn and measured y is only needed (and only gathered) for a log axis or the unbounded log-likelihood.
	const allYs = () => series.flatMap((s) => s.points.map((p) => p.y)).concat(evaluated.map((e) => e.measured));
	let yScale: 'linear' | 'log' = settings.y;
	if (yScale === 'log' && metric === 'll') {
		yScale = 'linear';
		messages.push('log-negative');
	}
	let yDomain: [number, number];
	if (yScale === 'log') {
		const ys = allYs();
		const positive = ys.filter((y) => y > 0);
		const top = positive.length ? max(positive) : 1;
		let bottom = Math.max(LOG_FLOOR, positive.length ? min(positive) : LOG_FLOOR);
		if (floor !== null) bottom = Math.min(bottom, floor / 2);
		if (ys.some((y) => y < LOG_FLOOR)) messages.push('below-floor');
		yDomain = [bottom, top > bottom ? top : bottom * 10];
	} else if (metric === 'll') {
		const low = min(allYs());
		yDomain = [low < 0 ? low : -1, 0];
	} else if (metric === 'ted') {
		yDomain = [0, settings.L];
	} else {
		yDomain = [0, 1];
	}
	const [mainLow, mainHigh] = yRange(series.find((s) => s.kind === 'main')!.points);
	const span = mainHigh - mainLow;
	if (span <= (yDomain[1] - yDomain[0]) * 1e-6 && !(yScale === 'log' && span > 0)) messages.push('flat');

	const xDomain: [number, number] =
		settings.mode === 'grokking' ? [STEP_RANGE[0], STEP_RANGE[1]] : [toX(SIZE_RANGE[0]), toX(SIZE_RANGE[1])];
	return { mode: settings.mode, metric, series, evaluated, xDomain, yDomain, yScale, score, smoothScore, floor, messages };
}

/** Rows of the data table and the CSV: every metric at each evaluated size (scale modes). */
export function metricsTable(settings: EmergenceSettings): { n: number; flops: number; p: number; values: Record<Metric, number> }[] {
	const law = lawOf(settings);
	const curves = METRICS.map((m) => curveFunction(m, law, settings));
	trainingFlops(1, settings.tpp); // checks tpp
	return evaluatedSizes(settings).map((n) => {
		const values = Object.fromEntries(METRICS.map((m, i) => [m, curves[i](n).value])) as Record<Metric, number>;
		return { n, flops: 6 * settings.tpp * n * n, p: values.p, values };
	});
}
