// The Transformer figure's settings: what the learner chose, written to and read from the URL. Keys start with "tf-"
// so the figure can share a concept page's query string with other figures (each rewrites only its own keys).
// Reading never throws: malformed values fall back to defaults and are listed, so the figure can say what it ignored.
import { characters } from '$lib/lm/tokens';

/** The masks a decoder here is trained and shown under. */
export const DECODER_MASKS = ['causal', 'prefix'] as const;
export type DecoderMask = (typeof DECODER_MASKS)[number];
export const DECODE_RULES = ['greedy', 'sample'] as const;
export type DecodeRule = (typeof DECODE_RULES)[number];

/** Most tokens (characters) the viewer draws; longer text is cut and the figure says so. */
export const MAX_VIEW_TOKENS = 64;
/** Longest generation prompt, in characters. */
export const MAX_PROMPT = 48;
/** Longest input to the encoder-decoder toy kept in the URL (the model reads the first REVERSE_MAX_LENGTH letters and
 * the figure says so). */
export const MAX_TOY_INPUT = 16;
export const MAX_SEED = 2 ** 31 - 1;
/** Layers and heads a URL may name; the figure clamps to the model's own shape once it has it. */
export const MAX_INDEX = 63;

export interface TransformerSettings {
	/** The learner's sentence, shown through both decoders. */
	text: string;
	/** Prefix length (bidirectional part) for the prefix LM, in tokens. */
	prefix: number;
	/** The enlarged head. */
	layer: number;
	head: number;
	/** Mask the live model is trained under, and its seed. */
	train: DecoderMask;
	seed: number;
	/** Generation: prompt, rule, sampling seed. */
	prompt: string;
	rule: DecodeRule;
	drawSeed: number;
	/** Input to the encoder-decoder toy. */
	toy: string;
}

export const DEFAULT_TEXT = {
	zh: { text: '模型根据前文预测下一个字。', prefix: 6, prompt: '语言模型', toy: 'decoder' },
	en: { text: 'The model reads the text.', prefix: 10, prompt: 'The model ', toy: 'decoder' }
} as const;

export function defaultSettings(lang: 'zh' | 'en'): TransformerSettings {
	const d = DEFAULT_TEXT[lang];
	return { text: d.text, prefix: d.prefix, layer: 0, head: 0, train: 'causal', seed: 1, prompt: d.prompt, rule: 'greedy', drawSeed: 1, toy: d.toy };
}

export const KEYS = {
	text: 'tf-text',
	prefix: 'tf-prefix',
	layer: 'tf-layer',
	head: 'tf-head',
	train: 'tf-train',
	seed: 'tf-seed',
	prompt: 'tf-prompt',
	rule: 'tf-decode',
	drawSeed: 'tf-draw',
	toy: 'tf-toy'
} as const satisfies Record<keyof TransformerSettings, string>;
export const OWNED_KEYS: readonly string[] = Object.values(KEYS);

export type SettingProblem = { key: string; value: string; reason: 'unknown' | 'not-number' | 'out-of-range' | 'too-long' };

const plainInteger = (value: string) => (/^\d{1,10}$/.test(value) ? Number(value) : undefined);

/** Cuts a text to at most `max` characters (code points), reporting when it had to. */
function cutText(raw: string, max: number): { text: string; cut: boolean } {
	const chars = characters(raw.length > max * 8 ? raw.slice(0, max * 8) : raw);
	return { text: chars.slice(0, max).join(''), cut: chars.length > max };
}

export function readSettings(
	params: URLSearchParams,
	defaults: TransformerSettings
): { settings: TransformerSettings; problems: SettingProblem[] } {
	const settings = { ...defaults };
	const problems: SettingProblem[] = [];
	const report = (key: keyof TransformerSettings, value: string, reason: SettingProblem['reason']) =>
		problems.push({ key: KEYS[key], value: value.slice(0, 40), reason });

	const choice = <K extends 'train' | 'rule'>(key: K, list: readonly TransformerSettings[K][]) => {
		const raw = params.get(KEYS[key]);
		if (raw === null) return;
		const value = list.find((item) => item === raw);
		if (value !== undefined) settings[key] = value;
		else report(key, raw, 'unknown');
	};
	choice('train', DECODER_MASKS);
	choice('rule', DECODE_RULES);

	const integer = (key: 'prefix' | 'layer' | 'head' | 'seed' | 'drawSeed', max: number) => {
		const raw = params.get(KEYS[key]);
		if (raw === null) return;
		const value = plainInteger(raw);
		if (value === undefined) report(key, raw, 'not-number');
		else if (value > max) report(key, raw, 'out-of-range');
		else settings[key] = value;
	};
	integer('prefix', MAX_VIEW_TOKENS);
	integer('layer', MAX_INDEX);
	integer('head', MAX_INDEX);
	integer('seed', MAX_SEED);
	integer('drawSeed', MAX_SEED);

	const text = (key: 'text' | 'prompt' | 'toy', max: number) => {
		const raw = params.get(KEYS[key]);
		if (raw === null) return;
		const { text, cut } = cutText(raw, max);
		if (cut) report(key, raw, 'too-long');
		settings[key] = text;
	};
	text('text', MAX_VIEW_TOKENS);
	text('prompt', MAX_PROMPT);
	text('toy', MAX_TOY_INPUT);
	return { settings, problems };
}

/** The settings that differ from the defaults, as query parameters. */
export function writeSettings(settings: TransformerSettings, defaults: TransformerSettings): URLSearchParams {
	const params = new URLSearchParams();
	for (const key of Object.keys(KEYS) as (keyof TransformerSettings)[]) {
		if (settings[key] !== defaults[key]) params.set(KEYS[key], String(settings[key]));
	}
	return params;
}

/** Cuts typed text to a field's limit (the figure says when it did). */
export function limitText(raw: string, max: number): { text: string; cut: boolean } {
	return cutText(raw, max);
}

/** Peak learning rate of a live run: lower than the shipped models' 5e-3, which suits their longer runs. Measured on the
 * English corpus (causal, seed 1, held-out loss every 50 steps): below the bigram at step 550 with 3e-3 or 4e-3, at
 * 700 with 5e-3, 750 with 2e-3, not by 1,200 with 1e-2; a learner watching the run sees it pass the bigram sooner. */
export const LIVE_LEARNING_RATE = 3e-3;
