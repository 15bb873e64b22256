/**
 * The Transformer block explorer's model: which parts each variant has, in what order, and the shapes of the tensors
 * each part reads, holds and writes for a given batch size and sequence length. Pure; the words live in the figure.
 *
 * Three variants, each sized by a preset of params.ts:
 * - `gpt2`: GPT-2 small. Learned positions added to the embeddings, pre-norm LayerNorm, multi-head causal
 *   self-attention, GELU MLP, tied LM head (Radford et al. 2019).
 * - `llama`: Llama-3-8B. No position table (RoPE rotates queries and keys inside attention), RMSNorm, SwiGLU,
 *   grouped-query attention with 8 key/value heads for 32 query heads, untied LM head (Touvron et al. 2023;
 *   Llama Team 2024).
 * - `transformer2017`: the base model of Vaswani et al. 2017. Encoder and decoder stacks of 6 layers each, sinusoidal
 *   positions, post-norm ("add & norm" after each sublayer), ReLU MLP, cross-attention in every decoder layer.
 */
import { PRESETS, type ModelConfig } from './params';

export const VARIANTS = ['gpt2', 'llama', 'transformer2017'] as const;
export type Variant = (typeof VARIANTS)[number];

export const VARIANT_PRESET = { gpt2: 'gpt2-small', llama: 'llama3-8b', transformer2017: 'transformer-base' } as const;

export const PART_IDS = [
	'src-tokens',
	'src-embedding',
	'src-positions',
	'enc-attention',
	'enc-addnorm1',
	'enc-ffn',
	'enc-addnorm2',
	'tokens',
	'embedding',
	'positions',
	'norm1',
	'attention',
	'residual1',
	'addnorm1',
	'cross-attention',
	'addnorm2',
	'norm2',
	'ffn',
	'residual2',
	'addnorm3',
	'final-norm',
	'lm-head',
	'softmax'
] as const;
export type PartId = (typeof PART_IDS)[number];

/** Which stack a part belongs to and whether it repeats N times. */
export interface Part {
	id: PartId;
	/** `input` (below the stack), `block` (inside the repeated block), `output` (above it). */
	zone: 'input' | 'block' | 'output';
	/** `encoder` only for the 2017 model's encoder column; everything else is the decoder (or the only) column. */
	column: 'encoder' | 'decoder';
	/** `add` parts are residual additions, drawn as a circle with a skip connection. */
	kind: 'io' | 'layer' | 'norm' | 'add' | 'addnorm';
}

const p = (id: PartId, zone: Part['zone'], kind: Part['kind'], column: Part['column'] = 'decoder'): Part => ({ id, zone, kind, column });

/** The parts of each variant, bottom (input) to top (output), in data-flow order. */
export const PARTS: Record<Variant, readonly Part[]> = {
	gpt2: [
		p('tokens', 'input', 'io'),
		p('embedding', 'input', 'layer'),
		p('positions', 'input', 'layer'),
		p('norm1', 'block', 'norm'),
		p('attention', 'block', 'layer'),
		p('residual1', 'block', 'add'),
		p('norm2', 'block', 'norm'),
		p('ffn', 'block', 'layer'),
		p('residual2', 'block', 'add'),
		p('final-norm', 'output', 'norm'),
		p('lm-head', 'output', 'layer'),
		p('softmax', 'output', 'io')
	],
	llama: [
		p('tokens', 'input', 'io'),
		p('embedding', 'input', 'layer'),
		p('norm1', 'block', 'norm'),
		p('attention', 'block', 'layer'),
		p('residual1', 'block', 'add'),
		p('norm2', 'block', 'norm'),
		p('ffn', 'block', 'layer'),
		p('residual2', 'block', 'add'),
		p('final-norm', 'output', 'norm'),
		p('lm-head', 'output', 'layer'),
		p('softmax', 'output', 'io')
	],
	transformer2017: [
		p('src-tokens', 'input', 'io', 'encoder'),
		p('src-embedding', 'input', 'layer', 'encoder'),
		p('src-positions', 'input', 'layer', 'encoder'),
		p('enc-attention', 'block', 'layer', 'encoder'),
		p('enc-addnorm1', 'block', 'addnorm', 'encoder'),
		p('enc-ffn', 'block', 'layer', 'encoder'),
		p('enc-addnorm2', 'block', 'addnorm', 'encoder'),
		p('tokens', 'input', 'io'),
		p('embedding', 'input', 'layer'),
		p('positions', 'input', 'layer'),
		p('attention', 'block', 'layer'),
		p('addnorm1', 'block', 'addnorm'),
		p('cross-attention', 'block', 'layer'),
		p('addnorm2', 'block', 'addnorm'),
		p('ffn', 'block', 'layer'),
		p('addnorm3', 'block', 'addnorm'),
		p('lm-head', 'output', 'layer'),
		p('softmax', 'output', 'io')
	]
};

/** The part selected when nothing (or something unknown) is asked for. */
export const DEFAULT_PART: PartId = 'attention';

export function hasPart(variant: Variant, id: string): id is PartId {
	return PARTS[variant].some((part) => part.id === id);
}

export function variantConfig(variant: Variant): Readonly<ModelConfig> {
	return PRESETS[VARIANT_PRESET[variant]].config;
}

/** Sizes the shapes are written in. S is the source length of the 2017 model (taken equal to T here). */
export interface Dims {
	B: number;
	T: number;
	S: number;
	d: number;
	h: number;
	hKv: number;
	dHead: number;
	dFF: number;
	V: number;
	N: number;
	ctx: number;
}

export const MAX_BATCH = 64;
export const MAX_SEQ = 4096;

/** The sizes of `variant` for batch `B` and sequence length `T` (both clamped to 1..MAX, and T to the context). */
export function dimsFor(variant: Variant, B: number, T: number): Dims {
	const c = variantConfig(variant);
	const clamp = (v: number, max: number) => (Number.isInteger(v) ? Math.min(Math.max(v, 1), max) : 1);
	const seq = clamp(T, Math.min(MAX_SEQ, c.contextLength));
	return {
		B: clamp(B, MAX_BATCH),
		T: seq,
		S: seq,
		d: c.dModel,
		h: c.nHeads,
		hKv: c.nKvHeads ?? c.nHeads,
		dHead: c.dModel / c.nHeads,
		dFF: c.dFF,
		V: c.vocabSize,
		N: c.nLayers,
		ctx: c.contextLength
	};
}

export type Symbol = keyof Dims;

/** One tensor of a part: its role, its shape as symbols and as numbers, and whether it is a trained weight. */
export interface Tensor {
	/** Key into the figure's strings (`input`, `output`, `weight`, `q`, `k`, `scores`, ...). */
	role: string;
	/** Mathematical name as drawn, e.g. "W_Q", "x". */
	name: string;
	symbols: readonly Symbol[];
	sizes: readonly number[];
	weight: boolean;
	/** Number of values, the product of `sizes`. */
	count: number;
}

function tensor(dims: Dims, role: string, name: string, symbols: Symbol[], weight = false): Tensor {
	const sizes = symbols.map((s) => dims[s]);
	return { role, name, symbols, sizes, weight, count: sizes.reduce((a, b) => a * b, 1) };
}

/** The tensors of one part of `variant` for `dims`. */
export function partTensors(variant: Variant, id: PartId, dims: Dims): Tensor[] {
	const t = (role: string, name: string, symbols: Symbol[], weight = false) => tensor(dims, role, name, symbols, weight);
	const x: Symbol[] = ['B', 'T', 'd'];
	const src: Symbol[] = ['B', 'S', 'd'];
	const layernorm = variant !== 'llama';
	switch (id) {
		case 'src-tokens':
			return [t('ids', 'src', ['B', 'S'])];
		case 'tokens':
			return [t('ids', 'ids', ['B', 'T'])];
		case 'src-embedding':
		case 'embedding':
			return [
				t('ids', 'ids', id === 'embedding' ? ['B', 'T'] : ['B', 'S']),
				t('weight', 'W_E', ['V', 'd'], true),
				t('output', 'x', id === 'embedding' ? x : src)
			];
		case 'src-positions':
		case 'positions':
			return variant === 'gpt2'
				? [t('weight', 'W_P', ['ctx', 'd'], true), t('output', 'x + p', x)]
				: [t('table', 'PE', [id === 'positions' ? 'T' : 'S', 'd']), t('output', 'x + PE', id === 'positions' ? x : src)];
		case 'norm1':
		case 'norm2':
		case 'final-norm':
			return [t('input', 'x', x), t('gain', 'γ', ['d'], true), ...(layernorm ? [t('shift', 'β', ['d'], true)] : []), t('output', 'y', x)];
		case 'attention':
		case 'enc-attention': {
			const rows: Symbol = id === 'attention' ? 'T' : 'S';
			const input: Symbol[] = ['B', rows, 'd'];
			return [
				t('input', 'x', input),
				t('wq', 'W_Q', ['d', 'd'], true),
				t('wkv', 'W_K, W_V', variant === 'llama' ? ['d', 'hKv', 'dHead'] : ['d', 'd'], true),
				t('q', 'Q', ['B', 'h', rows, 'dHead']),
				t('kv', 'K, V', ['B', variant === 'llama' ? 'hKv' : 'h', rows, 'dHead']),
				t('scores', 'QKᵀ/√d_head', ['B', 'h', rows, rows]),
				t('heads', 'concat', input),
				t('wo', 'W_O', ['d', 'd'], true),
				t('output', 'y', input)
			];
		}
		case 'cross-attention':
			return [
				t('input', 'x', x),
				t('memory', 'enc', src),
				t('q', 'Q', ['B', 'h', 'T', 'dHead']),
				t('kv', 'K, V', ['B', 'h', 'S', 'dHead']),
				t('scores', 'QKᵀ/√d_head', ['B', 'h', 'T', 'S']),
				t('wo', 'W_O', ['d', 'd'], true),
				t('output', 'y', x)
			];
		case 'residual1':
		case 'residual2':
			return [t('input', 'x', x), t('sublayer', 'f(x)', x), t('output', 'x + f(x)', x)];
		case 'addnorm1':
		case 'addnorm2':
		case 'addnorm3':
			return [t('input', 'x', x), t('sublayer', 'f(x)', x), t('output', 'Norm(x + f(x))', x)];
		case 'enc-addnorm1':
		case 'enc-addnorm2':
			return [t('input', 'x', src), t('sublayer', 'f(x)', src), t('output', 'Norm(x + f(x))', src)];
		case 'ffn':
		case 'enc-ffn': {
			const rows: Symbol = id === 'ffn' ? 'T' : 'S';
			const input: Symbol[] = ['B', rows, 'd'];
			const hidden: Symbol[] = ['B', rows, 'dFF'];
			return variant === 'llama'
				? [
						t('input', 'x', input),
						t('wgate', 'W_gate, W_up', ['d', 'dFF'], true),
						t('hidden', 'SiLU(xW_gate) ⊙ xW_up', hidden),
						t('wdown', 'W_down', ['dFF', 'd'], true),
						t('output', 'y', input)
					]
				: [
						t('input', 'x', input),
						t('wup', 'W_1', ['d', 'dFF'], true),
						t('hidden', variant === 'gpt2' ? 'GELU(xW_1)' : 'ReLU(xW_1)', hidden),
						t('wdown', 'W_2', ['dFF', 'd'], true),
						t('output', 'y', input)
					];
		}
		case 'lm-head':
			return [t('input', 'x', x), t('head', variant === 'llama' ? 'W_out' : 'W_Eᵀ', ['d', 'V'], true), t('logits', 'logits', ['B', 'T', 'V'])];
		case 'softmax':
			return [t('logits', 'logits', ['B', 'T', 'V']), t('probs', 'p', ['B', 'T', 'V'])];
	}
}

/** Shape as it is written under a part, e.g. "B × T × d = 1 × 8 × 768". */
export function shapeText(tensor: Tensor, symbolName: (s: Symbol) => string = (s) => s): string {
	return `${tensor.symbols.map(symbolName).join(' × ')} = ${tensor.sizes.join(' × ')}`;
}
