/**
 * Parameter, compute and memory calculator for decoder-only Transformer language models (issue 7).
 *
 * Everything here is pure: no input is modified, no state is kept, and every count is an exact integer.
 *
 * ## Counting conventions of {@link countParameters}
 * The model is a stack of `nLayers` pre-norm decoder blocks, as in GPT-2, GPT-3 and LLaMA:
 * token embedding (+ learned positions) -> nLayers x [norm, self-attention, residual, norm, feed-forward, residual]
 * -> final norm -> output head (LM head). With d = dModel, headDim given or dModel / nHeads, qDim = nHeads x headDim,
 * kvDim = nKvHeads x headDim and L = nLayers:
 *
 * - **embeddings**: the token embedding matrix, vocabSize x d. It never has a bias.
 * - **positions**: `learned` is a table of contextLength x d; `rotary` (RoPE) and `sinusoidal` have no parameters,
 *   so they count 0. `contextLength` changes the count only for learned positions.
 * - **attention**, per layer: the query projection is d x qDim, the key and value projections d x kvDim each, the
 *   output projection qDim x d (see {@link attentionShapes}; grouped-query attention: nKvHeads key/value heads shared
 *   by nHeads query heads; nKvHeads left out means nKvHeads = nHeads, ordinary multi-head attention; nKvHeads = 1 is
 *   multi-query attention). qDim = d unless `headDim` is given (Gemma-7B: d 3072, 16 heads of 256, qDim 4096). With
 *   `bias`, add a bias vector to each: qDim + kvDim + kvDim + d. With `qkvBias` and without `bias`, only the query,
 *   key and value projections have one (Qwen2): qDim + kvDim + kvDim.
 * - **feedForward**, per layer: `mlp` is up d x dFF and down dFF x d (its ReLU or GELU has no parameters), with
 *   `bias` + dFF + d. `swiglu` is gate d x dFF, up d x dFF and down dFF x d, with `bias` + dFF + dFF + d; it stands
 *   for every gated feed-forward layer with three matrices, GeGLU (Gemma) as well, since the activation has no
 *   parameters.
 * - **norms**: two per layer (before attention, before the feed-forward block) plus one final norm, 2L + 1 in all.
 *   RMSNorm has a gain vector of d only, whatever `bias` says (LLaMA, Qwen2, Gemma; Zhang and Sennrich 2019;
 *   Gemma scales by 1 + gain, which is still d parameters). LayerNorm has a
 *   gain of d and, when `bias` is true, a shift of d: `bias` switches every additive bias of the model, in the linear
 *   layers and in LayerNorm alike (nanoGPT's `bias` flag works the same way). GPT-2 and GPT-3 have `bias: true`, so
 *   all their LayerNorms have weight and bias, 2d each.
 * - **outputHead**: the LM head, d x vocabSize, without bias in every case (GPT-2, GPT-3, LLaMA). It is 0 when
 *   `tiedEmbeddings` is true, because the head then reuses the token embedding matrix, which is counted once.
 * - **total** is the sum of the six parts. Buffers that are not trained (causal masks, RoPE frequency tables) are not
 *   parameters and are not counted.
 *
 * Not expressible: encoder-decoder models (no encoder, no cross-attention), mixture-of-experts, biases on some layers
 * only (other than on the Q, K and V projections alone), post-norm without a final norm, parallel attention +
 * feed-forward with a shared norm.
 */

/** A decoder-only Transformer, the configuration of issue 7's calculator. See the module comment for conventions. */
export interface ModelConfig {
	/** Rows of the token embedding matrix (and columns of the output head). */
	vocabSize: number;
	/** Longest sequence the model reads; it adds parameters only with `positions: 'learned'`. */
	contextLength: number;
	/** Width of the residual stream, d. Must be a multiple of `nHeads` unless `headDim` is given. */
	dModel: number;
	/** Number of decoder blocks. */
	nLayers: number;
	/** Query heads; each has `headDim` dimensions. */
	nHeads: number;
	/** Key/value heads (grouped-query attention). Must divide `nHeads`; left out, it equals `nHeads`. */
	nKvHeads?: number;
	/**
	 * Dimensions of each query, key and value head. Left out, it is dModel / nHeads. Given, dModel need not be a
	 * multiple of nHeads and nHeads x headDim may differ from dModel (Gemma-7B: 16 heads of 256 on a width of 3072).
	 */
	headDim?: number;
	/** Inner width of the feed-forward block. */
	dFF: number;
	/** `mlp`: up and down projections around ReLU/GELU; `swiglu`: gate, up and down projections (GeGLU too). */
	ffn: 'mlp' | 'swiglu';
	/** `layernorm`: gain (and shift when `bias`); `rmsnorm`: gain only. */
	norm: 'layernorm' | 'rmsnorm';
	/** Additive biases everywhere (linear layers and LayerNorm shifts) or nowhere. The LM head never has one. */
	bias: boolean;
	/**
	 * Biases on the query, key and value projections only, not on the output projection, the feed-forward layer or the
	 * norms (Qwen2). Left out, false. With `bias` true it adds nothing: those biases are already there.
	 */
	qkvBias?: boolean;
	/** `learned`: a contextLength x dModel table; `rotary` and `sinusoidal`: no parameters. */
	positions: 'learned' | 'rotary' | 'sinusoidal';
	/** The output head reuses the token embedding matrix. */
	tiedEmbeddings: boolean;
}

/** The parameter count of a {@link ModelConfig}, in total and by part. All are exact non-negative integers. */
export interface ParameterCounts {
	/** Sum of the six parts below. */
	total: number;
	/** Token embedding matrix, vocabSize x dModel. */
	embeddings: number;
	/** Learned position table contextLength x dModel, or 0 for rotary and sinusoidal positions. */
	positions: number;
	/** Q, K, V and O projections (with biases when `bias`, Q, K and V biases when `qkvBias`) of all layers. */
	attention: number;
	/** Feed-forward (MLP or SwiGLU) weights (with biases when `bias`) of all layers. */
	feedForward: number;
	/** The 2 nLayers + 1 norms. */
	norms: number;
	/** Untied LM head dModel x vocabSize, or 0 when tied. */
	outputHead: number;
}

/**
 * The largest value allowed for each size. The bounds are far above any published model (the largest vocabularies
 * are about 256k, the widest models about 20k, the deepest about 130 layers) and keep every count, even for a config
 * at all the bounds at once, an exact integer below Number.MAX_SAFE_INTEGER (the worst case is about 3.5e14).
 * The attention width nHeads x headDim has the bound of dModel too (see {@link validateConfig}), so a given
 * `headDim` cannot make the attention projections larger than the widest model without it.
 */
export const CONFIG_LIMITS = Object.freeze({
	vocabSize: 10_000_000,
	contextLength: 100_000_000,
	dModel: 100_000,
	nLayers: 1_000,
	nHeads: 100_000,
	nKvHeads: 100_000,
	headDim: 100_000,
	dFF: 1_000_000
} as const);

type SizeField = keyof typeof CONFIG_LIMITS;

const FFN_KINDS: readonly ModelConfig['ffn'][] = ['mlp', 'swiglu'];
const NORM_KINDS: readonly ModelConfig['norm'][] = ['layernorm', 'rmsnorm'];
const POSITION_KINDS: readonly ModelConfig['positions'][] = ['learned', 'rotary', 'sinusoidal'];

/** A value as an error message shows it: strings quoted, everything else as String() writes it. */
function show(value: unknown): string {
	return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function checkSize(field: SizeField, value: unknown): void {
	const max = CONFIG_LIMITS[field];
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
		throw new RangeError(`${field} must be an integer from 1 to ${max} (got ${show(value)})`);
	}
}

function checkChoice<T extends string>(field: string, value: unknown, allowed: readonly T[]): void {
	if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
		throw new RangeError(`${field} must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')} (got ${show(value)})`);
	}
}

function checkBoolean(field: string, value: unknown): void {
	if (typeof value !== 'boolean') throw new RangeError(`${field} must be true or false (got ${show(value)})`);
}

/**
 * Returns `config` unchanged if it is a valid {@link ModelConfig}; otherwise throws a `RangeError` whose message
 * starts with the name of the first bad field, e.g. `nLayers must be an integer from 1 to 1000 (got 0)`.
 * Sizes must be integers from 1 to their {@link CONFIG_LIMITS} (so 0, negatives, fractions, NaN and Infinity fail),
 * `dModel` must be divisible by `nHeads` when `headDim` is left out, nHeads x headDim must be at most
 * CONFIG_LIMITS.dModel when it is given, `nKvHeads` (when given) must divide `nHeads`, the three kinds must be one of
 * their listed strings and the flags booleans (`qkvBias` may be left out). Fields not in ModelConfig are ignored.
 */
export function validateConfig(config: ModelConfig): ModelConfig {
	if (typeof config !== 'object' || config === null) throw new RangeError(`config must be an object (got ${show(config)})`);
	checkSize('vocabSize', config.vocabSize);
	checkSize('contextLength', config.contextLength);
	checkSize('dModel', config.dModel);
	checkSize('nLayers', config.nLayers);
	checkSize('nHeads', config.nHeads);
	if (config.nKvHeads !== undefined) checkSize('nKvHeads', config.nKvHeads);
	if (config.headDim !== undefined) checkSize('headDim', config.headDim);
	checkSize('dFF', config.dFF);
	checkChoice('ffn', config.ffn, FFN_KINDS);
	checkChoice('norm', config.norm, NORM_KINDS);
	checkBoolean('bias', config.bias);
	if (config.qkvBias !== undefined) checkBoolean('qkvBias', config.qkvBias);
	checkChoice('positions', config.positions, POSITION_KINDS);
	checkBoolean('tiedEmbeddings', config.tiedEmbeddings);
	if (config.headDim === undefined && config.dModel % config.nHeads !== 0) {
		throw new RangeError(`dModel must be divisible by nHeads (got dModel ${config.dModel}, nHeads ${config.nHeads})`);
	}
	if (config.headDim !== undefined && config.nHeads * config.headDim > CONFIG_LIMITS.dModel) {
		throw new RangeError(
			`headDim must keep nHeads x headDim at most ${CONFIG_LIMITS.dModel} (got nHeads ${config.nHeads}, headDim ${config.headDim})`
		);
	}
	if (config.nKvHeads !== undefined && config.nHeads % config.nKvHeads !== 0) {
		throw new RangeError(`nKvHeads must divide nHeads (got nKvHeads ${config.nKvHeads}, nHeads ${config.nHeads})`);
	}
	return config;
}

/** Dimensions of one attention head: `headDim` when given, else dModel / nHeads. Throws like {@link validateConfig}. */
export function headDim(config: ModelConfig): number {
	validateConfig(config);
	return config.headDim ?? config.dModel / config.nHeads;
}

/** Key/value heads actually used: `nKvHeads`, or `nHeads` when it is left out. */
function kvHeads(config: ModelConfig): number {
	return config.nKvHeads ?? config.nHeads;
}

/** Shapes [inputs, outputs] of one layer's attention projections; each has inputs x outputs weights. */
export interface AttentionShapes {
	/** W_Q: dModel x (nHeads x headDim). */
	query: readonly [number, number];
	/** W_K: dModel x (nKvHeads x headDim). */
	key: readonly [number, number];
	/** W_V: dModel x (nKvHeads x headDim). */
	value: readonly [number, number];
	/** W_O: (nHeads x headDim) x dModel, from the concatenated heads back to the residual stream. */
	output: readonly [number, number];
}

/**
 * The weight shapes of the four attention projections of one layer, with headDim as {@link headDim} gives it.
 * Throws like {@link validateConfig}.
 */
export function attentionShapes(config: ModelConfig): AttentionShapes {
	const hd = headDim(config);
	const d = config.dModel;
	const qDim = config.nHeads * hd;
	const kvDim = kvHeads(config) * hd;
	return { query: [d, qDim], key: [d, kvDim], value: [d, kvDim], output: [qDim, d] };
}

/**
 * Counts the trainable parameters of a decoder-only model, exactly, by the conventions in this module's comment.
 * Throws a `RangeError` naming the field for a bad config (see {@link validateConfig}).
 *
 * Worked example, GPT-2 small (d = 768, 12 layers, dFF 3072, biases, LayerNorm, learned positions, tied):
 * 50257 x 768 + 1024 x 768 + 12 x (4 x 768^2 + 4 x 768 + 2 x 768 x 3072 + 3072 + 768 + 2 x 2 x 768) + 2 x 768
 * = 124,439,808.
 */
export function countParameters(config: ModelConfig): ParameterCounts {
	validateConfig(config);
	const { vocabSize, contextLength, dModel: d, nLayers, dFF, bias } = config;
	const { query, key, value, output } = attentionShapes(config);
	const weights = (shape: readonly [number, number]) => shape[0] * shape[1];
	// A bias has one value per output: on Q, K and V with `bias` or `qkvBias`, on O only with `bias`.
	const qkvBiases = bias || config.qkvBias === true ? query[1] + key[1] + value[1] : 0;
	const outputBias = bias ? output[1] : 0;

	const attentionPerLayer = weights(query) + weights(key) + weights(value) + weights(output) + qkvBiases + outputBias;
	const feedForwardPerLayer =
		config.ffn === 'mlp' ? 2 * d * dFF + (bias ? dFF + d : 0) : 3 * d * dFF + (bias ? 2 * dFF + d : 0);
	const perNorm = config.norm === 'layernorm' && bias ? 2 * d : d;

	const embeddings = vocabSize * d;
	const positions = config.positions === 'learned' ? contextLength * d : 0;
	const attention = nLayers * attentionPerLayer;
	const feedForward = nLayers * feedForwardPerLayer;
	const norms = (2 * nLayers + 1) * perNorm;
	const outputHead = config.tiedEmbeddings ? 0 : vocabSize * d;
	const total = embeddings + positions + attention + feedForward + norms + outputHead;
	return { total, embeddings, positions, attention, feedForward, norms, outputHead };
}

function checkNonNegative(name: string, value: unknown): number {
	if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
		throw new RangeError(`${name} must be a finite number of at least 0 (got ${show(value)})`);
	}
	return value;
}

/**
 * Training compute in FLOPs, C = 6 N D (Kaplan et al. 2020, arXiv 2001.08361): about 2 N per token for the forward
 * pass and 4 N for the backward pass, for N parameters trained on D tokens. It leaves out attention's own
 * O(context^2) work and any recomputation. Throws a RangeError naming `params` or `tokens` if either is negative
 * or not finite.
 */
export function trainingFlops(params: number, tokens: number): number {
	checkNonNegative('params', params);
	checkNonNegative('tokens', tokens);
	return 6 * params * tokens;
}

/** Number formats for stored weights. */
export type WeightFormat = 'fp32' | 'bf16' | 'int8' | 'int4';

/**
 * Bytes per stored value: 32-bit float 4, bfloat16 2, 8-bit integer 1, 4-bit integer 0.5. Quantised formats also
 * store scales and zero points; those few extra bytes are not counted.
 */
export const BYTES_PER_VALUE: Readonly<Record<WeightFormat, number>> = Object.freeze({
	fp32: 4,
	bf16: 2,
	int8: 1,
	int4: 0.5
});

/**
 * Memory for the weights alone, params x bytes per value of `format` (no optimiser state, activations or KV cache).
 * Throws a RangeError naming `params` or `format`.
 */
export function weightBytes(params: number, format: WeightFormat): number {
	checkNonNegative('params', params);
	checkChoice('format', format, Object.keys(BYTES_PER_VALUE) as WeightFormat[]);
	return params * BYTES_PER_VALUE[format];
}

/**
 * KV-cache memory per token of context: keys and values (2) for every layer and key/value head,
 * 2 x nLayers x nKvHeads x headDim x bytesPerValue, with headDim as {@link headDim} gives it. Grouped-query attention
 * shrinks it by nHeads / nKvHeads.
 * Throws a RangeError naming the bad config field or `bytesPerValue` (which must be finite and greater than 0).
 */
export function kvCacheBytesPerToken(config: ModelConfig, bytesPerValue: number): number {
	validateConfig(config);
	if (typeof bytesPerValue !== 'number' || !Number.isFinite(bytesPerValue) || !(bytesPerValue > 0)) {
		throw new RangeError(`bytesPerValue must be a finite number greater than 0 (got ${show(bytesPerValue)})`);
	}
	return 2 * config.nLayers * kvHeads(config) * headDim(config) * bytesPerValue;
}

/** The keys of {@link PRESETS}, in the order a picker should list them. */
export const PRESET_IDS = ['gpt2-small', 'gpt3-175b', 'llama-7b', 'llama3-8b', 'qwen2-7b', 'gemma-7b', 'transformer-base'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** A published model's configuration, with its headline size as its authors state it. */
export interface Preset {
	readonly config: Readonly<ModelConfig>;
	/** The headline parameter count as the source states it, e.g. "124M", "6.7B". */
	readonly published: string;
	/** arXiv abstract page or the authors' official page stating the size. */
	readonly source: string;
	/**
	 * True when countParameters(config).total, rounded as `published` is written, gives `published`. False for the
	 * 2017 Transformer, whose published size counts an encoder and cross-attention that a ModelConfig cannot hold, and
	 * for Qwen2-7B, whose "7B" is the name of a size class and whose blog figure counts one embedding matrix where the
	 * model has two (see their notes).
	 */
	readonly matchesPublished: boolean;
	/** Where the configuration values come from and what they leave out. */
	readonly note: string;
}

function preset(p: Preset): Preset {
	return Object.freeze({ ...p, config: Object.freeze({ ...p.config }) });
}

/**
 * Published models with exact configurations. Totals by {@link countParameters}:
 * gpt2-small 124,439,808; gpt3-175b 174,604,259,328; llama-7b 6,738,415,616; llama3-8b 8,030,261,248;
 * qwen2-7b 7,615,616,512; gemma-7b 8,537,680,896; transformer-base (decoder-only stand-in, see its note) 37,859,328.
 */
export const PRESETS: Readonly<Record<PresetId, Preset>> = Object.freeze({
	'gpt2-small': preset({
		config: {
			vocabSize: 50257,
			contextLength: 1024,
			dModel: 768,
			nLayers: 12,
			nHeads: 12,
			dFF: 3072,
			ffn: 'mlp',
			norm: 'layernorm',
			bias: true,
			positions: 'learned',
			tiedEmbeddings: true
		},
		published: '124M',
		source: 'https://github.com/openai/gpt-2',
		matchesPublished: true,
		note:
			'Sizes from the released hparams and code (openai/gpt-2). The paper (Radford et al. 2019) printed 117M for ' +
			'this model; the repository says the original counts were wrong and the model card gives 124 million.'
	}),
	'gpt3-175b': preset({
		config: {
			vocabSize: 50257,
			contextLength: 2048,
			dModel: 12288,
			nLayers: 96,
			nHeads: 96,
			dFF: 49152,
			ffn: 'mlp',
			norm: 'layernorm',
			bias: true,
			positions: 'learned',
			tiedEmbeddings: true
		},
		published: '175B',
		source: 'https://arxiv.org/abs/2005.14165',
		matchesPublished: true,
		note:
			'd, layers, heads and context from Table 2.1 of Brown et al. 2020, dFF = 4 d as the paper states. The ' +
			'vocabulary, tied embeddings, learned positions and biases are assumed from GPT-2, whose architecture the ' +
			'paper says it keeps. The weights were never released. Exact count 174.6B.'
	}),
	'llama-7b': preset({
		config: {
			vocabSize: 32000,
			contextLength: 2048,
			dModel: 4096,
			nLayers: 32,
			nHeads: 32,
			dFF: 11008,
			ffn: 'swiglu',
			norm: 'rmsnorm',
			bias: false,
			positions: 'rotary',
			tiedEmbeddings: false
		},
		published: '6.7B',
		source: 'https://arxiv.org/abs/2302.13971',
		matchesPublished: true,
		note:
			'd, heads and layers from Table 2 of Touvron et al. 2023. dFF 11008 is 2/3 x 4d = 10922 rounded up to a ' +
			'multiple of 256, as in the released code.'
	}),
	'llama3-8b': preset({
		config: {
			vocabSize: 128256,
			contextLength: 8192,
			dModel: 4096,
			nLayers: 32,
			nHeads: 32,
			nKvHeads: 8,
			dFF: 14336,
			ffn: 'swiglu',
			norm: 'rmsnorm',
			bias: false,
			positions: 'rotary',
			tiedEmbeddings: false
		},
		published: '8B',
		source: 'https://arxiv.org/abs/2407.21783',
		matchesPublished: true,
		note:
			'Sizes from Table 3 of the Llama 3 paper (Llama Team, AI at Meta, 2024). The paper gives the vocabulary as 128,000; ' +
			'the released tokenizer adds 256 reserved special tokens, 128,256 rows. Context 8192 is the first Llama 3 ' +
			'release; Llama 3.1 extends it to 128K with the same parameters (RoPE adds none). Exact count 8.03B.'
	}),
	'qwen2-7b': preset({
		config: {
			vocabSize: 152064,
			contextLength: 32768,
			dModel: 3584,
			nLayers: 28,
			nHeads: 28,
			nKvHeads: 4,
			dFF: 18944,
			ffn: 'swiglu',
			norm: 'rmsnorm',
			bias: false,
			qkvBias: true,
			positions: 'rotary',
			tiedEmbeddings: false
		},
		published: '7B',
		source: 'https://arxiv.org/abs/2407.10671',
		matchesPublished: false,
		note:
			'Sizes from the released config.json (https://huggingface.co/Qwen/Qwen2-7B/blob/main/config.json) and Table 1 ' +
			'of the Qwen2 report (Qwen Team 2024): d 3584, 28 layers, 28 query heads of 128, 4 key/value heads, d_ff 18944, ' +
			'SwiGLU, RMSNorm, RoPE, biases on the query, key and value projections only, a separate LM head. The ' +
			'vocabulary of 151,646 tokens is padded to 152,064 rows. "7B" names the size class; the release blog ' +
			'(https://qwenlm.github.io/blog/qwen2/) gives 7.07B, which counts the 152,064 x 3,584 embedding matrix once, ' +
			'although the untied LM head is a second matrix of that size: 7,070,619,136 + 544,997,376 = 7,615,616,512, ' +
			'the exact count here. Context 32,768 is the pre-training length; RoPE adds no parameters.'
	}),
	'gemma-7b': preset({
		config: {
			vocabSize: 256000,
			contextLength: 8192,
			dModel: 3072,
			nLayers: 28,
			nHeads: 16,
			nKvHeads: 16,
			headDim: 256,
			dFF: 24576,
			ffn: 'swiglu',
			norm: 'rmsnorm',
			bias: false,
			positions: 'rotary',
			tiedEmbeddings: true
		},
		published: '8.54B',
		source: 'https://arxiv.org/abs/2403.08295',
		matchesPublished: true,
		note:
			'Sizes from the released config.json (https://huggingface.co/google/gemma-7b/blob/main/config.json) and the ' +
			'Gemma report (Gemma Team 2024): d 3072, 28 layers, 16 heads of 256 (so the heads are 4096 wide, more than d), ' +
			'16 key/value heads, d_ff 24576, GeGLU (three matrices like SwiGLU), RMSNorm, RoPE, no biases, the LM head tied ' +
			'to the embeddings, context 8192. The model is called "7B"; Table 2 of the report counts 786,825,216 ' +
			'embedding and 7,751,248,896 non-embedding parameters, 8.54B. The non-embedding figure is exactly this ' +
			'count’s; the embedding figure is for 256,128 rows, the released checkpoint has 256,000.'
	}),
	'transformer-base': preset({
		config: {
			vocabSize: 37000,
			contextLength: 512,
			dModel: 512,
			nLayers: 6,
			nHeads: 8,
			dFF: 2048,
			ffn: 'mlp',
			norm: 'layernorm',
			bias: true,
			positions: 'sinusoidal',
			tiedEmbeddings: true
		},
		published: '65M',
		source: 'https://arxiv.org/abs/1706.03762',
		matchesPublished: false,
		note:
			'Not comparable with the published 65M (Vaswani et al. 2017, Table 3), which counts a whole ' +
			'encoder-decoder: 6 encoder and 6 decoder layers, each decoder layer with cross-attention. A ModelConfig ' +
			'describes a decoder-only stack, so this preset is one stack of 6 blocks with the base sizes (d 512, 8 heads, ' +
			'dFF 2048, a shared vocabulary the paper gives as about 37000, sinusoidal positions, tied embeddings): ' +
			'37.9M. The context length is a placeholder (sinusoidal positions have no parameters), and the count includes ' +
			'a final norm (1,024) that the post-norm original does not have.'
	})
});
