// The Transformer figure's settings: what the learner chose, written to and read from the URL. Keys start with "tf-"
// so the figure can share a concept page's query string with other figures (each rewrites only its own keys).
// Reading and writing are the shared schema reader's ($lib/url/fields): malformed values fall back to defaults and are
// listed, so the figure can say what it ignored.
import { characters } from '$lib/lm/tokens';
import { fieldKeys, readFields, writeFields, type Problem, type Schema } from '$lib/url/fields';

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

/** Cuts a text to at most `max` characters (code points), reporting when it had to. */
function cutText(raw: string, max: number): { text: string; cut: boolean } {
	const chars = characters(raw.length > max * 8 ? raw.slice(0, max * 8) : raw);
	return { text: chars.slice(0, max).join(''), cut: chars.length > max };
}

/** The figure's query keys and what each may hold; the defaults depend on the page's language (defaultSettings). */
const FIELDS: Schema<TransformerSettings>['fields'] = {
	text: { kind: 'text', key: 'tf-text', cut: (raw) => cutText(raw, MAX_VIEW_TOKENS) },
	prefix: { kind: 'int', key: 'tf-prefix', min: 0, max: MAX_VIEW_TOKENS },
	layer: { kind: 'int', key: 'tf-layer', min: 0, max: MAX_INDEX },
	head: { kind: 'int', key: 'tf-head', min: 0, max: MAX_INDEX },
	train: { kind: 'enum', key: 'tf-train', values: DECODER_MASKS },
	seed: { kind: 'int', key: 'tf-seed', min: 0, max: MAX_SEED },
	prompt: { kind: 'text', key: 'tf-prompt', cut: (raw) => cutText(raw, MAX_PROMPT) },
	rule: { kind: 'enum', key: 'tf-decode', values: DECODE_RULES },
	drawSeed: { kind: 'int', key: 'tf-draw', min: 0, max: MAX_SEED },
	toy: { kind: 'text', key: 'tf-toy', cut: (raw) => cutText(raw, MAX_TOY_INPUT) }
};
const schema = (defaults: TransformerSettings): Schema<TransformerSettings> => ({ fields: FIELDS, defaults });

export const OWNED_KEYS: readonly string[] = fieldKeys({ fields: FIELDS });

export type SettingProblem = Problem;

export function readSettings(
	params: URLSearchParams,
	defaults: TransformerSettings
): { settings: TransformerSettings; problems: SettingProblem[] } {
	return readFields(schema(defaults), params);
}

/** The settings that differ from the defaults, as query parameters. */
export function writeSettings(settings: TransformerSettings, defaults: TransformerSettings): URLSearchParams {
	return writeFields(schema(defaults), settings);
}

/** Cuts typed text to a field's limit (the figure says when it did). */
export function limitText(raw: string, max: number): { text: string; cut: boolean } {
	return cutText(raw, max);
}

/** Peak learning rate of a live run: lower than the shipped models' 5e-3, which suits their longer runs. Measured on the
 * English corpus (causal, seed 1, held-out loss every 50 steps): below the bigram at step 550 with 3e-3 or 4e-3, at
 * 700 with 5e-3, 750 with 2e-3, not by 1,200 with 1e-2; a learner watching the run sees it pass the bigram sooner. */
export const LIVE_LEARNING_RATE = 3e-3;
