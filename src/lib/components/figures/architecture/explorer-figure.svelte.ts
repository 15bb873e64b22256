// The block explorer's state: one owner for the settings; shapes, the shipped models' tensors and head patterns derived
// from them. The URL is a serialized copy, written from the change handlers. The shipped models are read from disk at
// prerender and preloaded with the island's code in the browser (islands/figures.ts), so both draw the same frame.
import { dimsFor, partTensors } from '$lib/architecture/blocks';
import { defaultExplorer, EXPLORER_URL_KEYS, partAfterSwitch, readExplorer, writeExplorer, type ExplorerProblem, type ExplorerSettings } from '$lib/architecture/explorer';
import { headPatterns, TOY_TEXT, uniformPeak } from '$lib/architecture/heads';
import { shippedKind, shippedPart } from '$lib/architecture/shipped';
import type { Lang } from '$lib/i18n/langs';
import { characters } from '$lib/lm/tokens';
import { createTransformer } from '$lib/transformer';
import { tokenLabel, viewTokens } from '$lib/transformer-view/view';
import { FigureUrl } from '$lib/url/figure-url';
import { loadDecoder, loadModel, modelNow, decoderNow, type LoadedDecoder, type ShippedModel } from '../transformer/engine';

export type ModelStatus = 'ready' | 'loading' | 'error';

export class ExplorerFigure {
	readonly lang: Lang;
	settings: ExplorerSettings = $state(defaultExplorer());
	problems: ExplorerProblem[] = $state([]);
	dims = $derived(dimsFor(this.settings.variant, this.settings.batch, this.settings.seq));
	tensors = $derived(partTensors(this.settings.variant, this.settings.part, this.dims));

	/** The shipped causal decoder of the page's language and the shipped encoder-decoder. */
	decoder: LoadedDecoder | null = $state.raw(null);
	encDec: ShippedModel | null = $state.raw(null);
	status: ModelStatus = $state('loading');

	/** The trained model's tensors in the selected part, for the variants that have a shipped twin. */
	shipped = $derived.by(() => {
		const kind = shippedKind(this.settings.variant);
		const model = kind === 'decoder' ? this.decoder?.model : kind === 'encoder-decoder' ? this.encDec?.model : undefined;
		return kind && model ? { kind, model: model.config, part: shippedPart(kind, this.settings.part, model) } : null;
	});

	readonly chars: string[];
	tokens: string[] = $derived.by(() => {
		const ids = this.decoder?.encode(this.chars);
		return ids ? viewTokens(this.chars, ids, this.decoder!.unkId).map(tokenLabel) : this.chars;
	});
	/** The toy's layer (from 0), inside the model's depth. */
	layer = $derived(Math.min(this.settings.toyLayer, this.decoder?.model.config.nLayers ?? 1) - 1);
	/** The weights the toy reads: the trained ones, or the same model's initial weights for the seed. */
	toyModel = $derived.by(() => {
		const trained = this.decoder?.model;
		if (!trained || this.settings.toyWeights === 'trained') return trained ?? null;
		return createTransformer(trained.config, this.settings.seed);
	});
	patterns = $derived.by(() => (this.toyModel && this.decoder ? headPatterns(this.toyModel, this.decoder.encode(this.chars), this.layer) : []));
	/** Mean peak of the heads shown, and of a head that spreads its weight evenly. */
	peak = $derived(this.patterns.length ? this.patterns.reduce((sum, p) => sum + p.peak, 0) / this.patterns.length : NaN);
	uniform: number;

	#url = new FigureUrl(EXPLORER_URL_KEYS, () => writeExplorer(this.settings));

	constructor(lang: Lang) {
		this.lang = lang;
		this.chars = characters(TOY_TEXT[lang]);
		this.uniform = uniformPeak(this.chars.length);
		// On the server the files are read from disk; in the browser they are there once the island preloaded them.
		this.decoder = decoderNow(`${lang}-causal`);
		this.encDec = modelNow('enc-dec');
		if (this.decoder && this.encDec) this.status = 'ready';
	}

	/** Fetches whichever shipped model is not there yet (in the browser, when the figure starts). */
	async connect() {
		if (this.status === 'ready') return;
		try {
			const [decoder, encDec] = await Promise.all([loadDecoder(`${this.lang}-causal`), loadModel('enc-dec')]);
			this.decoder = decoder;
			this.encDec = encDec;
			this.status = 'ready';
		} catch {
			this.status = 'error';
		}
	}

	update(patch: Partial<ExplorerSettings>, history: 'push' | 'replace' = 'push') {
		const next = { ...this.settings, ...patch };
		if (patch.variant && !patch.part) next.part = partAfterSwitch(next.part, patch.variant);
		this.settings = next;
		this.problems = [];
		this.#url.write(history);
	}

	load(search: string) {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off parse
		const { settings, problems } = readExplorer(new URLSearchParams(search));
		this.settings = settings;
		this.problems = problems;
	}

	destroy() {
		this.#url.destroy();
	}
}
