// Early stopping on the held-out loss: training stops by itself once the held-out loss has not improved for a while.
// Past that point the bigram model keeps fitting the training text's pairs more closely; a pair of the held-out text
// that the training text has few or none of gets a probability that keeps shrinking, so the held-out loss climbs
// (overfitting). Pure: the worker feeds it the held-out loss every CHECK_EVERY steps.

/** Steps between two measurements of the held-out loss (each costs a pass over the held-out pairs). */
export const CHECK_EVERY = 25;
/** Steps without an improvement after which training stops. */
export const PATIENCE = 500;
/** An improvement smaller than this (nats) does not count: the loss has levelled off. */
export const MIN_DELTA = 1e-4;

export interface StopState {
	/** The lowest held-out loss seen, and the step it was seen at. */
	bestLoss: number;
	bestStep: number;
	/** Training stopped by itself at this step (null while it may go on). */
	stoppedAt: number | null;
}

export class EarlyStopping {
	readonly patience: number;
	readonly minDelta: number;
	#best = Infinity;
	#bestStep = 0;
	#stoppedAt: number | null = null;

	constructor(patience = PATIENCE, minDelta = MIN_DELTA) {
		if (!(Number.isInteger(patience) && patience > 0)) throw new RangeError(`patience must be a positive integer, got ${patience}`);
		if (!(minDelta >= 0)) throw new RangeError(`minDelta must be >= 0, got ${minDelta}`);
		this.patience = patience;
		this.minDelta = minDelta;
	}

	/** Records the held-out loss at a step; returns true when training should stop now. A null loss (no held-out
	 * pairs) never stops training. */
	observe(step: number, heldLoss: number | null): boolean {
		if (heldLoss === null || !Number.isFinite(heldLoss)) return false;
		if (heldLoss < this.#best - this.minDelta) {
			this.#best = heldLoss;
			this.#bestStep = step;
		}
		if (this.#stoppedAt === null && step - this.#bestStep >= this.patience) {
			this.#stoppedAt = step;
			return true;
		}
		return false;
	}

	/** The learner chose to train on after a stop: patience starts again from this step. */
	resume(step: number) {
		this.#stoppedAt = null;
		this.#bestStep = Math.max(this.#bestStep, step);
	}

	get state(): StopState | null {
		return Number.isFinite(this.#best) ? { bestLoss: this.#best, bestStep: this.#bestStep, stoppedAt: this.#stoppedAt } : null;
	}
}
