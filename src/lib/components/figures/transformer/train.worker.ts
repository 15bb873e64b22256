// Trains a Transformer from scratch off the main thread: a step at a time in slices of about SLICE_MS, so pause and
// step messages are handled promptly; held-out loss every EVAL_EVERY steps; a report (curve points and the attention
// on the viewer's text) at most every REPORT_MS. The page only draws what arrives.
import { LiveTrainer, type LivePoint } from '$lib/transformer-view/live-trainer';
import type { FromWorker, ToWorker } from './protocol';

const SLICE_MS = 40;
const REPORT_MS = 400;
const EVAL_EVERY = 25;
const POINT_EVERY = 5;

const corpora = import.meta.glob('/src/lib/transformer/corpora/*.txt', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

let trainer: LiveTrainer | null = null;
let run = 0;
let seq = 0;
let running = false;
let pending: LivePoint[] = [];
let lastReport = 0;
let seconds = 0;
let beatBigramAt: number | null = null;
let view: { chars: string[]; prefix: number } = { chars: [], prefix: 1 };
let timer: ReturnType<typeof setTimeout> | undefined;

const post = (message: FromWorker) => (self as unknown as Worker).postMessage(message);

function report() {
	if (!trainer) return;
	post({
		type: 'progress',
		run,
		seq,
		points: pending,
		running,
		step: trainer.step,
		seconds,
		bigram: trainer.bigramLoss,
		beatBigramAt,
		attention: trainer.attention(view.chars, view.prefix),
		vocabSize: trainer.vocab.tokens.length
	});
	pending = [];
	lastReport = performance.now();
}

function stepOnce() {
	if (!trainer) return;
	trainer.stepOnce();
	const evalNow = trainer.step % EVAL_EVERY === 0;
	if (evalNow || trainer.step % POINT_EVERY === 0) {
		const point = trainer.point(evalNow);
		pending.push(point);
		if (point.held !== null && point.held < trainer.bigramLoss && beatBigramAt === null) beatBigramAt = seconds;
	}
}

function loop() {
	if (!trainer || !running) return;
	const start = performance.now();
	do stepOnce();
	while (performance.now() - start < SLICE_MS);
	seconds += (performance.now() - start) / 1000;
	if (performance.now() - lastReport >= REPORT_MS) report();
	timer = setTimeout(loop, 0);
}

self.onmessage = async (event: MessageEvent<ToWorker>) => {
	const message = event.data;
	seq = message.seq;
	try {
		switch (message.type) {
			case 'init': {
				clearTimeout(timer);
				running = false;
				run = message.run;
				trainer = null;
				const text = await corpora[`/src/lib/transformer/corpora/${message.lang}.txt`]();
				if (run !== message.run) return; // a newer init arrived while the corpus loaded
				trainer = new LiveTrainer(text, message.lang, message.objective, message.seed);
				view = { chars: message.chars, prefix: message.prefix };
				seconds = 0;
				beatBigramAt = null;
				pending = [{ step: 0, train: NaN, held: trainer.heldLoss() }];
				report();
				break;
			}
			case 'start':
				if (!trainer || running) return report();
				running = true;
				timer = setTimeout(loop, 0);
				break;
			case 'pause':
				clearTimeout(timer);
				running = false;
				report();
				break;
			case 'step': {
				if (!trainer || running) return;
				const start = performance.now();
				for (let i = 0; i < message.count; i++) stepOnce();
				seconds += (performance.now() - start) / 1000;
				pending.push(trainer.point(true));
				report();
				break;
			}
			case 'view':
				view = { chars: message.chars, prefix: message.prefix };
				if (!running) report();
				break;
		}
	} catch (error) {
		running = false;
		post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
	}
};
