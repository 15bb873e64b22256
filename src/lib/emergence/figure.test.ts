import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossEntropy } from './metrics';
import {
	buildEmergence,
	curveFunction,
	evaluatedSizes,
	metricValue,
	grokkingAccuracy,
	metricsTable,
	subtaskLaw,
	CURVE_POINTS,
	GROKKING_CHANCE,
	METRIC_TRAITS,
	TABLE_METRICS
} from './figure';
import {
	activePreset,
	DEFAULT_SETTINGS,
	LIMITS,
	METRICS,
	MODES,
	presetSettings,
	readSettings,
	SIZE_SETS,
	writeSettings,
	type EmergenceSettings
} from './settings';

const at = (patch: Partial<EmergenceSettings>): EmergenceSettings => ({ ...DEFAULT_SETTINGS, ...patch });

describe('buildEmergence at the Figure 2 setting', () => {
	const model = buildEmergence(DEFAULT_SETTINGS);

	it('evaluates the paper’s four sizes and draws a 500-point curve', () => {
		expect(model.evaluated.map((e) => e.n)).toEqual([3.5e8, 1.3e9, 6.7e9, 2.0e11]);
		expect(model.series[0].points).toHaveLength(CURVE_POINTS);
	});

	it('gives the exact-match values worked out by hand from p = exp(-(N/2e9)^-0.5), EM = p^5', () => {
		// N = 3.5e8: CE = sqrt(2e9/3.5e8) = 2.39046, p = 0.0915878, p^5 = 6.4445e-6
		// N = 2e11: CE = 0.1, p = 0.904837, p^5 = 0.606531
		const em = model.evaluated.map((e) => e.expected);
		expect(em[0] / 6.4445e-6).toBeCloseTo(1, 4);
		expect(em[3]).toBeCloseTo(0.6065, 4);
	});

	it('scores exact match as more emergent than edit distance and the Brier score', () => {
		const score = (metric: EmergenceSettings['metric']) => buildEmergence(at({ metric })).score;
		// EM 6.44e-6, 0.002026, 0.06510, 0.6065: squared steps 4.08e-6, 0.003970, 0.2935; median step 0.06301,
		// range 0.6065: 9.616
		expect(score('em')).toBeCloseTo(9.616, 2);
		// Edit distance, negated: -4.5421, -3.5536, -2.1047, -0.4758; squared steps 0.9771, 2.0992, 2.6531; median step
		// 1.4489, range 4.0662: 2.8065
		expect(score('ted')).toBeCloseTo(2.8065, 3);
		expect(score('brier')).toBeLessThan(score('em'));
		// Multiple-choice grade with two choices: 0.5, 0.5, 1, 1, a single jump.
		expect(score('mc')).toBe(Infinity);
		expect(buildEmergence(at({ metric: 'mc' })).messages).toContain('score-infinite');
	});

	it('uses natural y ranges: [0, 1] for exact match, [0, L] for edit distance', () => {
		expect(model.yDomain).toEqual([0, 1]);
		expect(buildEmergence(at({ metric: 'ted', L: 7 })).yDomain).toEqual([0, 7]);
	});
});

describe('buildEmergence options', () => {
	it('puts the x axis in training FLOPs, 6 N D with D = tpp N', () => {
		const model = buildEmergence(at({ x: 'flops', tpp: 20 }));
		expect(model.evaluated[0].x).toBeCloseTo(6 * 3.5e8 * 3.5e8 * 20, -10);
		expect(model.xDomain[0]).toBeCloseTo(6 * 20 * 1e14, -2);
	});

	it('samples a finite test set: accuracies are multiples of 1/size, and the same seed repeats', () => {
		const model = buildEmergence(at({ test: 100, sizes: 'few', seed: 7 }));
		for (const e of model.evaluated) expect(Math.round(e.measured * 100)).toBeCloseTo(e.measured * 100, 9);
		expect(model.floor).toBe(0.01);
		expect(buildEmergence(at({ test: 100, sizes: 'few', seed: 7 })).evaluated).toEqual(model.evaluated);
		expect(buildEmergence(at({ test: 100, sizes: 'few', seed: 8 })).evaluated).not.toEqual(model.evaluated);
	});

	it('measures a small but non-zero accuracy as zero on a small test set, and says so', () => {
		const model = buildEmergence(at({ test: 10, sizes: 'few', seed: 1 }));
		expect(model.evaluated[0].expected).toBeGreaterThan(0);
		expect(model.evaluated[0].measured).toBe(0);
		expect(model.messages).toContain('measured-zero');
	});

	it('does not sample probability-type metrics, and says so', () => {
		const model = buildEmergence(at({ test: 10, metric: 'brier' }));
		expect(model.evaluated.every((e) => e.measured === e.expected)).toBe(true);
		expect(model.messages).toContain('not-sampled');
	});

	it('refuses a log axis for the (negative) log-likelihood', () => {
		const model = buildEmergence(at({ metric: 'll', y: 'log' }));
		expect(model.yScale).toBe('linear');
		expect(model.messages).toContain('log-negative');
		expect(model.yDomain[1]).toBe(0);
	});

	it('evaluates 4, 7 or 61 sizes', () => {
		expect(SIZE_SETS.map((sizes) => evaluatedSizes({ sizes }).length)).toEqual([4, 7, 61]);
	});

	it('reports a flat curve when every size scores about zero', () => {
		expect(buildEmergence(at({ alpha: -2, c: 1e14 })).messages).toContain('flat');
		expect(buildEmergence(DEFAULT_SETTINGS).messages).not.toContain('flat');
	});
});

describe('sub-tasks', () => {
	it('multiplies the sub-tasks: the task curve is the product, and more emergent than their mean', () => {
		const model = buildEmergence(at({ mode: 'subtasks', parts: 5, sizes: 'few' }));
		const parts = model.series.filter((s) => s.kind === 'part');
		expect(parts).toHaveLength(5);
		const task = model.series.find((s) => s.kind === 'main')!;
		const j = 250;
		expect(task.points[j].y).toBeCloseTo(parts.reduce((acc, s) => acc * s.points[j].y, 1), 12);
		expect(model.score).toBeGreaterThan(model.smoothScore!);
	});

	it('spreads the sub-tasks over half a decade of c', () => {
		expect(subtaskLaw({ alpha: -0.5, c: 1e9 }, 0, 5).c).toBeCloseTo(1e9 * 10 ** -0.25, -3);
		expect(subtaskLaw({ alpha: -0.5, c: 1e9 }, 4, 5).c).toBeCloseTo(1e9 * 10 ** 0.25, -3);
		expect(subtaskLaw({ alpha: -0.5, c: 1e9 }, 0, 1).c).toBe(1e9);
	});
});

describe('grokking', () => {
	it('reaches full training accuracy long before held-out accuracy leaves chance, later with less data', () => {
		expect(grokkingAccuracy(1000, 0.5).train).toBeGreaterThan(0.99);
		expect(grokkingAccuracy(1000, 0.5).heldOut).toBeLessThan(0.02);
		expect(grokkingAccuracy(1e6, 0.5).heldOut).toBeGreaterThan(0.99);
		expect(grokkingAccuracy(1e4, 0.8).heldOut).toBeGreaterThan(grokkingAccuracy(1e4, 0.3).heldOut);
		expect(grokkingAccuracy(10, 0.5).heldOut).toBeCloseTo(GROKKING_CHANCE, 3);
	});

	it('puts training steps on the x axis', () => {
		const model = buildEmergence(at({ mode: 'grokking' }));
		expect(model.xDomain).toEqual([10, 1e6]);
		expect(model.series.map((s) => s.id)).toEqual(['train', 'held-out']);
	});
});

describe('curveFunction', () => {
	it('equals the checked metric functions', () => {
		for (const metric of METRICS)
			for (const law of [{ alpha: -0.5, c: 2e9 }, { alpha: -1.7, c: 3e12 }])
				for (const n of [1e7, 3.3e9, 1e13]) {
					const fast = curveFunction(metric, law, { L: 7, k: 4 })(n);
					const ce = crossEntropy(n, law);
					const p = Math.exp(-ce);
					expect(fast.p).toBe(p);
					expect(fast.value).toBeCloseTo(metricValue(metric, p, ce, { L: 7, k: 4 }), 12);
				}
	});
	it('checks its arguments once', () => {
		expect(() => curveFunction('em', { alpha: 0.5, c: 1 }, { L: 1, k: 2 })).toThrow(/alpha/);
		expect(() => curveFunction('em', { alpha: -0.5, c: 1 }, { L: 0, k: 2 })).toThrow(/L must/);
	});
});

describe('METRIC_TRAITS', () => {
	// The traits a new metric must state, held to its formula: lower is better when a better model (higher p) scores
	// lower; it reads the number of choices when changing k changes its value.
	const value = (metric: (typeof METRICS)[number], p: number, k = 4) => metricValue(metric, p, -Math.log(p), { L: 5, k });
	it('says lower is better exactly for the metrics that fall as the model improves', () => {
		for (const metric of METRICS) expect(METRIC_TRAITS[metric].lowerIsBetter, metric).toBe(value(metric, 0.9) < value(metric, 0.1));
	});
	it('says a metric reads the number of choices exactly when its value depends on it', () => {
		for (const metric of METRICS) expect(METRIC_TRAITS[metric].choices, metric).toBe(value(metric, 0.3, 2) !== value(metric, 0.3, 4));
	});
});

describe('metricsTable', () => {
	it('has a column for every metric but p (which has its own), in the order of METRICS', () => {
		expect([...TABLE_METRICS, 'p'].sort()).toEqual([...METRICS].sort());
		expect(TABLE_METRICS).toEqual(METRICS.filter((m) => TABLE_METRICS.includes(m)));
		expect(Object.keys(metricsTable(DEFAULT_SETTINGS)[0].values)).toEqual([...METRICS]);
	});
	it('lists every metric at the Figure 2 sizes', () => {
		const rows = metricsTable(DEFAULT_SETTINGS);
		expect(rows.map((r) => Number(r.p.toPrecision(3)))).toEqual([0.0916, 0.289, 0.579, 0.905]);
		expect(rows[3].values.ted).toBeCloseTo(5 * (1 - 0.904837), 4);
		expect(rows[3].values.ll).toBeCloseTo(-0.5, 9);
	});
});

describe('settings in the URL', () => {
	it('round-trips every preset', () => {
		for (const id of ['figure2', 'metric', 'subtasks', 'test-set', 'grokking'] as const) {
			const settings = presetSettings(id);
			const back = readSettings(writeSettings(settings)).settings;
			expect(back).toEqual(settings);
			expect(activePreset(back)).toBe(id);
		}
	});

	it('writes nothing for the defaults', () => {
		expect(writeSettings(DEFAULT_SETTINGS).toString()).toBe('');
	});

	it('reads numbers in exponent form and rejects garbage with a reason', () => {
		const { settings, problems } = readSettings(new URLSearchParams('c=3e10&alpha=abc&len=0&choices=2.5&metric=<b>&mode=scale&tpp=Infinity'));
		expect(settings.c).toBe(3e10);
		expect(settings.alpha).toBe(DEFAULT_SETTINGS.alpha);
		expect(problems.map((p) => [p.key, p.reason])).toEqual([
			['metric', 'unknown'],
			['alpha', 'not-number'],
			['len', 'out-of-range'],
			['choices', 'not-integer'],
			['tpp', 'not-number']
		]);
	});

	it('never throws and always builds a finite figure from any query', () => {
		const keys = ['mode', 'metric', 'alpha', 'c', 'len', 'choices', 'x', 'tpp', 'y', 'test', 'seed', 'sizes', 'parts', 'frac'];
		const value = fc.oneof(
			fc.string(),
			fc.double().map(String),
			fc.integer().map(String),
			fc.constantFrom('NaN', '-0', '1e999', '', ' 5 ', ...MODES, ...METRICS, 'log', 'flops', 'dense')
		);
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.constantFrom(...keys), value), { maxLength: 8 }), (pairs) => {
				const { settings } = readSettings(new URLSearchParams(pairs));
				const model = buildEmergence(settings);
				const numbers = [
					...model.xDomain,
					...model.yDomain,
					...model.evaluated.flatMap((e) => [e.x, e.expected, e.measured]),
					...model.series.flatMap((s) => s.points.flatMap((p) => [p.x, p.y]))
				];
				expect(numbers.every(Number.isFinite)).toBe(true);
				expect(model.yDomain[1]).toBeGreaterThan(model.yDomain[0]);
			}),
			{ numRuns: 150 }
		);
	});

	it('builds a finite figure at every corner of the limits', () => {
		for (const alpha of [LIMITS.alpha.min, LIMITS.alpha.max])
			for (const c of [LIMITS.c.min, LIMITS.c.max])
				for (const metric of METRICS)
					for (const y of ['linear', 'log'] as const) {
						const model = buildEmergence(at({ alpha, c, metric, y, L: LIMITS.L.max, k: LIMITS.k.max, x: 'flops', tpp: LIMITS.tpp.max, test: LIMITS.test.max }));
						expect(model.yDomain.every(Number.isFinite)).toBe(true);
						expect(model.series[0].points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
					}
	});
});
