// Training a decoder from scratch, as the page's worker does it: the shipped models' recipe (shape, AdamW, batch,
// learning-rate schedule; src/lib/transformer/recipes.ts) on a language's corpus, under the objective the learner picks,
// from a seed. Pure and synchronous so it runs the same in a Web Worker, in Node tests and in the benchmark. The
// held-out loss is measured on a fixed slice of the held-out windows, beside the best bigram on exactly those positions.
import { createTransformer, forward, type Transformer } from '$lib/transformer';
import { splitCorpus } from '$lib/transformer/corpus';
import { createAdamW, type AdamWState } from '$lib/transformer/optimizer';
import { batchRandom, DECODER_RECIPES, DECODER_SHAPE } from '$lib/transformer/recipes';
import { bestBigram, evaluate, heldOutSequences, learningRateAt, makeBatch, trainStep, type Objective, type Sequence } from '$lib/transformer/train';
import { buildVocab, encode, type Vocab } from '$lib/transformer/vocab';
import { LIVE_LEARNING_RATE } from './settings';
import { viewMask } from './view';

/** Held-out windows scored at each evaluation: enough for a steady number, few enough to take well under a second. */
export const EVAL_WINDOWS = 12;
/** Steps the learning-rate schedule is laid out over (training may go on past it at the floor rate). */
export const SCHEDULE_STEPS = 1500;

export interface LivePoint {
	step: number;
	/** Mean training loss over the steps since the last point (nats). */
	train: number;
	/** Held-out loss (nats), when measured at this point. */
	held: number | null;
}

export class LiveTrainer {
	readonly vocab: Vocab;
	readonly objective: Objective;
	readonly model: Transformer;
	readonly bigramLoss: number;
	readonly heldSequences: Sequence[];
	step = 0;
	#train: number[];
	#optimizer: AdamWState;
	#random: () => number;
	#recipe = DECODER_RECIPES[0];
	#sum = 0;
	#count = 0;

	constructor(text: string, lang: 'en' | 'zh', objective: Objective, seed: number) {
		const recipe = DECODER_RECIPES.find((r) => r.lang === lang && r.objective === objective) ?? DECODER_RECIPES[0];
		this.#recipe = recipe;
		this.objective = objective;
		this.vocab = buildVocab(text, recipe.maxVocab);
		const split = splitCorpus(text, this.vocab);
		this.#train = split.train;
		this.heldSequences = heldOutSequences(split.held, DECODER_SHAPE.contextLength, objective, recipe.evalSeed, EVAL_WINDOWS);
		this.bigramLoss = bestBigram(split.train, this.vocab.tokens.length, this.heldSequences).loss;
		this.model = createTransformer({ ...DECODER_SHAPE, vocabSize: this.vocab.tokens.length }, seed);
		this.#optimizer = createAdamW(this.model.params);
		this.#random = batchRandom(seed);
	}

	/** One optimisation step; returns its batch loss. */
	stepOnce(): number {
		const r = this.#recipe;
		const batch = makeBatch(this.#train, r.batchSize, DECODER_SHAPE.contextLength, this.objective, this.#random);
		const { loss } = trainStep(this.model, this.#optimizer, batch, {
			learningRate: learningRateAt(this.step, LIVE_LEARNING_RATE, r.warmup, SCHEDULE_STEPS),
			weightDecay: r.weightDecay,
			clipNorm: r.clipNorm
		});
		this.step += 1;
		this.#sum += loss;
		this.#count += 1;
		return loss;
	}

	/** Mean held-out loss in nats on the fixed windows. */
	heldLoss(): number {
		return evaluate(this.model, this.heldSequences);
	}

	/** The point for the curve: mean training loss since the last point, and the held-out loss if asked for. */
	point(withHeld: boolean): LivePoint {
		const train = this.#count > 0 ? this.#sum / this.#count : NaN;
		this.#sum = 0;
		this.#count = 0;
		return { step: this.step, train, held: withHeld ? this.heldLoss() : null };
	}

	/** The model's attention on some characters, under its own objective's mask (prefix: `prefix` characters). */
	attention(chars: readonly string[], prefix: number): number[][][][] {
		const n = Math.min(chars.length, DECODER_SHAPE.contextLength);
		if (n === 0) return [];
		const ids = chars.slice(0, n).map((c) => encode(this.vocab, c)[0] ?? this.vocab.unk);
		return forward(this.model, ids, viewMask(this.objective, n, prefix)).attention;
	}
}
