// A small encoder-decoder Transformer (Vaswani et al. 2017; T5's layout, Raffel et al. 2019 sec. 3.2), built from
// the same sublayers as the decoder-only model: an encoder stack with bidirectional self-attention over the source,
// and a decoder stack whose blocks have causal self-attention, then cross-attention to the encoder's output, then
// the MLP; pre-norm, learned positions (one table per stack), one token embedding shared by both sides and the
// output head. The masks are $lib/attention/masks' encoderDecoderMasks: full, causal, and full cross.
//
// `nLayers` is the depth of each stack and `contextLength` the longest source and the longest target.
import { encoderDecoderMasks } from '$lib/attention/masks';
import { mulberry32, normal } from '$lib/random';
import {
	attentionShapes,
	attentionSublayerBackward,
	attentionSublayerForward,
	initialValue,
	mlpShapes,
	mlpSublayerBackward,
	mlpSublayerForward,
	nestAttention,
	normShapes,
	type AttentionTrace,
	type Grads,
	type MlpTrace,
	type Params
} from './blocks';
import {
	checkTargets,
	checkTokens,
	flattenMask,
	validateTransformerConfig,
	zeroGradients,
	type Transformer,
	type TransformerConfig
} from './index';
import { crossEntropyForwardBackward, layerNormBackward, layerNormForward, tiedHeadBackward, tiedHeadForward, type Acts } from './ops';

export type EncoderDecoderConfig = TransformerConfig;

/** Every parameter tensor's name and shape, in a fixed order. */
export function encoderDecoderShapes(config: EncoderDecoderConfig): [name: string, shape: number[]][] {
	validateTransformerConfig(config);
	const { vocabSize: V, contextLength: T, dModel: d, nLayers, dFF } = config;
	const shapes: [string, number[]][] = [
		['tokenEmbedding', [V, d]],
		['encoder.positionEmbedding', [T, d]],
		['decoder.positionEmbedding', [T, d]]
	];
	for (let l = 0; l < nLayers; l++) shapes.push(...attentionShapes(`encoder.layer${l}.attention`, d), ...mlpShapes(`encoder.layer${l}.mlp`, d, dFF));
	shapes.push(...normShapes('encoder.finalNorm', d));
	for (let l = 0; l < nLayers; l++) {
		shapes.push(
			...attentionShapes(`decoder.layer${l}.attention`, d),
			...attentionShapes(`decoder.layer${l}.cross`, d),
			...mlpShapes(`decoder.layer${l}.mlp`, d, dFF)
		);
	}
	shapes.push(...normShapes('decoder.finalNorm', d));
	return shapes;
}

/** A new encoder-decoder with seeded GPT-2 style initial weights (see blocks.ts initialValue). */
export function createEncoderDecoder(config: EncoderDecoderConfig, seed: number): Transformer {
	const shapes = encoderDecoderShapes(config);
	const random = mulberry32(seed);
	const gaussian = () => normal(random);
	const params: Params = {};
	// Residual layers: the encoder's 2 per layer and the decoder's 3 per layer, as GPT-2 scales by depth.
	const residualLayers = Math.ceil((5 * config.nLayers) / 2);
	for (const [name, shape] of shapes) {
		const tensor = new Float32Array(shape.reduce((a, b) => a * b, 1));
		for (let i = 0; i < tensor.length; i++) tensor[i] = initialValue(name, residualLayers, gaussian);
		params[name] = tensor;
	}
	return { config: { ...config }, params };
}

interface Trace {
	ns: number;
	nt: number;
	encoder: { layers: { attention: AttentionTrace; mlp: MlpTrace }[]; last: Acts; out: Acts; mean: Acts; rstd: Acts };
	decoder: { layers: { attention: AttentionTrace; cross: AttentionTrace; mlp: MlpTrace }[]; last: Acts; out: Acts; mean: Acts; rstd: Acts };
	logits: Acts;
}

function embed(P: Params, positions: Float32Array, tokens: readonly number[], d: number): Acts {
	const x = new Float64Array(tokens.length * d);
	const E = P.tokenEmbedding;
	for (let t = 0; t < tokens.length; t++) for (let i = 0; i < d; i++) x[t * d + i] = E[tokens[t] * d + i] + positions[t * d + i];
	return x;
}

function checkSequence(name: string, tokens: readonly number[], config: EncoderDecoderConfig): void {
	if (!Array.isArray(tokens) || tokens.length < 1 || tokens.length > config.contextLength) {
		throw new RangeError(`${name} must hold 1 to ${config.contextLength} ids, the context length (got ${Array.isArray(tokens) ? tokens.length : String(tokens)})`);
	}
	checkTokens(name, tokens, config.vocabSize);
}

function run(model: Transformer, source: readonly number[], target: readonly number[]): Trace {
	const { config, params: P } = model;
	validateTransformerConfig(config);
	checkSequence('source', source, config);
	checkSequence('target', target, config);
	const { vocabSize: V, dModel: d, nHeads: H, dFF, nLayers } = config;
	const ns = source.length;
	const nt = target.length;
	const masks = encoderDecoderMasks(ns, nt);
	const encoderMask = flattenMask('encoder mask', masks.encoderSelf, ns, ns);
	const decoderMask = flattenMask('decoder mask', masks.decoderSelf, nt, nt);
	const crossMask = flattenMask('cross mask', masks.cross, nt, ns);

	let x = embed(P, P['encoder.positionEmbedding'], source, d);
	const encoderLayers: Trace['encoder']['layers'] = [];
	for (let l = 0; l < nLayers; l++) {
		const attention = attentionSublayerForward(P, `encoder.layer${l}.attention`, x, ns, d, H, null, ns, encoderMask);
		const mlp = mlpSublayerForward(P, `encoder.layer${l}.mlp`, attention.out, ns, d, dFF);
		encoderLayers.push({ attention, mlp });
		x = mlp.out;
	}
	const memory = new Float64Array(ns * d);
	const encMean = new Float64Array(ns);
	const encRstd = new Float64Array(ns);
	layerNormForward(x, ns, d, P['encoder.finalNorm.gain'], P['encoder.finalNorm.bias'], memory, encMean, encRstd);
	const encoder = { layers: encoderLayers, last: x, out: memory, mean: encMean, rstd: encRstd };

	let y = embed(P, P['decoder.positionEmbedding'], target, d);
	const decoderLayers: Trace['decoder']['layers'] = [];
	for (let l = 0; l < nLayers; l++) {
		const attention = attentionSublayerForward(P, `decoder.layer${l}.attention`, y, nt, d, H, null, nt, decoderMask);
		const cross = attentionSublayerForward(P, `decoder.layer${l}.cross`, attention.out, nt, d, H, memory, ns, crossMask);
		const mlp = mlpSublayerForward(P, `decoder.layer${l}.mlp`, cross.out, nt, d, dFF);
		decoderLayers.push({ attention, cross, mlp });
		y = mlp.out;
	}
	const out = new Float64Array(nt * d);
	const decMean = new Float64Array(nt);
	const decRstd = new Float64Array(nt);
	layerNormForward(y, nt, d, P['decoder.finalNorm.gain'], P['decoder.finalNorm.bias'], out, decMean, decRstd);
	const logits = new Float64Array(nt * V);
	tiedHeadForward(out, nt, d, P.tokenEmbedding, V, logits);
	return { ns, nt, encoder, decoder: { layers: decoderLayers, last: y, out, mean: decMean, rstd: decRstd }, logits };
}

/**
 * Logits for every target position (logits[t] scores the token after target[t]) and the three kinds of attention,
 * each [layer][head][query][key]: encoder self-attention (source x source, all visible), decoder self-attention
 * (target x target, causal) and cross-attention (target queries x source keys). Throws a RangeError naming
 * `source` or `target` for an empty, too long or out-of-vocabulary sequence.
 */
export function forwardEncoderDecoder(
	model: Transformer,
	source: number[],
	target: number[]
): { logits: Float32Array[]; encoderAttention: number[][][][]; decoderAttention: number[][][][]; crossAttention: number[][][][] } {
	const trace = run(model, source, target);
	const { vocabSize: V, nHeads: H } = model.config;
	const { ns, nt } = trace;
	const logits: Float32Array[] = [];
	for (let t = 0; t < nt; t++) logits.push(Float32Array.from(trace.logits.subarray(t * V, (t + 1) * V)));
	return {
		logits,
		encoderAttention: trace.encoder.layers.map((l) => nestAttention(l.attention.probs, H, ns, ns)),
		decoderAttention: trace.decoder.layers.map((l) => nestAttention(l.attention.probs, H, nt, nt)),
		crossAttention: trace.decoder.layers.map((l) => nestAttention(l.cross.probs, H, nt, ns))
	};
}

/** Adds one pair's gradients into `grads` for a loss normalised by `normaliser`; returns Σ w CE / normaliser. */
export function accumulateEncoderDecoderGradients(
	model: Transformer,
	source: number[],
	target: number[],
	targets: number[],
	lossWeights: number[],
	grads: Grads,
	normaliser?: number
): number {
	const trace = run(model, source, target);
	const sum = checkTargets(targets, lossWeights, target.length, model.config.vocabSize);
	const { config, params: P } = model;
	const { vocabSize: V, dModel: d, nHeads: H, dFF, nLayers } = config;
	const { ns, nt } = trace;
	const G = grads;
	const dlogits = new Float64Array(nt * V);
	const loss = crossEntropyForwardBackward(trace.logits, nt, V, targets, lossWeights, normaliser ?? sum, dlogits);
	const dOut = new Float64Array(nt * d);
	tiedHeadBackward(trace.decoder.out, nt, d, P.tokenEmbedding, V, dlogits, dOut, G.tokenEmbedding);
	let dy: Acts = new Float64Array(nt * d);
	layerNormBackward(trace.decoder.last, nt, d, P['decoder.finalNorm.gain'], trace.decoder.mean, trace.decoder.rstd, dOut, dy, G['decoder.finalNorm.gain'], G['decoder.finalNorm.bias']);
	const dMemory = new Float64Array(ns * d);
	for (let l = nLayers - 1; l >= 0; l--) {
		const { attention, cross, mlp } = trace.decoder.layers[l];
		dy = mlpSublayerBackward(P, G, `decoder.layer${l}.mlp`, mlp, nt, d, dFF, dy);
		dy = attentionSublayerBackward(P, G, `decoder.layer${l}.cross`, cross, nt, d, H, trace.encoder.out, ns, dy, dMemory);
		dy = attentionSublayerBackward(P, G, `decoder.layer${l}.attention`, attention, nt, d, H, null, nt, dy, null);
	}
	addEmbeddingGradient(G, 'decoder.positionEmbedding', target, dy, d);
	let dx: Acts = new Float64Array(ns * d);
	layerNormBackward(trace.encoder.last, ns, d, P['encoder.finalNorm.gain'], trace.encoder.mean, trace.encoder.rstd, dMemory, dx, G['encoder.finalNorm.gain'], G['encoder.finalNorm.bias']);
	for (let l = nLayers - 1; l >= 0; l--) {
		const { attention, mlp } = trace.encoder.layers[l];
		dx = mlpSublayerBackward(P, G, `encoder.layer${l}.mlp`, mlp, ns, d, dFF, dx);
		dx = attentionSublayerBackward(P, G, `encoder.layer${l}.attention`, attention, ns, d, H, null, ns, dx, null);
	}
	addEmbeddingGradient(G, 'encoder.positionEmbedding', source, dx, d);
	return loss;
}

function addEmbeddingGradient(G: Grads, positionName: string, tokens: readonly number[], dx: Acts, d: number): void {
	const dE = G.tokenEmbedding;
	const dPos = G[positionName];
	for (let t = 0; t < tokens.length; t++) {
		for (let i = 0; i < d; i++) {
			dE[tokens[t] * d + i] += dx[t * d + i];
			dPos[t * d + i] += dx[t * d + i];
		}
	}
}

/**
 * Weighted mean cross-entropy of predicting `targets` (targets[t] follows target[t]; teacher forcing) from `source`,
 * and its gradient for every parameter. Weights default to 1 everywhere.
 */
export function encoderDecoderLossAndGradients(
	model: Transformer,
	source: number[],
	target: number[],
	targets: number[],
	lossWeights: number[] = targets.map(() => 1)
): { loss: number; gradients: Record<string, Float32Array> } {
	const grads = zeroGradients(model.params);
	const loss = accumulateEncoderDecoderGradients(model, source, target, targets, lossWeights, grads);
	const gradients: Record<string, Float32Array> = {};
	for (const [name, g] of Object.entries(grads)) gradients[name] = Float32Array.from(g);
	return { loss, gradients };
}

/** Greedy decoding: starts the target with `start`, appends the most likely token until `end` or maxLength tokens
 * (the start not counted); returns the generated tokens without start and end. */
export function greedyDecode(model: Transformer, source: number[], start: number, end: number, maxLength = model.config.contextLength - 1): number[] {
	const target = [start];
	const out: number[] = [];
	const limit = Math.min(maxLength, model.config.contextLength - 1);
	while (out.length < limit) {
		const { logits } = forwardEncoderDecoder(model, source, target);
		const last = logits[logits.length - 1];
		let best = 0;
		for (let v = 1; v < last.length; v++) if (last[v] > last[best]) best = v;
		if (best === end) break;
		out.push(best);
		target.push(best);
	}
	return out;
}
