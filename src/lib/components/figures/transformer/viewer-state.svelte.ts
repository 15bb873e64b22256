// The Transformer figure's viewer state: the learner's settings (a serialized copy lives in the URL), the two shipped
// decoders once loaded, and what each attends to on the learner's text. The forward passes run here, on the main
// thread, whenever the text or prefix changes (two small models on at most 64 characters take a few milliseconds).
import type { Mask } from '$lib/attention/masks';
import type { Lang } from '$lib/i18n/langs';
import { characters } from '$lib/lm/tokens';
import {
	defaultSettings,
	limitText,
	MAX_PROMPT,
	MAX_TOY_INPUT,
	MAX_VIEW_TOKENS,
	OWNED_KEYS,
	readSettings,
	writeSettings,
	type DecoderMask,
	type SettingProblem,
	type TransformerSettings
} from '$lib/transformer-view/settings';
import { fitPrefix, mostForwardHead, viewMask, viewTokens, type ViewToken } from '$lib/transformer-view/view';
import { FigureUrl } from '$lib/url/figure-url';
import { reverseViewOnce, toyWord } from '$lib/transformer-view/reverse';
import { vocabFromTokens } from '$lib/transformer/vocab';
import { decoderNow, loadDecoder, modelNow, type LoadedDecoder } from './engine';

export type Status = 'static' | 'loading' | 'ready' | 'error';

/** One decoder's reading of the learner's text. */
export interface DecoderView {
	kind: DecoderMask;
	decoder: LoadedDecoder;
	tokens: ViewToken[];
	mask: Mask;
	/** attention[layer][head][q][k] */
	attention: readonly (readonly ArrayLike<number>[])[][];
}

/** The characters the viewer shows of a text: cut to the models' context and the viewer's limit. */
function viewChars(text: string, causal: LoadedDecoder | undefined): string[] {
	const context = Math.min(MAX_VIEW_TOKENS, causal?.model.config.contextLength ?? MAX_VIEW_TOKENS);
	return characters(text).slice(0, context);
}

/** The last view computed per decoder, so that the views primeViews computes before the figure mounts are the ones
 * its first render shows (only the last: a new text or prefix always runs the model). */
const lastViews = new WeakMap<LoadedDecoder, { key: string; view: DecoderView }>();

function decoderView(kind: DecoderMask, decoder: LoadedDecoder, chars: string[], prefix: number): DecoderView {
	const key = `${prefix}\u0000${chars.join('\u0000')}`;
	const last = lastViews.get(decoder);
	if (last?.key === key) return last.view;
	const ids = decoder.encode(chars);
	const mask = viewMask(kind, chars.length, prefix);
	const view = { kind, decoder, tokens: viewTokens(chars, ids, decoder.unkId), mask, attention: decoder.attention(ids, mask) };
	lastViews.set(decoder, { key, view });
	return view;
}

/** Runs both shipped decoders on the text and prefix the figure will start with (its URL's, else the defaults), one
 * decoder per task, and the encoder-decoder on its starting word, once their weights are in: the island's loader calls
 * it, so that mounting the figure does not also run three models in the same long task. */
export async function primeViews(lang: Lang): Promise<void> {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off parse, not state
	const { settings } = readSettings(new URLSearchParams(location.search), defaultSettings(lang));
	const causal = decoderNow(`${lang}-causal`);
	const chars = viewChars(settings.text, causal ?? undefined);
	const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
	// A first, short run compiles the model's code, so that no task below runs it cold on 64 tokens.
	if (causal && chars.length > 0) {
		await nextTask();
		const few = chars.slice(0, 8);
		causal.attention(causal.encode(few), viewMask('causal', few.length, 1));
	}
	for (const kind of ['causal', 'prefix'] as const) {
		const decoder = decoderNow(`${lang}-${kind}`);
		if (!decoder || chars.length === 0) continue;
		await nextTask();
		decoderView(kind, decoder, chars, fitPrefix(settings.prefix, chars.length));
	}
	// The encoder-decoder panel's word (greedy decoding: nine forward passes), in a task of its own.
	const encoderDecoder = modelNow('enc-dec');
	if (encoderDecoder) {
		await nextTask();
		reverseViewOnce(encoderDecoder.model, vocabFromTokens(encoderDecoder.meta.vocab), toyWord(settings.toy));
	}
	// The figure mounts in a task of its own too.
	await nextTask();
}

export class ViewerState {
	readonly lang: Lang;
	readonly defaults: TransformerSettings;
	settings: TransformerSettings = $state()!;
	problems: SettingProblem[] = $state([]);
	/** The typed text was cut to the viewer's limit. */
	textCut = $state(false);
	status: Status = $state('static');
	decoders: Partial<Record<DecoderMask, LoadedDecoder>> = $state.raw({});

	/** Characters shown: the text, cut to the models' context and the viewer's limit. */
	chars: string[] = $derived(viewChars(this.settings.text, this.decoders.causal));
	prefix: number = $derived(fitPrefix(this.settings.prefix, this.chars.length));
	views: Partial<Record<DecoderMask, DecoderView>> = $derived.by(() => {
		const out: Partial<Record<DecoderMask, DecoderView>> = {};
		if (this.chars.length === 0) return out;
		for (const kind of ['causal', 'prefix'] as const) {
			const decoder = this.decoders[kind];
			if (decoder) out[kind] = decoderView(kind, decoder, this.chars, this.prefix);
		}
		return out;
	});
	/** Layer and head to enlarge, kept inside the models' shape. */
	selected = $derived.by(() => {
		const config = this.decoders.causal?.model.config;
		return {
			layer: Math.min(this.settings.layer, (config?.nLayers ?? 1) - 1),
			head: Math.min(this.settings.head, (config?.nHeads ?? 1) - 1)
		};
	});
	/** Where the prefix LM looks forward most, inside its prefix. */
	forward = $derived(this.views.prefix ? mostForwardHead(this.views.prefix.attention, this.prefix) : null);
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off de-duplication, not state
	unknownChars: string[] = $derived([...new Set((this.views.causal?.tokens ?? []).filter((t) => t.unknown).map((t) => t.text))]);

	#url = new FigureUrl(OWNED_KEYS, () => writeSettings(this.settings, this.defaults));

	constructor(lang: Lang) {
		this.lang = lang;
		this.defaults = defaultSettings(lang);
		this.settings = { ...this.defaults };
		// On the server (prerendering) the shipped weights are read from disk at once.
		const causal = decoderNow(`${lang}-causal`);
		const prefix = decoderNow(`${lang}-prefix`);
		if (causal && prefix) this.decoders = { causal, prefix };
	}

	/** Reads the settings in a query string (on load, and on back/forward). */
	load(search: string) {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off parse, not state
		const { settings, problems } = readSettings(new URLSearchParams(search), this.defaults);
		this.settings = settings;
		this.problems = problems;
	}

	/** Fetches the shipped decoders for the page's language (in the browser, when the figure starts). */
	async connect() {
		if (this.status !== 'static') return;
		if (this.decoders.causal && this.decoders.prefix) {
			this.status = 'ready';
			return;
		}
		this.status = 'loading';
		try {
			const [causal, prefix] = await Promise.all([loadDecoder(`${this.lang}-causal`), loadDecoder(`${this.lang}-prefix`)]);
			this.decoders = { causal, prefix };
			this.status = 'ready';
		} catch {
			this.status = 'error';
		}
	}

	update(patch: Partial<TransformerSettings>, history: 'push' | 'replace' = 'push') {
		const next = { ...this.settings, ...patch };
		if (patch.text !== undefined) {
			const { text, cut } = limitText(patch.text, MAX_VIEW_TOKENS);
			next.text = text;
			this.textCut = cut;
		}
		if (patch.prompt !== undefined) next.prompt = limitText(patch.prompt, MAX_PROMPT).text;
		if (patch.toy !== undefined) next.toy = limitText(patch.toy, MAX_TOY_INPUT).text;
		this.settings = next;
		this.problems = [];
		this.#url.write(history);
	}

	destroy() {
		this.#url.destroy();
	}
}
