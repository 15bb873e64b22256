// One training run of the bigram model: the loop the Web Worker drives, kept free of any browser API so it can be
// tested (and its speed measured) in Node.
import { countingEntropy, countPairs, initLogits, klToCounting, lossAndGrad, meanNll, type PairCounts } from './bigram';
import { createOptimiser, optimiserStep, type OptimiserKind, type OptimiserState } from './optim';
import { deriveSeed, mulberry32 } from '$lib/random';

/** Training stops by itself here at the latest: long past convergence for the shipped corpora (early stopping on the
 * held-out loss, early-stopping.ts, usually stops it well before). */
export const MAX_STEPS = 20_000;

export interface TrainConfig {
	train: Int32Array;
	held: Int32Array;
	V: number;
	seed: number;
	lr: number;
	optimiser: OptimiserKind;
	/** Pairs per step; 0 means every training pair (full-batch gradient descent). */
	batch: number;
}

export interface TrainStats {
	step: number;
	/** Mean NLL over all training pairs, nats. */
	trainLoss: number;
	/** Mean NLL over held-out pairs, nats; null when the held-out part has no pair. */
	heldLoss: number | null;
	/** Count-weighted KL from the counting estimate (training pairs) to the model, nats. */
	kl: number;
}

export class BigramTrainer {
	readonly V: number;
	readonly logits: Float32Array;
	readonly trainCounts: PairCounts;
	readonly heldCounts: PairCounts;
	/** The lowest training loss a bigram model can reach: the counting estimate's conditional entropy. */
	readonly floor: number;
	step = 0;
	#grad: Float32Array;
	#optimiser: OptimiserState;
	#config: TrainConfig;
	#random: () => number;

	constructor(config: TrainConfig) {
		this.#config = config;
		this.V = config.V;
		this.logits = initLogits(config.V, config.seed);
		this.#grad = new Float32Array(config.V * config.V);
		this.#optimiser = createOptimiser(config.optimiser, config.V * config.V);
		this.trainCounts = countPairs(config.train, config.V);
		this.heldCounts = countPairs(config.held, config.V);
		this.floor = countingEntropy(this.trainCounts);
		this.#random = mulberry32(deriveSeed(config.seed, 1));
	}

	/** One gradient step; returns the loss of the batch it used (nats). */
	stepOnce(): number {
		const { batch, lr, train } = this.#config;
		const pairs = train.length - 1;
		let counts = this.trainCounts;
		if (batch > 0 && batch < pairs) {
			const positions = new Int32Array(batch);
			for (let i = 0; i < batch; i++) positions[i] = Math.floor(this.#random() * pairs);
			counts = countPairs(train, this.V, positions);
		}
		const loss = lossAndGrad(this.logits, counts, this.#grad);
		optimiserStep(this.#optimiser, this.logits, this.#grad, counts.rows, this.V, lr);
		this.step += 1;
		return loss;
	}

	/** Mean NLL over the held-out pairs (nats), null without any: what early stopping watches. */
	heldLoss(): number | null {
		return this.heldCounts.total > 0 ? meanNll(this.logits, this.heldCounts) : null;
	}

	stats(): TrainStats {
		return {
			step: this.step,
			trainLoss: meanNll(this.logits, this.trainCounts),
			heldLoss: this.heldLoss(),
			kl: klToCounting(this.logits, this.trainCounts)
		};
	}
}
