/**
 * The parameter calculator's settings: a preset, the learner's edits of every config field as typed text, and a
 * training-token count; how they are read from and written to the URL; and the evaluation that turns them into
 * counts, compute and memory or into messages naming the bad fields. Never throws.
 */
import {
	countParameters,
	kvCacheBytesPerToken,
	PRESETS,
	PRESET_IDS,
	trainingFlops,
	validateConfig,
	weightBytes,
	type ModelConfig,
	type ParameterCounts,
	type PresetId,
	type WeightFormat
} from './params';
import { readFields, writeFields, type Problem, type Schema, type TextField } from '$lib/url/fields';

export const SIZE_FIELDS = ['vocabSize', 'contextLength', 'dModel', 'nLayers', 'nHeads', 'nKvHeads', 'headDim', 'dFF'] as const;
export type SizeField = (typeof SIZE_FIELDS)[number];
/** Size fields that may be left empty: nKvHeads (= nHeads) and headDim (= dModel / nHeads). */
export const OPTIONAL_FIELDS: readonly SizeField[] = ['nKvHeads', 'headDim'];
export const FFN_KINDS = ['mlp', 'swiglu'] as const;
export const NORM_KINDS = ['layernorm', 'rmsnorm'] as const;
export const POSITION_KINDS = ['learned', 'rotary', 'sinusoidal'] as const;
export const FORMATS: readonly WeightFormat[] = ['fp32', 'bf16', 'int8', 'int4'];
/** Longest text kept in a field (a size has at most a dozen digits; anything longer is not a size). */
export const MAX_FIELD_CHARS = 40;
export const DEFAULT_TOKENS = '1T';

export interface CalcSettings {
	preset: PresetId;
	/** What is typed in each size field; nKvHeads (= nHeads) and headDim (= dModel / nHeads) may be empty. */
	fields: Record<SizeField, string>;
	ffn: ModelConfig['ffn'];
	norm: ModelConfig['norm'];
	bias: boolean;
	/** Biases on the Q, K and V projections only (Qwen2); `bias` true includes them. */
	qkvBias: boolean;
	positions: ModelConfig['positions'];
	tiedEmbeddings: boolean;
	/** Training tokens as typed: "300B", "1.4e12", "2000000". */
	tokens: string;
}

/** The settings of a preset: every field as its preset has it. */
export function presetSettings(preset: PresetId, tokens = DEFAULT_TOKENS): CalcSettings {
	const c = PRESETS[preset].config;
	return {
		preset,
		fields: {
			vocabSize: String(c.vocabSize),
			contextLength: String(c.contextLength),
			dModel: String(c.dModel),
			nLayers: String(c.nLayers),
			nHeads: String(c.nHeads),
			nKvHeads: c.nKvHeads === undefined ? '' : String(c.nKvHeads),
			headDim: c.headDim === undefined ? '' : String(c.headDim),
			dFF: String(c.dFF)
		},
		ffn: c.ffn,
		norm: c.norm,
		bias: c.bias,
		qkvBias: c.qkvBias ?? false,
		positions: c.positions,
		tiedEmbeddings: c.tiedEmbeddings,
		tokens
	};
}

export const DEFAULT_PRESET: PresetId = 'gpt2-small';

export type CalcProblem = Problem;

export function cutField(text: string): string {
	if (text.length <= MAX_FIELD_CHARS) return text;
	const end = /[\uD800-\uDBFF]/.test(text[MAX_FIELD_CHARS - 1]) ? MAX_FIELD_CHARS - 1 : MAX_FIELD_CHARS;
	return text.slice(0, end);
}

// The URL holds the preset, then each setting where it differs from that preset: three schemas ($lib/url/fields),
// the second and third read over the preset the first one read.
type Choices = Omit<CalcSettings, 'preset' | 'fields'>;
const PRESET_FIELDS: Schema<Pick<CalcSettings, 'preset'>>['fields'] = { preset: { kind: 'enum', key: 'preset', values: PRESET_IDS } };
/** Field texts are taken as typed, cut to MAX_FIELD_CHARS (the evaluation names what is wrong with them). */
const typed = (key: string): TextField => ({ kind: 'text', key, cut: (raw) => ({ text: cutField(raw), cut: raw.length > MAX_FIELD_CHARS }) });
const SIZE_TEXT_FIELDS: Schema<CalcSettings['fields']>['fields'] = {
	vocabSize: typed('vocab'),
	contextLength: typed('ctx'),
	dModel: typed('dmodel'),
	nLayers: typed('layers'),
	nHeads: typed('heads'),
	nKvHeads: typed('kvheads'),
	headDim: typed('headdim'),
	dFF: typed('dff')
};
const YES_NO = ['yes', 'no'] as const;
const CHOICE_FIELDS: Schema<Choices>['fields'] = {
	ffn: { kind: 'enum', key: 'ffn', values: FFN_KINDS },
	norm: { kind: 'enum', key: 'norm', values: NORM_KINDS },
	positions: { kind: 'enum', key: 'pos', values: POSITION_KINDS },
	bias: { kind: 'bool', key: 'bias', words: YES_NO },
	qkvBias: { kind: 'bool', key: 'qkvbias', words: YES_NO },
	tiedEmbeddings: { kind: 'bool', key: 'tied', words: YES_NO },
	tokens: typed('tokens')
};

const choicesOf = ({ preset: _preset, fields: _fields, ...choices }: CalcSettings): Choices => choices;

/** The query key of each setting (size fields by their own names). */
export const CALC_KEYS = Object.fromEntries(
	[PRESET_FIELDS, SIZE_TEXT_FIELDS, CHOICE_FIELDS].flatMap((fields) => Object.entries(fields).map(([name, field]) => [name, field.key]))
) as Record<'preset' | SizeField | keyof Choices, string>;

/** Reads the calculator's keys from a query string over the preset it names. Field texts are taken as they are (the
 * evaluation checks them); unknown choices fall back and are reported. Never throws. */
export function readCalc(params: URLSearchParams): { settings: CalcSettings; problems: CalcProblem[] } {
	const chosen = readFields({ fields: PRESET_FIELDS, defaults: { preset: DEFAULT_PRESET } }, params);
	const base = presetSettings(chosen.settings.preset);
	const sizes = readFields({ fields: SIZE_TEXT_FIELDS, defaults: base.fields }, params);
	const choices = readFields({ fields: CHOICE_FIELDS, defaults: choicesOf(base) }, params);
	return {
		settings: { preset: base.preset, fields: sizes.settings, ...choices.settings },
		problems: [...chosen.problems, ...sizes.problems, ...choices.problems]
	};
}

/** Writes the calculator's keys into `params` (others are kept): the preset unless it is the default, and each
 * setting only where it differs from the preset. */
export function writeCalc(settings: CalcSettings, params = new URLSearchParams()): URLSearchParams {
	const base = presetSettings(settings.preset);
	const withPreset = writeFields({ fields: PRESET_FIELDS, defaults: { preset: DEFAULT_PRESET } }, { preset: settings.preset }, params);
	const withSizes = writeFields({ fields: SIZE_TEXT_FIELDS, defaults: base.fields }, settings.fields, withPreset);
	return writeFields({ fields: CHOICE_FIELDS, defaults: choicesOf(base) }, choicesOf(settings), withSizes);
}

/** Reads a size as typed: digits, optionally grouped by commas, spaces or underscores. */
export function parseSize(text: string): number | undefined {
	const cleaned = text.trim().replace(/[,_\s]/g, '');
	return /^\d{1,15}$/.test(cleaned) ? Number(cleaned) : undefined;
}

const SUFFIX: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, G: 1e9, T: 1e12 };
/** Largest token count accepted (10^16, far beyond any training run so far). */
export const MAX_TOKENS_COUNT = 1e16;

/** Reads a token count: "300B", "1.4T", "1.4e12", "2,000,000". Undefined when it is not one, or out of range. */
export function parseTokens(text: string): number | undefined {
	const m = /^(\d{1,15}(?:\.\d{1,6})?)(?:e(\d{1,2}))?([KMBGT])?$/i.exec(text.trim().replace(/[,_\s]/g, ''));
	if (!m) return undefined;
	const value = Number(m[1]) * 10 ** Number(m[2] ?? 0) * (m[3] ? SUFFIX[m[3].toUpperCase()] : 1);
	return Number.isFinite(value) && value >= 1 && value <= MAX_TOKENS_COUNT ? Math.round(value) : undefined;
}

/** Why a field was not used. `config` is a RangeError of params.ts for this field; `message` is its text. `width`:
 * nHeads x headDim is wider than params.ts allows. */
export type FieldError =
	| { field: SizeField | 'tokens'; kind: 'empty' | 'not-integer' | 'not-number' }
	| {
			field: SizeField | 'ffn' | 'norm' | 'bias' | 'qkvBias' | 'positions' | 'tiedEmbeddings' | 'config';
			kind: 'range' | 'divisible' | 'divides' | 'width';
			message: string;
	  };

export interface CalcResult {
	config: ModelConfig | null;
	counts: ParameterCounts | null;
	errors: FieldError[];
	tokens: number | null;
	flops: number | null;
	memory: Record<WeightFormat, number> | null;
	/** KV cache at 16 bits per value: per token, and for a full context. */
	kvPerToken: number | null;
	kvContext: number | null;
	/** The config is exactly the preset's, so its published total applies. */
	isPreset: boolean;
}

/** The field a RangeError of params.ts names: its message starts with it. */
export function errorField(error: RangeError): string {
	return error.message.split(' ')[0];
}

export function evaluate(settings: CalcSettings): CalcResult {
	const errors: FieldError[] = [];
	const sizes: Partial<Record<SizeField, number>> = {};
	for (const field of SIZE_FIELDS) {
		const text = settings.fields[field];
		if (text.trim() === '') {
			if (!OPTIONAL_FIELDS.includes(field)) errors.push({ field, kind: 'empty' });
			continue;
		}
		const value = parseSize(text);
		if (value === undefined) errors.push({ field, kind: 'not-integer' });
		else sizes[field] = value;
	}
	const tokenText = settings.tokens;
	const tokens = tokenText.trim() === '' ? undefined : parseTokens(tokenText);
	if (tokenText.trim() === '') errors.push({ field: 'tokens', kind: 'empty' });
	else if (tokens === undefined) errors.push({ field: 'tokens', kind: 'not-number' });

	let config: ModelConfig | null = null;
	let counts: ParameterCounts | null = null;
	if (!errors.some((e) => e.field !== 'tokens')) {
		const candidate: ModelConfig = {
			vocabSize: sizes.vocabSize!,
			contextLength: sizes.contextLength!,
			dModel: sizes.dModel!,
			nLayers: sizes.nLayers!,
			nHeads: sizes.nHeads!,
			...(sizes.nKvHeads === undefined ? {} : { nKvHeads: sizes.nKvHeads }),
			...(sizes.headDim === undefined ? {} : { headDim: sizes.headDim }),
			dFF: sizes.dFF!,
			ffn: settings.ffn,
			norm: settings.norm,
			bias: settings.bias,
			...(settings.qkvBias ? { qkvBias: true } : {}),
			positions: settings.positions,
			tiedEmbeddings: settings.tiedEmbeddings
		};
		try {
			validateConfig(candidate);
			counts = countParameters(candidate);
			config = candidate;
		} catch (error) {
			if (!(error instanceof RangeError)) throw error;
			const name = errorField(error);
			const field = (SIZE_FIELDS as readonly string[]).includes(name) ? (name as SizeField) : 'config';
			const kind = /divisible/.test(error.message)
				? 'divisible'
				: /must divide/.test(error.message)
					? 'divides'
					: /nHeads x headDim/.test(error.message)
						? 'width'
						: 'range';
			errors.push({ field, kind, message: error.message });
		}
	}
	const memory = counts ? (Object.fromEntries(FORMATS.map((f) => [f, weightBytes(counts.total, f)])) as Record<WeightFormat, number>) : null;
	const kvPerToken = config ? kvCacheBytesPerToken(config, 2) : null;
	const base = PRESETS[settings.preset].config;
	const isPreset =
		config !== null &&
		SIZE_FIELDS.every((f) => config[f] === base[f]) &&
		(['ffn', 'norm', 'bias', 'positions', 'tiedEmbeddings'] as const).every((k) => config[k] === base[k]) &&
		(config.qkvBias ?? false) === (base.qkvBias ?? false);
	return {
		config,
		counts,
		errors,
		tokens: tokens ?? null,
		flops: counts && tokens !== undefined ? trainingFlops(counts.total, tokens) : null,
		memory,
		kvPerToken,
		kvContext: config && kvPerToken !== null ? kvPerToken * config.contextLength : null,
		isPreset
	};
}

/** The six parts of a count, in the order the chart and table list them. */
export const COUNT_PARTS = ['embeddings', 'positions', 'attention', 'feedForward', 'norms', 'outputHead'] as const;
export type CountPart = (typeof COUNT_PARTS)[number];
