// The attention-mask figure's settings: what the learner chose, how it is written to and read from the URL, and the
// examples offered. Reading never throws: anything malformed falls back to its default and is reported, so the figure
// can say what it ignored.

import { TOKENIZER_NAMES, type TokenizerName } from '$lib/tokenizers';
import { fieldKeys, readFields, writeFields, type Problem, type Schema } from '$lib/url/fields';

/** The mask kinds the figure offers, in the order of its choice. Adding one: docs/adding-things.md (the compiler lists
 * what else needs it). */
export const ARCHITECTURES = ['causal', 'prefix', 'encoder-decoder', 'encoder', 'sliding'] as const;
export type Architecture = (typeof ARCHITECTURES)[number];
export const VIEWS = ['single', 'compare'] as const;
export type View = (typeof VIEWS)[number];
/** T5 draws visible cells dark (Raffel et al. 2019, Fig. 3); UniLM draws blocked cells grey (Dong et al. 2019, Fig. 1). */
export const MASK_STYLES = ['t5', 'unilm'] as const;
export type MaskStyle = (typeof MASK_STYLES)[number];

/** Longest text kept per field, in characters (about 1024 tokens of English; the tokenizer caps tokens anyway). */
export const MAX_TEXT_CHARS = 6000;
export const MAX_WINDOW = 1024;

export interface MaskSettings {
	arch: Architecture;
	/** How the text is split into tokens: the site's simple split, or a real model's tokenizer (loaded when chosen). */
	tokenizer: TokenizerName;
	/** The input: the encoder's source, or the prefix part of a single sequence. */
	input: string;
	/** The target: the decoder's text, appended after the input for single-sequence architectures. May be empty. */
	target: string;
	/** Prefix length in tokens; null follows the input/target boundary. */
	prefix: number | null;
	/** Sliding-window size in tokens. */
	window: number;
	view: View;
	style: MaskStyle;
	/** Compare view: draw the encoder-decoder's three matrices as one over the joined [input; target] sequence. */
	joined: boolean;
}

export interface Example {
	id: string;
	input: string;
	target: string;
}

/** Examples offered in the figure. The first of each language is its default. T5's own comes from Raffel et al. 2019,
 * Fig. 1 and Fig. 4 ("translate English to German: That is good." -> "Das ist gut."). */
export const EXAMPLES: Record<'zh' | 'en', Example[]> = {
	en: [
		{ id: 't5', input: 'translate English to German: That is good.', target: 'Das ist gut.' },
		{ id: 'sentence', input: 'The cat sat on the mat because it was warm.', target: '' },
		{ id: 'chinese', input: '翻译成英文：我爱你。', target: 'I love you.' }
	],
	zh: [
		{ id: 'chinese', input: '翻译成英文：我爱你。', target: 'I love you.' },
		{ id: 't5', input: 'translate English to German: That is good.', target: 'Das ist gut.' },
		{ id: 'sentence', input: '大模型根据前面的词预测下一个词。', target: '' }
	]
};

/** The settings a figure starts from: the language's first example, a causal mask; an embedding may change some
 * (a page about prefix LMs starts on 'prefix'). Links leave out whatever equals these. */
export function defaultSettings(lang: 'zh' | 'en', overrides: Partial<MaskSettings> = {}): MaskSettings {
	const example = EXAMPLES[lang][0];
	return {
		arch: 'causal',
		tokenizer: 'simple',
		input: example.input,
		target: example.target,
		prefix: null,
		window: 3,
		view: 'single',
		style: 't5',
		joined: false,
		...overrides
	};
}

/** Why a URL value was not used: the figure shows these as a note. `key` is the query key. */
export type SettingProblem = Problem;

/** What each setting may hold in the URL, and its query key (read and written by $lib/url/fields). */
const FIELDS: Schema<MaskSettings>['fields'] = {
	arch: { kind: 'enum', key: 'arch', values: ARCHITECTURES },
	tokenizer: { kind: 'enum', key: 'tok', values: TOKENIZER_NAMES },
	input: { kind: 'text', key: 'input', cut: (raw) => ({ text: cutText(raw), cut: raw.length > MAX_TEXT_CHARS }) },
	target: { kind: 'text', key: 'target', cut: (raw) => ({ text: cutText(raw), cut: raw.length > MAX_TEXT_CHARS }) },
	// Empty follows the input/target boundary again.
	prefix: { kind: 'int', key: 'prefix', min: 0, max: 9_999_999, nullable: true },
	window: { kind: 'int', key: 'window', min: 1, max: MAX_WINDOW },
	view: { kind: 'enum', key: 'view', values: VIEWS },
	style: { kind: 'enum', key: 'style', values: MASK_STYLES },
	joined: { kind: 'bool', key: 'joined' }
};

const schema = (defaults: MaskSettings): Schema<MaskSettings> => ({ fields: FIELDS, defaults, together: [['input', 'target']] });

/** The query keys this figure owns. */
export const SETTING_KEYS: readonly string[] = fieldKeys({ fields: FIELDS });

/** Reads settings from a query string over the figure's defaults. Unknown keys are ignored; bad values fall back
 * and are listed in problems. Never throws. */
export function readSettings(params: URLSearchParams, defaults: MaskSettings): { settings: MaskSettings; problems: SettingProblem[] } {
	return readFields(schema(defaults), params);
}

/** Cuts text to MAX_TEXT_CHARS without splitting a surrogate pair. */
export function cutText(text: string): string {
	if (text.length <= MAX_TEXT_CHARS) return text;
	const end = /[\uD800-\uDBFF]/.test(text[MAX_TEXT_CHARS - 1]) ? MAX_TEXT_CHARS - 1 : MAX_TEXT_CHARS;
	return text.slice(0, end);
}

/** Writes settings as a query string, leaving out every value equal to its default so links stay short; the input and
 * the target travel together. */
export function writeSettings(settings: MaskSettings, defaults: MaskSettings): URLSearchParams {
	return writeFields(schema(defaults), settings);
}
