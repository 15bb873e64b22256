// Messages between the tiny-LM figure and its training worker.
import type { StopState } from '$lib/lm/early-stopping';
import type { TrainConfig, TrainStats } from '$lib/lm/trainer';

/** Every command carries a sequence number that the worker's reports echo: a report sent before the latest command
 * was handled cannot overwrite the page's running/paused state. */
export type ToWorker =
	| { type: 'init'; seq: number; run: number; config: TrainConfig }
	| { type: 'start'; seq: number }
	| { type: 'pause'; seq: number }
	/** Take this many steps, then stop. */
	| { type: 'step'; seq: number; count: number };

export interface Progress {
	type: 'progress';
	run: number;
	/** The last command handled. */
	seq: number;
	/** Stats measured since the last message (the curve's new points), the last one current. */
	points: TrainStats[];
	/** A copy of the current logits (V x V), transferred. */
	logits: Float32Array;
	running: boolean;
	/** The counting estimate's conditional entropy on the training pairs: the floor of the training loss. */
	floor: number;
	/** Training steps per second over the last running stretch (0 when not running). */
	stepsPerSecond: number;
	/** Early stopping: the best held-out loss so far and where training stopped by itself (null without held-out pairs
	 * or before the first check). */
	stop: StopState | null;
}

export type FromWorker = Progress | { type: 'error'; message: string };
