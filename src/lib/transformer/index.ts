// A small decoder-only Transformer, forward and backward written by hand on flat arrays (issue 15). Synchronous and
// dependency-free, so it runs the same in Node (tests, the training script) and in a Web Worker (the page).
//
// The model, GPT-2's layout at toy size (Radford et al. 2019): token embedding + learned positions ->
// nLayers x [LayerNorm -> multi-head self-attention -> residual; LayerNorm -> MLP (GELU) -> residual] ->
// final LayerNorm -> output head tied to the token embedding. Every linear layer and LayerNorm has a bias. In the terms
// of $lib/architecture/params that is { ffn: 'mlp', norm: 'layernorm', bias: true, positions: 'learned',
// tiedEmbeddings: true } (see architectureConfig), and the parameter count is countParameters of it.
import type { ModelConfig } from '$lib/architecture/params';
import { mulberry32, normal } from '$lib/random';
import {
	attentionShapes,
	attentionSublayerBackward,
	attentionSublayerForward,
	bufferPool,
	initialValue,
	mlpShapes,
	mlpSublayerBackward,
	mlpSublayerForward,
	nestAttention,
	normShapes,
	selfAttentionProbs,
	type Alloc,
	type AttentionTrace,
	type Grads,
	type MlpTrace
} from './blocks';
import { crossEntropyForwardBackward, layerNormBackward, layerNormForward, tiedHeadBackward, tiedHeadForward, type Acts } from './ops';

export interface TransformerConfig {
	vocabSize: number;
	contextLength: number;
	dModel: number;
	nLayers: number;
	nHeads: number;
	dFF: number;
}

export interface Transformer {
	config: TransformerConfig;
	params: Record<string, Float32Array>;
}

/** Largest accepted value of each size: far above anything that trains in a browser, low enough that a bad URL or
 * file cannot ask for gigabytes. contextLength is capped like $lib/attention/masks' MAX_TOKENS. */
export const TRANSFORMER_LIMITS = Object.freeze({
	vocabSize: 100_000,
	contextLength: 1024,
	dModel: 4096,
	nLayers: 64,
	nHeads: 256,
	dFF: 16_384
} as const);

function show(value: unknown): string {
	return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** Returns config if valid, else throws a RangeError whose message starts with the bad field's name. */
export function validateTransformerConfig(config: TransformerConfig): TransformerConfig {
	if (typeof config !== 'object' || config === null) throw new RangeError(`config must be an object (got ${show(config)})`);
	for (const field of Object.keys(TRANSFORMER_LIMITS) as (keyof TransformerConfig)[]) {
		const value: unknown = config[field];
		const max = TRANSFORMER_LIMITS[field];
		if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
			throw new RangeError(`${field} must be an integer from 1 to ${max} (got ${show(value)})`);
		}
	}
	if (config.dModel % config.nHeads !== 0) {
		throw new RangeError(`dModel must be divisible by nHeads (got dModel ${config.dModel}, nHeads ${config.nHeads})`);
	}
	return config;
}

/** The same model in the terms of $lib/architecture/params, so countParameters gives its exact parameter count. */
export function architectureConfig(config: TransformerConfig): ModelConfig {
	return { ...config, ffn: 'mlp', norm: 'layernorm', bias: true, positions: 'learned', tiedEmbeddings: true };
}

/** Every parameter tensor's name and shape, in a fixed order (the order of `params` and of the weights file). */
export function parameterShapes(config: TransformerConfig): [name: string, shape: number[]][] {
	validateTransformerConfig(config);
	const { vocabSize: V, contextLength: T, dModel: d, nLayers, dFF } = config;
	const shapes: [string, number[]][] = [
		['tokenEmbedding', [V, d]],
		['positionEmbedding', [T, d]]
	];
	for (let l = 0; l < nLayers; l++) shapes.push(...attentionShapes(`layer${l}.attention`, d), ...mlpShapes(`layer${l}.mlp`, d, dFF));
	shapes.push(...normShapes('finalNorm', d));
	return shapes;
}

/** A new model with seeded GPT-2 style initial weights: the same config and seed give the same weights. */
export function createTransformer(config: TransformerConfig, seed: number): Transformer {
	const shapes = parameterShapes(config);
	const random = mulberry32(seed);
	const gaussian = () => normal(random);
	const params: Record<string, Float32Array> = {};
	for (const [name, shape] of shapes) {
		const tensor = new Float32Array(shape.reduce((a, b) => a * b, 1));
		for (let i = 0; i < tensor.length; i++) tensor[i] = initialValue(name, config.nLayers, gaussian);
		params[name] = tensor;
	}
	return { config: { ...config }, params };
}

/** Number of trainable parameters (the sum of the tensors' sizes). */
export function parameterCount(model: Transformer): number {
	return Object.values(model.params).reduce((n, t) => n + t.length, 0);
}

/** Throws a RangeError naming `name` unless every entry is an integer id in 0..vocabSize-1. */
export function checkTokens(name: string, tokens: readonly number[], vocabSize: number): void {
	if (!Array.isArray(tokens)) throw new RangeError(`${name} must be an array of token ids`);
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (!Number.isInteger(t) || t < 0 || t >= vocabSize) {
			throw new RangeError(`${name}[${i}] must be a token id from 0 to ${vocabSize - 1} (got ${show(t)})`);
		}
	}
}

/** Checks a rows x cols mask (every row with a visible key) and flattens it, 1 = visible. Errors name `name`. */
export function flattenMask(name: string, mask: readonly (readonly boolean[])[], rows: number, cols: number, needVisible = true): Uint8Array {
	if (!Array.isArray(mask) || mask.length !== rows) {
		throw new RangeError(`${name} must have ${rows} rows, one per query (got ${Array.isArray(mask) ? mask.length : show(mask)})`);
	}
	const flat = new Uint8Array(rows * cols);
	for (let q = 0; q < rows; q++) {
		const row = mask[q];
		if (!Array.isArray(row) || row.length !== cols) {
			throw new RangeError(`${name} row ${q} must have ${cols} columns, one per key (got ${Array.isArray(row) ? row.length : show(row)})`);
		}
		let any = false;
		for (let k = 0; k < cols; k++) {
			if (row[k] === true) {
				flat[q * cols + k] = 1;
				any = true;
			}
		}
		if (needVisible && !any) throw new RangeError(`${name} row ${q} has no visible key: query ${q} must see at least one token`);
	}
	return flat;
}

function checkInput(model: Transformer, tokens: readonly number[], mask: readonly (readonly boolean[])[]): Uint8Array {
	const { vocabSize, contextLength } = validateTransformerConfig(model.config);
	if (!Array.isArray(tokens) || tokens.length < 1 || tokens.length > contextLength) {
		throw new RangeError(`tokens must hold 1 to ${contextLength} ids, the context length (got ${Array.isArray(tokens) ? tokens.length : show(tokens)})`);
	}
	checkTokens('tokens', tokens, vocabSize);
	return flattenMask('mask', mask, tokens.length, tokens.length);
}

interface DecoderTrace {
	n: number;
	x0: Acts;
	layers: { attention: AttentionTrace; mlp: MlpTrace }[];
	final: Acts;
	finalMean: Acts;
	finalRstd: Acts;
	logits: Acts;
}

/** Token embedding + learned position, [n, d]. */
function embed(model: Transformer, tokens: readonly number[], alloc: Alloc = (size) => new Float64Array(size)): Acts {
	const d = model.config.dModel;
	const E = model.params.tokenEmbedding;
	const pos = model.params.positionEmbedding;
	const x0 = alloc(tokens.length * d);
	for (let t = 0; t < tokens.length; t++) {
		const eo = tokens[t] * d;
		const po = t * d;
		for (let i = 0; i < d; i++) x0[po + i] = E[eo + i] + pos[po + i];
	}
	return x0;
}

function run(model: Transformer, tokens: readonly number[], mask: Uint8Array): DecoderTrace {
	const { config, params: P } = model;
	const { vocabSize: V, dModel: d, nHeads: H, dFF, nLayers } = config;
	const n = tokens.length;
	const E = P.tokenEmbedding;
	const x0 = embed(model, tokens);
	let x: Acts = x0;
	const layers: DecoderTrace['layers'] = [];
	for (let l = 0; l < nLayers; l++) {
		const attention = attentionSublayerForward(P, `layer${l}.attention`, x, n, d, H, null, n, mask);
		const mlp = mlpSublayerForward(P, `layer${l}.mlp`, attention.out, n, d, dFF);
		layers.push({ attention, mlp });
		x = mlp.out;
	}
	const final = new Float64Array(n * d);
	const finalMean = new Float64Array(n);
	const finalRstd = new Float64Array(n);
	layerNormForward(x, n, d, P['finalNorm.gain'], P['finalNorm.bias'], final, finalMean, finalRstd);
	const logits = new Float64Array(n * V);
	tiedHeadForward(final, n, d, E, V, logits);
	return { n, x0, layers, final, finalMean, finalRstd, logits };
}

/**
 * Logits for every position (logits[t] scores the token after position t) and every attention map,
 * attention[layer][head][query][key]: a row sums to 1 and blocked keys (mask false) get exactly 0.
 * `mask[q][k] === true` lets query q attend key k, as in $lib/attention/masks.
 * Throws a RangeError naming the argument for a bad config, token, length or mask.
 */
export function forward(model: Transformer, tokens: number[], mask: boolean[][]): { logits: Float32Array[]; attention: number[][][][] } {
	const flat = checkInput(model, tokens, mask);
	const trace = run(model, tokens, flat);
	const { vocabSize: V, nHeads: H } = model.config;
	const n = trace.n;
	const logits: Float32Array[] = [];
	for (let t = 0; t < n; t++) logits.push(Float32Array.from(trace.logits.subarray(t * V, (t + 1) * V)));
	const attention = trace.layers.map((layer) => nestAttention(layer.attention.probs, H, n, n));
	return { logits, attention };
}

/** attentionMaps's working arrays (synchronous, so calls never overlap). */
const mapsPool = bufferPool();

/** One attention map per layer and head, maps[layer][head][query] a row of key weights. */
export type AttentionMaps = Float64Array[][][];

/**
 * The attention maps alone, for a viewer that redraws them as the reader types: what `forward` returns as `attention`,
 * each row a view into the layer's buffer rather than a copied array. Same checks as `forward`. It computes only what
 * the maps depend on: no output head, and of the last layer only the weights (not its values, output projection or
 * MLP), about a third less work than `forward` for the shipped 2-layer models.
 */
export function attentionMaps(model: Transformer, tokens: number[], mask: boolean[][]): AttentionMaps {
	const flat = checkInput(model, tokens, mask);
	const { dModel: d, nHeads: H, dFF, nLayers } = model.config;
	const P = model.params;
	const n = tokens.length;
	// Nothing but the weights is kept, so the working arrays are reused from one call to the next: a viewer redrawing
	// as the reader types would otherwise leave about 0.4 MiB per model per keystroke to the garbage collector.
	mapsPool.reset();
	const alloc = mapsPool.take;
	let x = embed(model, tokens, alloc);
	const maps: AttentionMaps = [];
	for (let l = 0; l < nLayers; l++) {
		let probs: Acts;
		if (l < nLayers - 1) {
			const attention = attentionSublayerForward(P, `layer${l}.attention`, x, n, d, H, null, n, flat, alloc);
			probs = attention.probs;
			x = mlpSublayerForward(P, `layer${l}.mlp`, attention.out, n, d, dFF, alloc).out;
		} else probs = selfAttentionProbs(P, `layer${l}.attention`, x, n, d, H, flat, alloc);
		maps.push(Array.from({ length: H }, (_, h) => Array.from({ length: n }, (_, q) => probs.subarray((h * n + q) * n, (h * n + q + 1) * n))));
	}
	return maps;
}

/** Zeroed Float64 gradient buffers with the params' keys and sizes. */
export function zeroGradients(params: Record<string, Float32Array>): Grads {
	const grads: Grads = {};
	for (const [name, tensor] of Object.entries(params)) grads[name] = new Float64Array(tensor.length);
	return grads;
}

/** Checks targets and loss weights against n positions; returns the sum of the weights (> 0). */
export function checkTargets(targets: readonly number[], lossWeights: readonly number[], n: number, vocabSize: number): number {
	if (!Array.isArray(targets) || targets.length !== n) {
		throw new RangeError(`targets must have one id per token, ${n} (got ${Array.isArray(targets) ? targets.length : show(targets)})`);
	}
	checkTokens('targets', targets, vocabSize);
	if (!Array.isArray(lossWeights) || lossWeights.length !== n) {
		throw new RangeError(`lossWeights must have one weight per token, ${n} (got ${Array.isArray(lossWeights) ? lossWeights.length : show(lossWeights)})`);
	}
	let sum = 0;
	for (let i = 0; i < n; i++) {
		const w = lossWeights[i];
		if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
			throw new RangeError(`lossWeights[${i}] must be a finite number of at least 0 (got ${show(w)})`);
		}
		sum += w;
	}
	if (!(sum > 0)) throw new RangeError('lossWeights must have at least one weight above 0 (got all 0): no position is scored');
	return sum;
}

/**
 * Adds one sequence's gradients into `grads` (Float64, from zeroGradients) for a loss normalised by `normaliser`
 * (Σ w over the whole batch), and returns this sequence's Σ w CE / normaliser. The batch loss is the sum over the
 * batch. Inputs are checked as in lossAndGradients.
 */
export function accumulateGradients(
	model: Transformer,
	tokens: number[],
	targets: number[],
	mask: boolean[][],
	lossWeights: number[],
	grads: Grads,
	normaliser?: number
): number {
	const flat = checkInput(model, tokens, mask);
	const sum = checkTargets(targets, lossWeights, tokens.length, model.config.vocabSize);
	const trace = run(model, tokens, flat);
	return backward(model, trace, tokens, targets, lossWeights, normaliser ?? sum, grads);
}

function backward(
	model: Transformer,
	trace: DecoderTrace,
	tokens: readonly number[],
	targets: readonly number[],
	weights: readonly number[],
	normaliser: number,
	G: Grads
): number {
	const { config, params: P } = model;
	const { vocabSize: V, dModel: d, nHeads: H, dFF, nLayers } = config;
	const n = trace.n;
	const dlogits = new Float64Array(n * V);
	const loss = crossEntropyForwardBackward(trace.logits, n, V, targets, weights, normaliser, dlogits);
	const dFinal = new Float64Array(n * d);
	tiedHeadBackward(trace.final, n, d, P.tokenEmbedding, V, dlogits, dFinal, G.tokenEmbedding);
	const lastOut = nLayers > 0 ? trace.layers[nLayers - 1].mlp.out : trace.x0;
	let dx: Acts = new Float64Array(n * d);
	layerNormBackward(lastOut, n, d, P['finalNorm.gain'], trace.finalMean, trace.finalRstd, dFinal, dx, G['finalNorm.gain'], G['finalNorm.bias']);
	for (let l = nLayers - 1; l >= 0; l--) {
		const { attention, mlp } = trace.layers[l];
		dx = mlpSublayerBackward(P, G, `layer${l}.mlp`, mlp, n, d, dFF, dx);
		dx = attentionSublayerBackward(P, G, `layer${l}.attention`, attention, n, d, H, null, n, dx, null);
	}
	const dE = G.tokenEmbedding;
	const dPos = G.positionEmbedding;
	for (let t = 0; t < n; t++) {
		const eo = tokens[t] * d;
		const po = t * d;
		for (let i = 0; i < d; i++) {
			dE[eo + i] += dx[po + i];
			dPos[po + i] += dx[po + i];
		}
	}
	return loss;
}

/**
 * Weighted mean cross-entropy in nats, Σ wᵢ CEᵢ / Σ wᵢ over positions with wᵢ > 0 (targets[i] is the token that
 * should follow position i), and its gradient for every parameter (same keys and shapes as params).
 * Throws a RangeError naming the argument for bad tokens, mask, targets (wrong length or id) or lossWeights (wrong
 * length, negative, all 0).
 */
export function lossAndGradients(
	model: Transformer,
	tokens: number[],
	targets: number[],
	mask: boolean[][],
	lossWeights: number[]
): { loss: number; gradients: Record<string, Float32Array> } {
	const grads = zeroGradients(model.params);
	const loss = accumulateGradients(model, tokens, targets, mask, lossWeights, grads);
	const gradients: Record<string, Float32Array> = {};
	for (const [name, g] of Object.entries(grads)) gradients[name] = Float32Array.from(g);
	return { loss, gradients };
}

/** The weighted mean cross-entropy only (no gradient): for held-out evaluation. Inputs are checked. */
export function loss(model: Transformer, tokens: number[], targets: number[], mask: boolean[][], lossWeights: number[]): number {
	return weightedLossSum(model, tokens, targets, mask, lossWeights).sum / lossWeights.reduce((a, b) => a + b, 0);
}

/** Σ wᵢ CEᵢ and Σ wᵢ for one sequence, for averaging over many sequences. */
export function weightedLossSum(
	model: Transformer,
	tokens: number[],
	targets: number[],
	mask: boolean[][],
	lossWeights: number[]
): { sum: number; weight: number } {
	const flat = checkInput(model, tokens, mask);
	const weight = checkTargets(targets, lossWeights, tokens.length, model.config.vocabSize);
	const trace = run(model, tokens, flat);
	const sum = crossEntropyForwardBackward(trace.logits, tokens.length, model.config.vocabSize, targets, lossWeights, 1, null);
	return { sum, weight };
}
