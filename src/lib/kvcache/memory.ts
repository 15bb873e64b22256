/**
 * KV-cache memory for a few published models: bytes per token = 2 x layers x key/value heads x head size x bytes per
 * value, times the context length. The model shapes and the formula come from `$lib/architecture/params`
 * (PRESETS, kvCacheBytesPerToken, BYTES_PER_VALUE); this module only picks models and formats for the figure.
 */
import { BYTES_PER_VALUE, headDim, kvCacheBytesPerToken, PRESETS, type ModelConfig, type PresetId, type WeightFormat } from '$lib/architecture/params';

/** Models offered, in order. Llama-2-7B has the shape of LLaMA-7B (32 layers, 32 heads, d 4096; arXiv 2307.09288), so it
 * uses that preset; only its context (4096) differs, and the context does not enter bytes per token. */
export const MEMORY_MODELS = ['gpt2-small', 'llama2-7b', 'llama3-8b'] as const;
export type MemoryModel = (typeof MEMORY_MODELS)[number];

const PRESET_OF: Record<MemoryModel, PresetId> = { 'gpt2-small': 'gpt2-small', 'llama2-7b': 'llama-7b', 'llama3-8b': 'llama3-8b' };

/** Source of each model's shape. */
export const MEMORY_SOURCES: Record<MemoryModel, string> = {
	'gpt2-small': PRESETS['gpt2-small'].source,
	'llama2-7b': 'https://arxiv.org/abs/2307.09288',
	'llama3-8b': PRESETS['llama3-8b'].source
};

/** Formats offered for the cached values (fp16 and bf16 are both 2 bytes). */
export const MEMORY_FORMATS = ['fp32', 'bf16', 'int8'] as const satisfies readonly WeightFormat[];
export type MemoryFormat = (typeof MEMORY_FORMATS)[number];

/** Context lengths are powers of two from 2^7 = 128 to 2^17 = 131,072 tokens. */
export const CONTEXT_EXPONENTS = [7, 17] as const;

export interface KvMemory {
	model: MemoryModel;
	layers: number;
	kvHeads: number;
	queryHeads: number;
	headSize: number;
	bytesPerValue: number;
	bytesPerToken: number;
	context: number;
	/** bytesPerToken x context. */
	totalBytes: number;
}

export function memoryConfig(model: MemoryModel): Readonly<ModelConfig> {
	return PRESETS[PRESET_OF[model]].config;
}

/** The KV-cache size of `model` storing values in `format` for `context` tokens (one sequence). */
export function kvMemory(model: MemoryModel, format: MemoryFormat, context: number): KvMemory {
	if (!Number.isInteger(context) || context < 1) throw new RangeError(`context must be a positive integer (got ${String(context)})`);
	const config = memoryConfig(model);
	const bytesPerValue = BYTES_PER_VALUE[format];
	const bytesPerToken = kvCacheBytesPerToken(config, bytesPerValue);
	return {
		model,
		layers: config.nLayers,
		kvHeads: config.nKvHeads ?? config.nHeads,
		queryHeads: config.nHeads,
		headSize: headDim(config),
		bytesPerValue,
		bytesPerToken,
		context,
		totalBytes: bytesPerToken * context
	};
}
