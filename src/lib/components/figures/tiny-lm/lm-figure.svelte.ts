// The tiny-LM figure's state: the learner's settings (a serialized copy lives in the URL), the corpus, and the model
// as the training worker last reported it. Training runs in a Web Worker; this class only sends it commands and keeps
// its reports. Everything shown is derived from these with the pure functions in $lib/lm.
import { countingEntropy, countPairs, initLogits, klToCounting, meanNll, modelRow, type PairCounts } from '$lib/lm/bigram';
import { BOS, buildCorpus, cutCharacters, type Corpus, type CorpusProblem } from '$lib/lm/corpus';
import { defaultSettings, readSettings, SETTING_KEYS, writeSettings, type LmSettings, type SettingProblem } from '$lib/lm/settings';
import type { StopState } from '$lib/lm/early-stopping';
import type { TrainConfig, TrainStats } from '$lib/lm/trainer';
import type { Lang } from '$lib/i18n/langs';
import { FigureUrl } from '$lib/url/figure-url';
import { corpusNow, loadCorpus } from './corpora';
import type { FromWorker, ToWorker } from './protocol';

/** Points kept for the curve; older ones are thinned (every other one dropped) beyond this. */
const MAX_POINTS = 400;
const MODEL_REDRAW_MS = 600;

export type Status = 'static' | 'loading' | 'ready' | 'running' | 'unsupported' | 'error';

export class LmFigure {
	readonly lang: Lang;
	readonly defaults: LmSettings;
	settings: LmSettings = $state()!;
	problems: SettingProblem[] = $state([]);
	/** The pasted text was cut to MAX_CORPUS_CHARS. */
	pasteCut = $state(false);
	/** Texts of the shipped corpora loaded so far. */
	texts: Partial<Record<'zh' | 'en', string>> = $state({});
	status: Status = $state('static');
	/** Latest stats, and the curve's points. */
	stats: TrainStats | null = $state.raw(null);
	history: TrainStats[] = $state.raw([]);
	floor: number | null = $state(null);
	stepsPerSecond = $state(0);
	/** Early stopping as the worker last reported it: the best held-out loss, and the step training stopped at. */
	stop: StopState | null = $state.raw(null);
	/** The model as last reported by the worker; null before its first report of this run. */
	trained: Float32Array | null = $state.raw(null);

	// Primitive deriveds: a change elsewhere in the settings (an objective, a decoding rule) does not rebuild the corpus
	// or restart training, because these keep their values and Svelte stops there.
	#corpusId = $derived(this.settings.corpus);
	#paste = $derived(this.settings.corpus === 'paste' ? this.settings.paste : '');
	#text = $derived(this.#corpusId === 'paste' ? this.#paste : this.texts[this.#corpusId]);
	#seed = $derived(this.settings.seed);
	#lr = $derived(this.settings.lr);
	#opt = $derived(this.settings.opt);
	#batch = $derived(this.settings.batch);

	corpus: Corpus | CorpusProblem | null = $derived(this.#text === undefined ? null : buildCorpus(this.#text));
	ready: Corpus | null = $derived(this.corpus && typeof this.corpus !== 'string' ? this.corpus : null);
	V = $derived(this.ready?.vocab.tokens.length ?? 0);
	counts: PairCounts | null = $derived(this.ready ? countPairs(this.ready.train, this.V) : null);
	/** The untrained model: the same seeded initial logits the worker starts from. */
	initial: Float32Array | null = $derived(this.ready ? initLogits(this.V, this.#seed) : null);
	logits: Float32Array | null = $derived(this.trained ?? this.initial);
	/** The untrained model's numbers, computed here: shown before the worker reports, without workers, and in the
	 * prerendered page. */
	untrainedStats: TrainStats | null = $derived.by(() => {
		if (!this.ready || !this.counts || !this.initial) return null;
		const held = countPairs(this.ready.held, this.V);
		return {
			step: 0,
			trainLoss: meanNll(this.initial, this.counts),
			heldLoss: held.total > 0 ? meanNll(this.initial, held) : null,
			kl: klToCounting(this.initial, this.counts)
		};
	});
	untrainedFloor: number | null = $derived(this.counts ? countingEntropy(this.counts) : null);
	trainConfig: TrainConfig | null = $derived(
		this.ready
			? {
					train: this.ready.train,
					held: this.ready.held,
					V: this.V,
					seed: this.#seed,
					lr: this.#lr,
					optimiser: this.#opt,
					batch: this.#batch
				}
			: null
	);

	#worker: Worker | null = null;
	#run = 0;
	#seq = 0;
	#modelShownAt = 0;
	#url = new FigureUrl(SETTING_KEYS, () => writeSettings(this.settings, this.defaults));

	constructor(lang: Lang) {
		this.lang = lang;
		this.defaults = defaultSettings(lang);
		this.settings = { ...this.defaults };
		const text = corpusNow(lang);
		if (text !== null) this.texts = { [lang]: text };
	}

	/** Token id of a character in the current vocabulary ('' is the start token), or -1. */
	id(char: string): number {
		const vocab = this.ready?.vocab;
		if (!vocab) return -1;
		return vocab.index.get(char === '' ? BOS : char) ?? vocab.unk;
	}

	/** p(. | a) under a model table. */
	row(logits: Float32Array, a: number): Float64Array {
		return modelRow(logits, this.V, a);
	}

	/** Applies a change. 'push' makes a history entry (back undoes it); 'replace' updates the current one. */
	update(patch: Partial<LmSettings>, history: 'push' | 'replace' = 'push') {
		const next = { ...this.settings, ...patch };
		if (patch.paste !== undefined) {
			const { text, cut } = cutCharacters(patch.paste);
			next.paste = text;
			this.pasteCut = cut;
		}
		this.settings = next;
		this.problems = [];
		this.#ensureCorpus();
		this.#url.write(history);
	}

	/** Reads the settings in a query string (on load, and on back/forward). */
	load(search: string) {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off parse, not state
		const { settings, problems } = readSettings(new URLSearchParams(search), this.defaults);
		this.settings = settings;
		this.problems = problems;
		this.#ensureCorpus();
	}

	/** Starts the worker (in the browser). Without Worker support the figure says so and shows the untrained model. */
	connect() {
		if (this.status !== 'static') return;
		if (typeof Worker === 'undefined') {
			this.status = 'unsupported';
			this.#ensureCorpus(); // the untrained model is still shown
			return;
		}
		try {
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- the worker's address, not state; Vite bundles the file it names
			this.#worker = new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' });
		} catch {
			this.status = 'unsupported';
			this.#ensureCorpus();
			return;
		}
		this.#worker.onmessage = (event: MessageEvent<FromWorker>) => this.#receive(event.data);
		this.#worker.onerror = () => (this.status = 'error');
		this.status = 'loading';
		this.#ensureCorpus();
	}

	/** Starts a fresh run with a config (called whenever the corpus or a training setting changes, and by Reset). */
	reset(config: TrainConfig | null = this.trainConfig) {
		this.#run += 1;
		this.trained = null;
		this.stats = null;
		this.history = [];
		this.stop = null;
		this.floor = null;
		this.stepsPerSecond = 0;
		if (!this.#worker) return;
		if (!config) {
			if (this.status === 'running' || this.status === 'ready') this.status = 'loading';
			return;
		}
		this.#send({ type: 'init', seq: ++this.#seq, run: this.#run, config });
	}

	/** A press of Train or Step made before the worker was ready (the figure's first press may come before its code,
	 * see start-island.ts): done once the worker reports ready. */
	#queued: (() => void) | null = null;
	/** Whether a press now would wait for the worker rather than be lost. */
	get starting(): boolean {
		return this.status === 'static' || this.status === 'loading';
	}

	start() {
		if (this.starting) this.#queued = () => this.start();
		if (this.status !== 'ready') return;
		this.status = 'running';
		this.#send({ type: 'start', seq: ++this.#seq });
	}
	pause() {
		if (this.status === 'running') this.status = 'ready';
		this.#send({ type: 'pause', seq: ++this.#seq });
	}
	step(count: number) {
		if (this.starting) this.#queued = () => this.step(count);
		if (this.status !== 'ready') return;
		this.#send({ type: 'step', seq: ++this.#seq, count });
	}

	destroy() {
		this.#url.destroy();
		this.#worker?.terminate();
		this.#worker = null;
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
		// The panels that read the whole model (bars, positions, decoding) redraw at most every MODEL_REDRAW_MS while
		// training runs; the numbers and the curve follow every report. Keeps each main-thread task short.
		const now = performance.now();
		if (!message.running || this.trained === null || now - this.#modelShownAt >= MODEL_REDRAW_MS) {
			this.trained = message.logits;
			this.#modelShownAt = now;
		}
		this.floor = message.floor;
		this.stepsPerSecond = message.stepsPerSecond;
		this.stop = message.stop;
		let history = [...this.history, ...message.points];
		while (history.length > MAX_POINTS) history = history.filter((_, i) => i % 2 === 0 || i === history.length - 1);
		this.history = history;
		this.stats = history[history.length - 1] ?? null;
		// Only a report sent after the latest command says whether training runs now.
		if (message.seq === this.#seq) this.status = message.running ? 'running' : 'ready';
		if (this.status === 'ready' && this.#queued) {
			const press = this.#queued;
			this.#queued = null;
			press();
		}
	}

	/** Corpora being fetched: each is asked for once, however many paths (load, connect, update) want it meanwhile. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, not state anything draws
	#fetching = new Set<string>();

	#ensureCorpus() {
		const id = this.settings.corpus;
		if (id === 'paste' || this.texts[id] !== undefined || this.#fetching.has(id) || typeof window === 'undefined') return;
		const ready = corpusNow(id);
		if (ready !== null) {
			this.texts = { ...this.texts, [id]: ready };
			return;
		}
		this.#fetching.add(id);
		loadCorpus(id)
			.then(
				(text) => (this.texts = { ...this.texts, [id]: text }),
				() => (this.status = 'error')
			)
			.finally(() => this.#fetching.delete(id));
	}
}
