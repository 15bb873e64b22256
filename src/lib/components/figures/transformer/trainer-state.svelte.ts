// The live-training panel's state: a worker trains a decoder from scratch under the mask the learner picked; this
// class sends it commands and keeps its reports (curve points, the attention on the viewer's text). The worker starts
// only when the learner first asks for training.
import type { LivePoint } from '$lib/transformer-view/live-trainer';
import type { DecoderMask } from '$lib/transformer-view/settings';
import type { FromWorker, LiveProgress, ToWorker } from './protocol';

/** Points kept per curve; older ones are thinned beyond this. */
const MAX_POINTS = 400;

export type TrainerStatus = 'idle' | 'loading' | 'ready' | 'running' | 'unsupported' | 'error';

export interface TrainerSetup {
	lang: 'en' | 'zh';
	objective: DecoderMask;
	seed: number;
	chars: string[];
	prefix: number;
}

export class TrainerState {
	status: TrainerStatus = $state('idle');
	history: LivePoint[] = $state.raw([]);
	latest: LiveProgress | null = $state.raw(null);

	#worker: Worker | null = null;
	#run = 0;
	#seq = 0;
	#setup: TrainerSetup | null = null;
	/** What to do once the worker has the model ready. */
	#then: 'start' | 'step' | null = null;

	/** A new mask or seed: a fresh model (the worker is told only if it is already there). */
	configure(setup: TrainerSetup) {
		const same = this.#setup && this.#setup.objective === setup.objective && this.#setup.seed === setup.seed && this.#setup.lang === setup.lang;
		this.#setup = setup;
		if (same) return this.view(setup.chars, setup.prefix);
		if (this.#worker) this.reset();
	}

	/** The viewer's text changed. */
	view(chars: string[], prefix: number) {
		if (this.#setup) this.#setup = { ...this.#setup, chars, prefix };
		this.#send({ type: 'view', seq: ++this.#seq, chars, prefix });
	}

	start() {
		if (!this.#ensureWorker('start')) return;
		if (this.status !== 'ready') return;
		this.status = 'running';
		this.#send({ type: 'start', seq: ++this.#seq });
	}
	pause() {
		if (this.status === 'running') this.status = 'ready';
		this.#send({ type: 'pause', seq: ++this.#seq });
	}
	step(count = 1) {
		if (!this.#ensureWorker('step')) return;
		if (this.status !== 'ready') return;
		this.#send({ type: 'step', seq: ++this.#seq, count });
	}
	reset() {
		this.#run += 1;
		this.history = [];
		this.latest = null;
		if (!this.#worker || !this.#setup) return;
		this.status = 'loading';
		this.#send({ type: 'init', seq: ++this.#seq, run: this.#run, ...this.#setup, chars: [...this.#setup.chars] });
	}
	destroy() {
		this.#worker?.terminate();
		this.#worker = null;
	}

	/** True when the worker is up and ready for the command; else starts it and remembers the command. */
	#ensureWorker(then: 'start' | 'step'): boolean {
		if (this.#worker) return true;
		if (typeof Worker === 'undefined') {
			this.status = 'unsupported';
			return false;
		}
		try {
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- the worker's address, not state; Vite bundles the file it names
			this.#worker = new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' });
		} catch {
			this.status = 'unsupported';
			return false;
		}
		this.#worker.onmessage = (event: MessageEvent<FromWorker>) => this.#receive(event.data);
		this.#worker.onerror = () => (this.status = 'error');
		this.#then = then;
		this.reset();
		return false;
	}

	#send(message: ToWorker) {
		this.#worker?.postMessage(message);
	}

	#receive(message: FromWorker) {
		if (message.type === 'error') {
			this.status = 'error';
			return;
		}
		if (message.run !== this.#run) return;
		let history = [...this.history, ...message.points];
		while (history.length > MAX_POINTS) history = history.filter((_, i) => i % 2 === 0 || i === history.length - 1);
		this.history = history;
		this.latest = message;
		if (message.seq === this.#seq) this.status = message.running ? 'running' : 'ready';
		const then = this.#then;
		if (then && this.status === 'ready') {
			this.#then = null;
			if (then === 'start') this.start();
			else this.step();
		}
	}
}
