// Messages between the tiny-LM figure and its training worker.
import type { TrainConfig, TrainStats } from '$lib/lm/trainer';

export type ToWorker =
	| { type: 'init'; run: number; config: TrainConfig }
	| { type: 'start' }
	| { type: 'pause' }
	/** Take this many steps, then stop. */
	| { type: 'step'; count: number };

export interface Progress {
	type: 'progress';
	run: number;
	/** Stats measured since the last message (the curve's new points), the last one current. */
	points: TrainStats[];
	/** A copy of the current logits (V x V), transferred. */
	logits: Float32Array;
	running: boolean;
	/** The counting estimate's conditional entropy on the training pairs: the floor of the training loss. */
	floor: number;
	/** Training steps per second over the last running stretch (0 when not running). */
	stepsPerSecond: number;
}

export type FromWorker = Progress | { type: 'error'; message: string };
