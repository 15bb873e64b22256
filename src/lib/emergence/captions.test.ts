// Every preset's caption is true of what the preset draws: each claim its text makes is computed from buildEmergence,
// and the numbers it quotes are the drawn scores. Issue 16 found the "metric" caption claiming the Brier score's
// emergence score is lower than exact match's (it is higher, 22.7 against 7.78, with three models flat at chance).
import { describe, expect, it } from 'vitest';
import { EMERGENCE_STRINGS, PRESET_TEXT } from '../components/figures/emergence/strings';
import { abruptness, claimHolds, flatModels, PRESET_CLAIMS, presetFacts, scoresByMetric, settingsFacts, type Claim } from './captions';
import { buildEmergence } from './figure';
import { PRESET_IDS, presetSettings } from './settings';

const toSig3 = (x: number) => Number(x.toPrecision(3));

describe('preset captions', () => {
	for (const id of PRESET_IDS) {
		it(`every claim of the ${id} caption holds for what it draws`, () => {
			const settings = presetSettings(id);
			expect(PRESET_CLAIMS[id].length).toBeGreaterThan(0);
			for (const claim of PRESET_CLAIMS[id]) expect(claimHolds(claim, settings), JSON.stringify(claim)).toBe(true);
		});
	}

	it('the metric preset: scores at one size per decade, by hand from figure.ts', () => {
		const scores = scoresByMetric(presetSettings('metric'));
		expect(toSig3(scores.em)).toBe(7.78);
		expect(toSig3(scores.ted)).toBe(5.69);
		expect(toSig3(scores.p)).toBe(5.69);
		expect(toSig3(scores.brier)).toBe(22.7);
		expect(scores.mc).toBe(Infinity);
		// Brier 0.5, 0.5, 0.5, 0.260, ...: the three smallest models sit at chance.
		expect(flatModels(buildEmergence({ ...presetSettings('metric'), metric: 'brier' }))).toBe(3);
	});

	it('the opposite claims fail: the check can tell a false caption from a true one', () => {
		const metric = presetSettings('metric');
		const opposite: Claim[] = [
			{ kind: 'score-above', higher: 'em', lower: 'brier' },
			{ kind: 'gradual', metric: 'brier' },
			{ kind: 'gradual', metric: 'em' },
			{ kind: 'flat-start', metric: 'ted', models: 2 }
		];
		for (const claim of opposite) expect(claimHolds(claim, metric), JSON.stringify(claim)).toBe(false);
		// A sub-task mean that "does not jump" would fail the S-curve claim on a flat range of sizes.
		expect(claimHolds({ kind: 'mean-s-curve' }, { ...presetSettings('subtasks'), c: 1e13 })).toBe(false);
		expect(claimHolds({ kind: 'measured-zero', models: 1 }, presetSettings('metric'))).toBe(false);
	});

	it('captions quote the drawn scores and name the direction the numbers go', () => {
		const f = presetFacts('metric');
		for (const lang of ['en', 'zh'] as const) {
			const text = PRESET_TEXT[lang].metric(f);
			for (const value of ['7.78', '5.69', '22.7']) expect(text).toContain(value);
			expect(text).toContain(String(f.brierFlat));
		}
		expect(PRESET_TEXT.en.metric(f)).toMatch(/The Brier score is no cure.*higher than exact match/);
		expect(PRESET_TEXT.zh.metric(f)).toMatch(/反而高于精确匹配/);
		const sub = presetFacts('subtasks');
		expect(PRESET_TEXT.en.subtasks(sub)).toContain('S-curve too');
		expect(PRESET_TEXT.en.subtasks(sub)).not.toMatch(/no jump|does not jump/);
		expect(PRESET_TEXT.en['test-set'](presetFacts('test-set'))).toContain(`${presetFacts('test-set').zeros} of the smaller models score exactly 0`);
	});
});

describe('description of settings that are no preset', () => {
	it('compares the score with a straight line through the same models', () => {
		const steep = settingsFacts(buildEmergence({ ...presetSettings('metric'), metric: 'em' }));
		expect(steep).toMatchObject({ models: 7, straight: 6, abruptness: 'abrupt', flat: 1 });
		const smooth = settingsFacts(buildEmergence({ ...presetSettings('metric'), metric: 'ted' }));
		expect(smooth.abruptness).toBe('gradual');
		const jump = settingsFacts(buildEmergence({ ...presetSettings('figure2'), metric: 'mc' }));
		expect(jump).toMatchObject({ abruptness: 'single-jump', flat: 2 });
		expect(EMERGENCE_STRINGS.en.describe(jump, 'grade', false)).toContain('one step');
		expect(EMERGENCE_STRINGS.en.describe(steep, 'exact match', false)).toContain('more abrupt than a straight line through these 7 models, which would score 6');
		expect(EMERGENCE_STRINGS.en.describe(smooth, 'x', true)).toContain('7 checkpoints');
	});
	it('abruptness: within 20% of n − 1 is gradual', () => {
		expect(abruptness(6, 7)).toBe('gradual');
		expect(abruptness(7.1, 7)).toBe('gradual');
		expect(abruptness(7.3, 4)).toBe('abrupt');
		expect(abruptness(-Infinity, 4)).toBe('single-jump');
	});
});
