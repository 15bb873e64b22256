// Messages between the Transformer figure and its training worker.
import type { LivePoint } from '$lib/transformer-view/live-trainer';
import type { DecoderMask } from '$lib/transformer-view/settings';

/** Every command carries a sequence number that reports echo: a report sent before the latest command was handled
 * cannot overwrite the page's running/paused state. */
export type ToWorker =
	| { type: 'init'; seq: number; run: number; lang: 'en' | 'zh'; objective: DecoderMask; seed: number; chars: string[]; prefix: number }
	| { type: 'start'; seq: number }
	| { type: 'pause'; seq: number }
	| { type: 'step'; seq: number; count: number }
	/** The viewer's text changed: report the model's attention on it. */
	| { type: 'view'; seq: number; chars: string[]; prefix: number };

export interface LiveProgress {
	type: 'progress';
	run: number;
	seq: number;
	/** New points for the curves since the last report. */
	points: LivePoint[];
	running: boolean;
	step: number;
	/** Seconds spent training so far (wall time while running). */
	seconds: number;
	/** The best bigram's loss on the same held-out positions. */
	bigram: number;
	/** Training seconds when the held-out loss first went below the bigram's, or null. */
	beatBigramAt: number | null;
	/** attention[layer][head][q][k] on the viewer's text, under the training mask. */
	attention: number[][][][];
	vocabSize: number;
}

export type FromWorker = LiveProgress | { type: 'error'; message: string };
