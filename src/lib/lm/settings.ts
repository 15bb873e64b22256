// The tiny-LM figure's settings: what the learner chose, written to and read from the URL. The training progress is
// not a setting: a link reproduces corpus, optimiser, learning rate and seed, so training again gives the same curve.
// Reading never throws: malformed values fall back to defaults and are listed, so the figure can say what it ignored.
import { DECODE_RULES, type DecodeRule } from './decoding';
import { OBJECTIVES, type Objective } from './objectives';
import type { OptimiserKind } from './optim';
import { characters } from './tokens';

export const CORPORA = ['zh', 'en', 'paste'] as const;
export type CorpusId = (typeof CORPORA)[number];
export const OPTIMISERS = ['adam', 'sgd'] as const satisfies readonly OptimiserKind[];
export const LEARNING_RATES = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10] as const;
/** Pairs per step; 0 = all (full batch). */
export const BATCHES = [0, 256, 32] as const;
export const UNITS = ['nats', 'bits'] as const;
export type Unit = (typeof UNITS)[number];

/** Longest pasted text kept in a link (longer pastes still train; the link then says so and keeps the rest). */
export const MAX_PASTE_IN_URL = 2000;
/** Longest sentence for the loss-positions panel, in characters. */
export const MAX_SENTENCE = 80;
export const MAX_SEED = 2 ** 31 - 1;
export const MAX_K = 50;
export const MAX_DRAW = 9999;

export interface LmSettings {
	corpus: CorpusId;
	/** The pasted text (used when corpus is 'paste'). */
	paste: string;
	lr: number;
	opt: OptimiserKind;
	batch: number;
	seed: number;
	objective: Objective;
	/** The sentence the loss-positions panel scores. */
	text: string;
	/** Prefix (prefix LM) or prompt (instruction tuning) length, in characters. */
	prefix: number;
	rule: DecodeRule;
	temperature: number;
	k: number;
	p: number;
	/** Which seeded draw the samples are (0, 1, 2, ...): "sample again" moves to the next. */
	draw: number;
	/** The context character picked for the next-token bars (one character, or '' for the start token). */
	context: string;
	unit: Unit;
}

/** The loss-positions panel's default sentence: every character occurs in the language's corpus; the prefix (prompt)
 * ends before the answer. */
export const SENTENCES = {
	zh: { text: '大模型的训练目标是最大似然估计。', prefix: 9 },
	en: { text: 'The training objective is maximum likelihood.', prefix: 26 }
} as const;

export function defaultSettings(lang: 'zh' | 'en'): LmSettings {
	return {
		corpus: lang,
		paste: '',
		lr: 0.1,
		opt: 'adam',
		batch: 0,
		seed: 1,
		objective: 'causal',
		text: SENTENCES[lang].text,
		prefix: SENTENCES[lang].prefix,
		rule: 'temperature',
		temperature: 1,
		k: 5,
		p: 0.9,
		draw: 0,
		context: lang === 'zh' ? '模' : 't',
		unit: 'nats'
	};
}

const KEYS = {
	corpus: 'corpus',
	paste: 'paste',
	lr: 'lr',
	opt: 'opt',
	batch: 'batch',
	seed: 'seed',
	objective: 'obj',
	text: 'text',
	prefix: 'prefix',
	rule: 'decode',
	temperature: 'temp',
	k: 'k',
	p: 'p',
	draw: 'draw',
	context: 'ctx',
	unit: 'unit'
} as const satisfies Record<keyof LmSettings, string>;

/** The query keys this figure owns. */
export const SETTING_KEYS: readonly string[] = Object.values(KEYS);

export type SettingProblem = { key: string; value: string; reason: 'unknown' | 'not-number' | 'out-of-range' | 'too-long' };

const oneOf = <T>(list: readonly T[], value: string): T | undefined => list.find((item) => String(item) === value);
/** A plain decimal: digits, optionally a point and digits; no sign, exponent or spaces. */
const plainNumber = (value: string) => (/^\d{1,10}(\.\d{1,6})?$/.test(value) ? Number(value) : undefined);

export function readSettings(params: URLSearchParams, defaults: LmSettings): { settings: LmSettings; problems: SettingProblem[] } {
	const settings = { ...defaults };
	const problems: SettingProblem[] = [];
	const get = (key: keyof LmSettings) => params.get(KEYS[key]);
	const report = (key: keyof LmSettings, value: string, reason: SettingProblem['reason']) =>
		problems.push({ key: KEYS[key], value: value.slice(0, 40), reason });

	const choice = <K extends keyof LmSettings>(key: K, list: readonly LmSettings[K][]) => {
		const raw = get(key);
		if (raw === null) return;
		const value = oneOf(list, raw);
		if (value !== undefined) settings[key] = value;
		else report(key, raw, 'unknown');
	};
	choice('corpus', CORPORA);
	choice('opt', OPTIMISERS);
	choice('objective', OBJECTIVES);
	choice('rule', DECODE_RULES);
	choice('unit', UNITS);
	choice('lr', LEARNING_RATES);
	choice('batch', BATCHES);

	const numeric = (key: 'seed' | 'prefix' | 'temperature' | 'k' | 'p' | 'draw', min: number, max: number, integer: boolean) => {
		const raw = get(key);
		if (raw === null) return;
		const value = plainNumber(raw);
		if (value === undefined || (integer && !Number.isInteger(value))) report(key, raw, 'not-number');
		else if (value < min || value > max) report(key, raw, 'out-of-range');
		else settings[key] = value;
	};
	numeric('seed', 0, MAX_SEED, true);
	numeric('prefix', 0, MAX_SENTENCE, true);
	numeric('temperature', 0.1, 3, false);
	numeric('k', 1, MAX_K, true);
	numeric('p', 0.05, 1, false);
	numeric('draw', 0, MAX_DRAW, true);

	const paste = get('paste');
	if (paste !== null) {
		if (paste.length > MAX_PASTE_IN_URL) report('paste', paste, 'too-long');
		else settings.paste = paste;
	}
	const text = get('text');
	if (text !== null) {
		const chars = characters(text.length > MAX_SENTENCE * 8 ? text.slice(0, MAX_SENTENCE * 8) : text);
		if (chars.length > MAX_SENTENCE) report('text', text, 'too-long');
		settings.text = chars.slice(0, MAX_SENTENCE).join('');
	}
	const context = get('context');
	if (context !== null) {
		const chars = characters(context.slice(0, 32));
		if (chars.length > 1 || context.length > 32) report('context', context, 'too-long');
		else settings.context = context;
	}
	return { settings, problems };
}

export function writeSettings(settings: LmSettings, defaults: LmSettings): URLSearchParams {
	const params = new URLSearchParams();
	for (const key of Object.keys(KEYS) as (keyof LmSettings)[]) {
		const value = settings[key];
		if (value === defaults[key]) continue;
		if (key === 'paste' && (settings.corpus !== 'paste' || String(value).length > MAX_PASTE_IN_URL)) continue;
		params.set(KEYS[key], String(value));
	}
	return params;
}
