// Trains the bigram model off the main thread, in slices of about 25 ms so that pause and step messages are handled
// promptly, and reports at most every PROGRESS_MS: the page never waits on training.
import { CHECK_EVERY, EarlyStopping } from '$lib/lm/early-stopping';
import { BigramTrainer, MAX_STEPS } from '$lib/lm/trainer';
import type { TrainStats } from '$lib/lm/trainer';
import type { FromWorker, ToWorker } from './protocol';

const SLICE_MS = 25;
const PROGRESS_MS = 200;

let trainer: BigramTrainer | null = null;
let stopping = new EarlyStopping();
/** Which run the messages belong to: progress from a run the page has since reset is ignored there. */
let run = 0;
let seq = 0;
let running = false;
let pending: TrainStats[] = [];
let lastPost = 0;
let runStart = { time: 0, step: 0 };
let timer: ReturnType<typeof setTimeout> | undefined;

const post = (message: FromWorker, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

/** Steps 1, 2, 4, 8, ... are always measured, so the curve shows the fast early fall whatever the timing. */
const isMilestone = (step: number) => (step & (step - 1)) === 0;

function report() {
	if (!trainer) return;
	const now = performance.now();
	const last = pending[pending.length - 1];
	if (!last || last.step !== trainer.step) pending.push(trainer.stats());
	const logits = trainer.logits.slice();
	const elapsed = (now - runStart.time) / 1000;
	post(
		{
			type: 'progress',
			run,
			seq,
			points: pending,
			logits,
			running,
			floor: trainer.floor,
			stepsPerSecond: running && elapsed > 0 ? (trainer.step - runStart.step) / elapsed : 0,
			stop: stopping.state
		},
		[logits.buffer]
	);
	pending = [];
	lastPost = now;
}

/** One step; returns true when early stopping says to stop (the held-out loss has not improved for PATIENCE steps). */
function step(): boolean {
	if (!trainer) return true;
	trainer.stepOnce();
	if (isMilestone(trainer.step)) pending.push(trainer.stats());
	if (trainer.step % CHECK_EVERY !== 0 || !stopping.observe(trainer.step, trainer.heldLoss())) return false;
	pending.push(trainer.stats()); // the curve shows the step it stopped at
	return true;
}

function loop() {
	if (!trainer || !running) return;
	const sliceEnd = performance.now() + SLICE_MS;
	let stopped = false;
	while (!stopped && performance.now() < sliceEnd && trainer.step < MAX_STEPS) stopped = step();
	if (stopped || trainer.step >= MAX_STEPS) running = false;
	if (!running || performance.now() - lastPost >= PROGRESS_MS) report();
	if (running) timer = setTimeout(loop, 0);
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
	const message = event.data;
	seq = message.seq;
	try {
		switch (message.type) {
			case 'init':
				clearTimeout(timer);
				running = false;
				run = message.run;
				trainer = new BigramTrainer(message.config);
				stopping = new EarlyStopping();
				stopping.observe(0, trainer.heldLoss());
				pending = [trainer.stats()];
				report();
				break;
			case 'start':
				if (!trainer) return;
				// Already running: say so, so the page's idea of the state cannot drift from the worker's.
				if (running) return report();
				running = true;
				// Pressed again after training stopped by itself: the learner trains on, with fresh patience.
				if (stopping.state?.stoppedAt != null) stopping.resume(trainer.step);
				runStart = { time: performance.now(), step: trainer.step };
				loop();
				break;
			case 'pause':
				clearTimeout(timer);
				running = false;
				report();
				break;
			case 'step':
				clearTimeout(timer);
				running = false;
				if (trainer && stopping.state?.stoppedAt != null) stopping.resume(trainer.step);
				for (let i = 0; i < message.count && trainer && trainer.step < MAX_STEPS; i++) step();
				report();
				break;
		}
	} catch (error) {
		post({ type: 'error', message: String(error) });
	}
};
