// The tiny-LM figure's settings: what the learner chose, written to and read from the URL. The training progress is
// not a setting: a link reproduces corpus, optimiser, learning rate and seed, so training again gives the same curve.
// Reading never throws: malformed values fall back to defaults and are listed, so the figure can say what it ignored.
import { DECODE_RULES, type DecodeRule } from './decoding';
import { OBJECTIVES, type Objective } from './objectives';
import type { OptimiserKind } from './optim';
import { characters } from './tokens';
import { fieldKeys, readFields, writeFields, type Problem, type Schema } from '$lib/url/fields';

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

/** What each setting may hold in the URL, and its query key (read and written by $lib/url/fields). */
const FIELDS: Schema<LmSettings>['fields'] = {
	corpus: { kind: 'enum', key: 'corpus', values: CORPORA },
	// A paste longer than a link can carry is left out of it (the figure says so); it still trains.
	paste: { kind: 'text', key: 'paste', cut: (raw) => ({ text: raw, cut: raw.length > MAX_PASTE_IN_URL }), whenCut: 'ignore' },
	lr: { kind: 'number', key: 'lr', values: LEARNING_RATES },
	opt: { kind: 'enum', key: 'opt', values: OPTIMISERS },
	batch: { kind: 'number', key: 'batch', values: BATCHES },
	seed: { kind: 'int', key: 'seed', min: 0, max: MAX_SEED },
	objective: { kind: 'enum', key: 'obj', values: OBJECTIVES },
	text: { kind: 'text', key: 'text', cut: cutSentence },
	prefix: { kind: 'int', key: 'prefix', min: 0, max: MAX_SENTENCE },
	rule: { kind: 'enum', key: 'decode', values: DECODE_RULES },
	temperature: { kind: 'real', key: 'temp', min: 0.1, max: 3 },
	k: { kind: 'int', key: 'k', min: 1, max: MAX_K },
	p: { kind: 'real', key: 'p', min: 0.05, max: 1 },
	draw: { kind: 'int', key: 'draw', min: 0, max: MAX_DRAW },
	// One character, or '' for the start token; anything longer is not used.
	context: { kind: 'text', key: 'ctx', cut: (raw) => ({ text: raw, cut: raw.length > 32 || characters(raw.slice(0, 32)).length > 1 }), whenCut: 'ignore' },
	unit: { kind: 'enum', key: 'unit', values: UNITS }
};

/** The sentence cut to MAX_SENTENCE characters (looking at no more than eight times as many code units). */
function cutSentence(raw: string): { text: string; cut: boolean } {
	const chars = characters(raw.length > MAX_SENTENCE * 8 ? raw.slice(0, MAX_SENTENCE * 8) : raw);
	return { text: chars.slice(0, MAX_SENTENCE).join(''), cut: chars.length > MAX_SENTENCE };
}

const schema = (defaults: LmSettings): Schema<LmSettings> => ({
	fields: FIELDS,
	defaults,
	// The pasted text is in the link only while it is the corpus, and only if a link can carry it.
	unwritten: (settings) => (settings.corpus !== 'paste' || settings.paste.length > MAX_PASTE_IN_URL ? ['paste'] : [])
});

/** The query keys this figure owns. */
export const SETTING_KEYS: readonly string[] = fieldKeys({ fields: FIELDS });

/** Why a URL value was not used. `key` is the query key ("temp"). */
export type SettingProblem = Problem;

export function readSettings(params: URLSearchParams, defaults: LmSettings): { settings: LmSettings; problems: SettingProblem[] } {
	return readFields(schema(defaults), params);
}

export function writeSettings(settings: LmSettings, defaults: LmSettings): URLSearchParams {
	return writeFields(schema(defaults), settings);
}
