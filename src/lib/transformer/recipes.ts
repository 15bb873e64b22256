// How each shipped model is trained (read by scripts/train-transformer.js and recorded in each weights file).
// Chosen for this project's budgets: a forward pass over 64 tokens well inside a frame, each model trained in a few
// minutes of Node on a 2-core machine, every file under 200 kilobytes gzip.
import { deriveSeed, mulberry32 } from '$lib/random';
import { accumulateEncoderDecoderGradients, createEncoderDecoder, encoderDecoderShapes } from './encoder-decoder';
import { zeroGradients, type Transformer, type TransformerConfig } from './index';
import { adamWStep, createAdamW } from './optimizer';
import { exactMatchAccuracy, heldOutWords, randomWord, REVERSE_MAX_LENGTH, reverseExample, reverseVocab, type ReverseExample } from './reverse-task';
import { learningRateAt, type Objective } from './train';
import { encodeWeights, quantizeModel, type WeightsMeta } from './weights';

export interface DecoderRecipe {
	id: 'en-causal' | 'en-prefix' | 'zh-causal' | 'zh-prefix';
	lang: 'en' | 'zh';
	objective: Objective;
	/** The shape; vocabSize comes from the corpus (at most maxVocab). */
	shape: Omit<TransformerConfig, 'vocabSize'>;
	maxVocab: number;
	seed: number;
	/** Seed of the held-out prefix lengths (prefix objective). */
	evalSeed: number;
	steps: number;
	batchSize: number;
	learningRate: number;
	warmup: number;
	weightDecay: number;
	clipNorm: number;
	evalEvery: number;
}

/** The shape every shipped decoder shares: 2 layers of width 48 with 4 heads of 12, MLP 4x, 64 positions. */
export const DECODER_SHAPE: Omit<TransformerConfig, 'vocabSize'> = { contextLength: 64, dModel: 48, nLayers: 2, nHeads: 4, dFF: 192 };

const common = {
	shape: DECODER_SHAPE,
	evalSeed: 2024,
	batchSize: 4,
	learningRate: 5e-3,
	warmup: 50,
	weightDecay: 0.1,
	clipNorm: 1,
	evalEvery: 100
};

export const DECODER_RECIPES: DecoderRecipe[] = [
	{ ...common, id: 'en-causal', lang: 'en', objective: 'causal', maxVocab: 120, seed: 1, steps: 2000 },
	{ ...common, id: 'en-prefix', lang: 'en', objective: 'prefix', maxVocab: 120, seed: 1, steps: 3000 },
	{ ...common, id: 'zh-causal', lang: 'zh', objective: 'causal', maxVocab: 1000, seed: 1, steps: 1500 },
	{ ...common, id: 'zh-prefix', lang: 'zh', objective: 'prefix', maxVocab: 1000, seed: 1, steps: 2000 }
];

/** The batch stream of a training run: its own derived seed, so batches do not share a stream with the weights. */
export function batchRandom(seed: number): () => number {
	return mulberry32(deriveSeed(seed, 1));
}

/** The encoder-decoder: 2 encoder and 2 decoder layers of width 32, 4 heads; contexts of 9 (8 letters + <s>). */
export const ENCODER_DECODER_RECIPE = {
	id: 'enc-dec' as const,
	shape: { contextLength: REVERSE_MAX_LENGTH + 1, dModel: 32, nLayers: 2, nHeads: 4, dFF: 128 },
	seed: 1,
	steps: 700,
	batchSize: 32,
	learningRate: 4e-3,
	warmup: 100,
	weightDecay: 0.01,
	clipNorm: 1,
	evalEvery: 100,
	heldOutWords: 300
};

/** Trains the encoder-decoder on the reverse task and returns its weights file (see scripts/train-transformer.js). */
export function trainEncoderDecoder(stepsOverride: number | undefined, date: string, log: (line: string) => void): { bytes: Uint8Array; meta: WeightsMeta } {
	const r = ENCODER_DECODER_RECIPE;
	const started = Date.now();
	const vocab = reverseVocab();
	const config = { ...r.shape, vocabSize: vocab.tokens.length };
	const model = createEncoderDecoder(config, r.seed);
	const optimizer = createAdamW(model.params);
	const held = heldOutWords(r.seed, r.heldOutWords);
	const heldSet = new Set(held);
	const heldExamples = held.map((w) => reverseExample(vocab, w));
	const random = batchRandom(r.seed);
	const steps = stepsOverride ?? r.steps;
	const heldLoss = (m: Transformer) => {
		let sum = 0;
		let count = 0;
		for (const e of heldExamples) {
			const grads = zeroGradients(m.params);
			sum += accumulateEncoderDecoderGradients(m, e.source, e.target, e.targets, e.targets.map(() => 1), grads, 1);
			count += e.targets.length;
		}
		return sum / count;
	};
	log(`enc-dec: reverse a word of 1-${REVERSE_MAX_LENGTH} letters, ${Object.values(model.params).reduce((n, t) => n + t.length, 0)} parameters, ${steps} steps`);
	const curve: { step: number; train: number; heldOut: number }[] = [];
	for (let step = 0; step < steps; step++) {
		const batch: ReverseExample[] = [];
		while (batch.length < r.batchSize) {
			const word = randomWord(random);
			if (!heldSet.has(word)) batch.push(reverseExample(vocab, word));
		}
		const grads = zeroGradients(model.params);
		const normaliser = batch.reduce((n, e) => n + e.targets.length, 0);
		let loss = 0;
		for (const e of batch) loss += accumulateEncoderDecoderGradients(model, e.source, e.target, e.targets, e.targets.map(() => 1), grads, normaliser);
		adamWStep(model.params, optimizer, grads, {
			learningRate: learningRateAt(step, r.learningRate, r.warmup, steps),
			weightDecay: r.weightDecay,
			clipNorm: r.clipNorm
		});
		if ((step + 1) % r.evalEvery === 0 || step + 1 === steps) {
			const h = heldLoss(model);
			curve.push({ step: step + 1, train: Number(loss.toFixed(4)), heldOut: Number(h.toFixed(4)) });
			log(`  step ${step + 1}: train ${loss.toFixed(4)}, held-out ${h.toFixed(4)}, ${Math.round((Date.now() - started) / 1000)} s`);
		}
	}
	const shapes = encoderDecoderShapes(config);
	const floatLoss = heldLoss(model);
	const floatAccuracy = exactMatchAccuracy(model, vocab, held);
	const quantized = quantizeModel(model, shapes);
	const heldOutLoss = heldLoss(quantized);
	const accuracy = exactMatchAccuracy(quantized, vocab, held);
	log(`  held-out: loss float32 ${floatLoss.toFixed(4)}, int8 ${heldOutLoss.toFixed(4)}; exact match float32 ${floatAccuracy}, int8 ${accuracy}`);
	const meta: WeightsMeta = {
		id: r.id,
		kind: 'encoder-decoder',
		lang: 'none',
		config,
		vocab: vocab.tokens,
		parameterCount: Object.values(model.params).reduce((n, t) => n + t.length, 0),
		task: `reverse a word of 1 to ${REVERSE_MAX_LENGTH} random letters a-z; the target starts with <s> and ends with <s>`,
		recipe: {
			optimizer: 'AdamW',
			learningRate: r.learningRate,
			schedule: `linear warm-up ${r.warmup} steps, cosine decay to 0.1x`,
			batchSize: r.batchSize,
			weightDecay: r.weightDecay,
			clipNorm: r.clipNorm,
			dropout: 0
		},
		heldOutWords: held.length,
		heldOutLoss: Number(heldOutLoss.toFixed(6)),
		heldOutLossFloat32: Number(floatLoss.toFixed(6)),
		heldOutExactMatch: accuracy,
		heldOutExactMatchFloat32: floatAccuracy,
		quantization: 'int8 per row (matrices), float32 (vectors)',
		trainSteps: steps,
		seed: r.seed,
		date,
		curve
	};
	return { bytes: encodeWeights(model, meta, shapes), meta };
}
