// The emergence figure's settings: what the learner chose, how it is written to and read from the URL, and the
// presets for the seed's three mechanisms. Reading never throws: anything malformed falls back to its default and is
// reported, so the figure can say what it ignored.
import { CHINCHILLA_TOKENS_PER_PARAMETER } from './metrics';
import { MAX_TEST_SIZE } from './sampling';
import { fieldKeys, readFields, writeFields, type Problem, type Schema } from '$lib/url/fields';

/** What the x axis is: model size (the seed's mechanisms 1 and 2) or training steps of one model (grokking). */
export const MODES = ['scale', 'subtasks', 'grokking'] as const;
export type Mode = (typeof MODES)[number];
/** em exact match, ted token edit distance, mc multiple-choice grade, brier Brier score, p per-token probability,
 * ll log-likelihood of the whole answer. */
export const METRICS = ['em', 'ted', 'mc', 'brier', 'p', 'll'] as const;
export type Metric = (typeof METRICS)[number];
export const X_AXES = ['params', 'flops'] as const;
export type XAxis = (typeof X_AXES)[number];
export const Y_SCALES = ['linear', 'log'] as const;
export type YScale = (typeof Y_SCALES)[number];
/** Which model sizes are evaluated: the paper's four, one per decade (as a real model family), or ten per decade. */
export const SIZE_SETS = ['paper', 'few', 'dense'] as const;
export type SizeSet = (typeof SIZE_SETS)[number];

export interface EmergenceSettings {
	mode: Mode;
	metric: Metric;
	/** Exponent of the cross-entropy power law, below 0. */
	alpha: number;
	/** Scale constant of the power law, in parameters. */
	c: number;
	/** Answer length in tokens. */
	L: number;
	/** Number of choices in multiple choice. */
	k: number;
	x: XAxis;
	/** Training tokens per parameter, for the FLOPs axis. */
	tpp: number;
	y: YScale;
	/** Questions in the test set; 0 means scoring the model's exact expected value (an infinite test set). */
	test: number;
	/** Seed of the test-set sampling. */
	seed: number;
	sizes: SizeSet;
	/** Number of sub-tasks (mode 'subtasks'). */
	parts: number;
	/** Fraction of all examples used for training (mode 'grokking'). */
	frac: number;
}

/** Allowed ranges. Integers where it says so; every number must be finite. */
export const LIMITS = {
	alpha: { min: -2, max: -0.05 },
	c: { min: 1e6, max: 1e14 },
	L: { min: 1, max: 50, integer: true },
	k: { min: 2, max: 10, integer: true },
	tpp: { min: 1, max: 1000 },
	test: { min: 0, max: MAX_TEST_SIZE, integer: true },
	seed: { min: 0, max: 0xffffffff, integer: true },
	parts: { min: 1, max: 12, integer: true },
	frac: { min: 0.2, max: 0.9 }
} as const satisfies Record<string, { min: number; max: number; integer?: boolean }>;

/** The paper's toy (Schaeffer et al. 2023, Figure 2), scored by exact match: the figure's starting point. */
export const DEFAULT_SETTINGS: Readonly<EmergenceSettings> = Object.freeze({
	mode: 'scale',
	metric: 'em',
	alpha: -0.5,
	c: 2e9,
	L: 5,
	k: 2,
	x: 'params',
	tpp: CHINCHILLA_TOKENS_PER_PARAMETER,
	y: 'linear',
	test: 0,
	seed: 1,
	sizes: 'paper',
	parts: 5,
	frac: 0.5
});

export const PRESET_IDS = ['figure2', 'metric', 'subtasks', 'test-set', 'grokking'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** The presets: each sets every setting it names and leaves the rest at the defaults. */
export const PRESETS: Record<PresetId, Partial<EmergenceSettings>> = {
	/** Schaeffer et al. 2023, Figure 2: four model sizes, exact match. */
	figure2: {},
	/** Mechanism 1: the same smooth model under a strict metric, at one size per decade; switch the metric. */
	metric: { sizes: 'few' },
	/** Mechanism 2: a task of five sub-tasks that each improve smoothly. */
	subtasks: { mode: 'subtasks', sizes: 'few' },
	/** Too little test data: 100 questions, a log axis, one size per decade (Schaeffer et al. name this too). */
	'test-set': { test: 100, y: 'log', sizes: 'few' },
	/** Mechanism 3 as the seed tells it, on its real axis: training steps. */
	grokking: { mode: 'grokking' }
};

export function presetSettings(id: PresetId): EmergenceSettings {
	return { ...DEFAULT_SETTINGS, ...PRESETS[id] };
}

/** The preset the settings are exactly at, if any. */
export function activePreset(settings: EmergenceSettings): PresetId | null {
	return PRESET_IDS.find((id) => sameSettings(settings, presetSettings(id))) ?? null;
}

export function sameSettings(a: EmergenceSettings, b: EmergenceSettings): boolean {
	return (Object.keys(FIELDS) as (keyof EmergenceSettings)[]).every((key) => a[key] === b[key]);
}

/** What each setting may hold in the URL, and its query key (read and written by $lib/url/fields). */
const FIELDS: Schema<EmergenceSettings>['fields'] = {
	mode: { kind: 'enum', key: 'mode', values: MODES },
	metric: { kind: 'enum', key: 'metric', values: METRICS },
	alpha: { kind: 'real', key: 'alpha', ...LIMITS.alpha },
	c: { kind: 'real', key: 'c', ...LIMITS.c },
	L: { kind: 'int', key: 'len', ...LIMITS.L },
	k: { kind: 'int', key: 'choices', ...LIMITS.k },
	x: { kind: 'enum', key: 'x', values: X_AXES },
	tpp: { kind: 'real', key: 'tpp', ...LIMITS.tpp },
	y: { kind: 'enum', key: 'y', values: Y_SCALES },
	test: { kind: 'int', key: 'test', ...LIMITS.test },
	seed: { kind: 'int', key: 'seed', ...LIMITS.seed },
	sizes: { kind: 'enum', key: 'sizes', values: SIZE_SETS },
	parts: { kind: 'int', key: 'parts', ...LIMITS.parts },
	frac: { kind: 'real', key: 'frac', ...LIMITS.frac }
};

const schema = (defaults: EmergenceSettings): Schema<EmergenceSettings> => ({ fields: FIELDS, defaults });

/** The query keys this figure owns. */
export const SETTING_KEYS: readonly string[] = fieldKeys({ fields: FIELDS });

/** Why a URL value was not used: the figure shows these as a note. `key` is the query key ("len"). */
export type SettingProblem = Problem;

/** Reads settings from a query string over the defaults. Unknown keys are ignored (other figures may own them); bad
 * values fall back to their defaults and are listed in problems. Never throws. */
export function readSettings(params: URLSearchParams, defaults: EmergenceSettings = DEFAULT_SETTINGS): { settings: EmergenceSettings; problems: SettingProblem[] } {
	return readFields(schema(defaults), params);
}

/** Writes settings as a query string, leaving out every value equal to its default so links stay short. */
export function writeSettings(settings: EmergenceSettings, defaults: EmergenceSettings = DEFAULT_SETTINGS): URLSearchParams {
	return writeFields(schema(defaults), settings);
}
