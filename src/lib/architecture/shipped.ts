/**
 * Which tensors of the site's own trained models (static/models/, src/lib/transformer) sit in each part of the block
 * explorer's diagram, with their real names, shapes, sizes and the root mean square of their trained values. The
 * GPT-2-style variant maps onto the shipped causal decoder, the 2017 variant onto the shipped encoder-decoder; the
 * LLaMA variant has no shipped twin (RMSNorm, SwiGLU, RoPE are not in these models). Pure: the weights come in.
 */
import { parameterShapes, type Transformer } from '$lib/transformer';
import { encoderDecoderShapes } from '$lib/transformer/encoder-decoder';
import type { PartId, Variant } from './blocks';

/** The shipped model a variant is shown with. */
export type ShippedKind = 'decoder' | 'encoder-decoder';

export function shippedKind(variant: Variant): ShippedKind | null {
	return variant === 'gpt2' ? 'decoder' : variant === 'transformer2017' ? 'encoder-decoder' : null;
}

/** What a reader should know when a part of the site's model differs from the drawn variant:
 * `tied` the head is the embedding table read backwards; `shared` one table serves both stacks and the head;
 * `learned` positions are a trained table, not the 2017 sinusoids; `prenorm` the norm sits before its sublayer, not
 * after the addition; `finalNorm` a last norm precedes the head; `encoderFinalNorm` the encoder's last norm is listed
 * with its last add & norm; `keyBias` the key bias, which no gradient reaches, is still 0. */
export type ShippedNote = 'tied' | 'shared' | 'learned' | 'prenorm' | 'finalNorm' | 'encoderFinalNorm' | 'keyBias';

const ATTENTION = ['wq', 'bq', 'wk', 'bk', 'wv', 'bv', 'wo', 'bo'];
const MLP = ['wUp', 'bUp', 'wDown', 'bDown'];
const NORM = ['gain', 'bias'];

/** Tensor names of a part, `{l}` standing for the layer, and the notes that go with them. */
function partNames(kind: ShippedKind, part: PartId): { names: string[]; notes: ShippedNote[] } {
	const each = (prefix: string, names: string[]) => names.map((n) => `${prefix}.${n}`);
	const none = { names: [], notes: [] };
	if (kind === 'decoder') {
		switch (part) {
			case 'embedding':
				return { names: ['tokenEmbedding'], notes: ['tied'] };
			case 'positions':
				return { names: ['positionEmbedding'], notes: [] };
			case 'norm1':
				return { names: each('layer{l}.attention.norm', NORM), notes: [] };
			case 'attention':
				return { names: each('layer{l}.attention', ATTENTION), notes: ['keyBias'] };
			case 'norm2':
				return { names: each('layer{l}.mlp.norm', NORM), notes: [] };
			case 'ffn':
				return { names: each('layer{l}.mlp', MLP), notes: [] };
			case 'final-norm':
				return { names: each('finalNorm', NORM), notes: [] };
			case 'lm-head':
				return { names: ['tokenEmbedding'], notes: ['tied'] };
			default:
				return none;
		}
	}
	switch (part) {
		case 'src-embedding':
		case 'embedding':
			return { names: ['tokenEmbedding'], notes: ['shared'] };
		case 'src-positions':
			return { names: ['encoder.positionEmbedding'], notes: ['learned'] };
		case 'positions':
			return { names: ['decoder.positionEmbedding'], notes: ['learned'] };
		case 'enc-attention':
			return { names: each('encoder.layer{l}.attention', ATTENTION), notes: ['keyBias'] };
		case 'enc-addnorm1':
			return { names: each('encoder.layer{l}.attention.norm', NORM), notes: ['prenorm'] };
		case 'enc-ffn':
			return { names: each('encoder.layer{l}.mlp', MLP), notes: [] };
		case 'enc-addnorm2':
			return { names: [...each('encoder.layer{l}.mlp.norm', NORM), ...each('encoder.finalNorm', NORM)], notes: ['prenorm', 'encoderFinalNorm'] };
		case 'attention':
			return { names: each('decoder.layer{l}.attention', ATTENTION), notes: ['keyBias'] };
		case 'addnorm1':
			return { names: each('decoder.layer{l}.attention.norm', NORM), notes: ['prenorm'] };
		case 'cross-attention':
			return { names: each('decoder.layer{l}.cross', ATTENTION), notes: ['keyBias'] };
		case 'addnorm2':
			return { names: each('decoder.layer{l}.cross.norm', NORM), notes: ['prenorm'] };
		case 'ffn':
			return { names: each('decoder.layer{l}.mlp', MLP), notes: [] };
		case 'addnorm3':
			return { names: each('decoder.layer{l}.mlp.norm', NORM), notes: ['prenorm'] };
		case 'lm-head':
			return { names: [...each('decoder.finalNorm', NORM), 'tokenEmbedding'], notes: ['finalNorm', 'shared'] };
		default:
			return none;
	}
}

/** One row of the table: a tensor (one per layer when its name has `{l}`). */
export interface ShippedTensor {
	/** The name as in the weights file, `{0,1}` standing for the layers, e.g. `layer{0,1}.attention.wq`. */
	name: string;
	shape: number[];
	/** Values in one copy (one layer's). */
	count: number;
	/** How many copies: the number of layers, or 1. */
	copies: number;
	/** Root mean square of the trained values, one per copy (per layer, from layer 0). */
	rms: number[];
}

export interface ShippedPart {
	tensors: ShippedTensor[];
	notes: ShippedNote[];
	/** Parameters of these tensors over all copies. */
	total: number;
}

/** √(mean of squares); 0 for an empty tensor. */
export function rms(values: ArrayLike<number>): number {
	if (values.length === 0) return 0;
	let sum = 0;
	for (let i = 0; i < values.length; i++) sum += values[i] * values[i];
	return Math.sqrt(sum / values.length);
}

/**
 * The tensors of `part` in `model` (a shipped model of `kind`). Empty when the part holds no weights (tokens, softmax,
 * a residual addition). Throws a RangeError naming the tensor when the model lacks one the part needs.
 */
export function shippedPart(kind: ShippedKind, part: PartId, model: Transformer): ShippedPart {
	const shapes = new Map(kind === 'decoder' ? parameterShapes(model.config) : encoderDecoderShapes(model.config));
	const layers = Array.from({ length: model.config.nLayers }, (_, l) => l);
	const { names, notes } = partNames(kind, part);
	const tensors = names.map((pattern) => {
		const perLayer = pattern.includes('{l}');
		const real = perLayer ? layers.map((l) => pattern.replace('{l}', String(l))) : [pattern];
		const shape = shapes.get(real[0]);
		const values = real.map((name) => model.params[name]);
		if (!shape || values.some((v) => v === undefined)) throw new RangeError(`tensor ${real[0]} is not in the model`);
		return {
			name: perLayer ? pattern.replace('{l}', `{${layers.join(',')}}`) : pattern,
			shape,
			count: shape.reduce((a, b) => a * b, 1),
			copies: real.length,
			rms: values.map((v) => rms(v))
		};
	});
	return { tensors, notes, total: tensors.reduce((sum, t) => sum + t.count * t.copies, 0) };
}
