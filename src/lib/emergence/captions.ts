// What the emergence figure's captions say, as numbers computed from what it draws: the emergence score of each metric
// at a preset's model sizes, how many small models sit flat at chance, where sub-tasks and grokking put their change.
// A preset's caption is written from these facts, and each preset lists the claims its text makes (PRESET_CLAIMS),
// which a unit test checks against the drawn model: a caption that says the opposite of its figure fails the build.
import { buildEmergence, grokkingAccuracy, grokkingMidpoint, GROKKING_CHANCE, type EmergenceModel } from './figure';
import { METRICS, presetSettings, type EmergenceSettings, type Metric, type PresetId } from './settings';

/** The emergence score of every metric over the evaluated models of these settings (mode 'scale'), signed so that
 * improvement is positive (as the figure shows it). */
export function scoresByMetric(settings: EmergenceSettings): Record<Metric, number> {
	return Object.fromEntries(METRICS.map((metric) => [metric, buildEmergence({ ...settings, mode: 'scale', metric }).score])) as Record<
		Metric,
		number
	>;
}

/** How many of the smallest evaluated models measure the same value as the smallest one (within 1e-12): the flat
 * stretch a curve sits on before it moves (chance level for multiple choice and Brier score). */
export function flatModels(model: EmergenceModel): number {
	const values = model.evaluated.map((e) => e.measured);
	let count = 1;
	while (count < values.length && Math.abs(values[count] - values[0]) <= 1e-12) count++;
	return count;
}

/** The score of a straight line through n evenly spaced models: n − 1 (see emergenceScore). */
export const straightLineScore = (n: number) => n - 1;

/** How abrupt a score is next to a straight line through the same n models. */
export type Abruptness = 'single-jump' | 'abrupt' | 'gradual';
export function abruptness(score: number, n: number): Abruptness {
	if (!Number.isFinite(score)) return 'single-jump';
	return Math.abs(score) > 1.2 * straightLineScore(n) ? 'abrupt' : 'gradual';
}

/** A sentence a caption asserts, as something that can be checked against the drawn model. */
export type Claim =
	/** Metric `higher`'s emergence score is larger than metric `lower`'s (mode 'scale', at the preset's sizes). */
	| { kind: 'score-above'; higher: Metric; lower: Metric }
	/** The metric's score is within 20% of a straight line's, n − 1. */
	| { kind: 'gradual'; metric: Metric }
	/** The metric's first `models` evaluated models all measure the same value: the curve is flat there. */
	| { kind: 'flat-start'; metric: Metric; models: number }
	/** Sub-tasks: the task's (product's) score is above the mean's, and the mean itself rises from below 0.1 to above 0.9
	 * over the evaluated sizes, an S-curve on the log axis too. */
	| { kind: 'task-steeper-than-mean' }
	| { kind: 'mean-s-curve' }
	/** At least `models` of the evaluated models measure exactly 0 although their expected score is positive. */
	| { kind: 'measured-zero'; models: number }
	/** Grokking: training accuracy is above 0.99 at 1,000 steps while held-out accuracy is still near chance. */
	| { kind: 'train-first' }
	/** Grokking: with less training data, held-out accuracy passes halfway later. */
	| { kind: 'later-with-less-data' };

/** The claims each preset's caption makes (strings.ts writes them out in both languages). */
export const PRESET_CLAIMS: Record<PresetId, Claim[]> = {
	figure2: [
		{ kind: 'score-above', higher: 'em', lower: 'ted' },
		{ kind: 'score-above', higher: 'em', lower: 'brier' },
		{ kind: 'score-above', higher: 'mc', lower: 'brier' },
		{ kind: 'flat-start', metric: 'mc', models: 2 }
	],
	metric: [
		{ kind: 'score-above', higher: 'em', lower: 'ted' },
		{ kind: 'score-above', higher: 'em', lower: 'p' },
		{ kind: 'gradual', metric: 'ted' },
		{ kind: 'gradual', metric: 'p' },
		{ kind: 'score-above', higher: 'brier', lower: 'em' },
		{ kind: 'flat-start', metric: 'brier', models: 3 },
		{ kind: 'flat-start', metric: 'mc', models: 3 }
	],
	subtasks: [{ kind: 'task-steeper-than-mean' }, { kind: 'mean-s-curve' }],
	'test-set': [{ kind: 'measured-zero', models: 2 }],
	grokking: [{ kind: 'train-first' }, { kind: 'later-with-less-data' }]
};

/** Whether a claim holds for these settings. */
export function claimHolds(claim: Claim, settings: EmergenceSettings): boolean {
	const model = (metric?: Metric) => buildEmergence(metric ? { ...settings, mode: 'scale', metric } : settings);
	switch (claim.kind) {
		case 'score-above':
			return model(claim.higher).score > model(claim.lower).score;
		case 'gradual': {
			const m = model(claim.metric);
			return abruptness(m.score, m.evaluated.length) === 'gradual';
		}
		case 'flat-start':
			return flatModels(model(claim.metric)) >= claim.models;
		case 'task-steeper-than-mean': {
			const m = model();
			return m.smoothScore !== null && m.score > m.smoothScore;
		}
		case 'mean-s-curve': {
			const means = model().evaluated.map((e) => e.p ?? NaN);
			return means[0] < 0.1 && means[means.length - 1] > 0.9 && means.every((v, i) => i === 0 || v >= means[i - 1]);
		}
		case 'measured-zero':
			return model().evaluated.filter((e) => e.measured === 0 && e.expected > 0).length >= claim.models;
		case 'train-first': {
			const at = grokkingAccuracy(1000, settings.frac);
			return at.train > 0.99 && at.heldOut < GROKKING_CHANCE + 0.05;
		}
		case 'later-with-less-data':
			return grokkingMidpoint(settings.frac - 0.1) > grokkingMidpoint(settings.frac);
	}
}

/** The numbers a preset's caption quotes, computed from its settings. */
export interface PresetFacts {
	/** Emergence score of each metric at the preset's sizes (scale presets). */
	scores: Record<Metric, number>;
	/** Number of evaluated models. */
	models: number;
	/** Models flat at chance under the Brier score. */
	brierFlat: number;
	/** Sub-tasks: the task's and the mean's score. */
	task: number;
	mean: number;
	/** Test set: models measured exactly 0. */
	zeros: number;
}

export function presetFacts(id: PresetId): PresetFacts {
	const settings = presetSettings(id);
	const main = buildEmergence(settings);
	const scale = settings.mode !== 'grokking';
	return {
		scores: scale ? scoresByMetric(settings) : (Object.fromEntries(METRICS.map((m) => [m, NaN])) as Record<Metric, number>),
		models: main.evaluated.length,
		brierFlat: scale ? flatModels(buildEmergence({ ...settings, mode: 'scale', metric: 'brier' })) : 0,
		task: main.score,
		mean: main.smoothScore ?? NaN,
		zeros: main.evaluated.filter((e) => e.measured === 0 && e.expected > 0).length
	};
}

/** What a caption says about settings that are not a preset: the scored curve's emergence score against a straight
 * line's through the same models, and how many small models sit flat before it moves. */
export interface SettingsFacts {
	models: number;
	score: number;
	straight: number;
	abruptness: Abruptness;
	/** Smallest models that all measure the same value (1 when the curve moves from the first model on). */
	flat: number;
	/** Sub-tasks: the mean's score. */
	mean: number | null;
}

export function settingsFacts(model: EmergenceModel): SettingsFacts {
	const n = model.evaluated.length;
	return {
		models: n,
		score: model.score,
		straight: straightLineScore(n),
		abruptness: abruptness(model.score, n),
		flat: flatModels(model),
		mean: model.smoothScore
	};
}
