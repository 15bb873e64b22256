// The attention-mask figure's state: one owner for the learner's settings, the derived model, and the pair of
// tokens under the pointer or keyboard. The URL is a serialized copy, written from the change handlers.
import { untrack } from 'svelte';
import { buildModel } from '$lib/attention/figure';
import {
	cutText,
	defaultSettings,
	MAX_TEXT_CHARS,
	readSettings,
	SETTING_KEYS,
	writeSettings,
	type MaskSettings,
	type SettingProblem
} from '$lib/attention/settings';
import type { Lang } from '$lib/i18n/langs';
import { loadTokenizer, splitText, type Tokenizer, type TokenizerName } from '$lib/tokenizers';
import { FigureUrl } from '$lib/url/figure-url';

/** Where a chosen real tokenizer is: arriving (its code and vocabulary are downloading), or failed to arrive. */
export type TokenizerStatus = { name: TokenizerName; state: 'loading' | 'failed' } | null;

export class MaskFigure {
	readonly lang: Lang;
	readonly defaults: MaskSettings;
	settings: MaskSettings = $state()!;
	/** Settings from the link that could not be used. */
	problems: SettingProblem[] = $state([]);
	/** A typed or pasted text was longer than MAX_TEXT_CHARS and was cut. */
	textCut = $state(false);
	/** The (query, key) pair under the pointer or keyboard, as positions in the combined [input; target] sequence. */
	hover: { q: number; k: number } | null = $state(null);
	/** Tokenizers loaded so far (the simple split is always there). */
	tokenizers: Partial<Record<TokenizerName, Tokenizer>> = $state({});
	tokenizerStatus: TokenizerStatus = $state(null);
	/** The tokenizer the drawing uses: the chosen one once loaded; the simple split until then. */
	activeTokenizer = $derived(this.tokenizers[this.settings.tokenizer] ?? null);
	model = $derived(
		this.activeTokenizer && this.activeTokenizer.name !== 'simple'
			? buildModel(this.settings, (text, max) => splitText(this.activeTokenizer!, text, max))
			: buildModel(this.settings)
	);

	#url = new FigureUrl(SETTING_KEYS, () => writeSettings(this.settings, this.defaults));

	constructor(lang: Lang, overrides: Partial<MaskSettings> = {}) {
		this.lang = lang;
		this.defaults = defaultSettings(lang, overrides);
		this.settings = { ...this.defaults };
	}

	/** Applies a change. 'push' makes a history entry (back undoes it); 'replace' updates the current one. */
	update(patch: Partial<MaskSettings>, history: 'push' | 'replace' = 'push') {
		const next = { ...this.settings, ...patch };
		for (const key of ['input', 'target'] as const) {
			if (patch[key] !== undefined && patch[key].length > MAX_TEXT_CHARS) {
				next[key] = cutText(patch[key]);
				this.textCut = true;
			}
		}
		this.settings = next;
		this.problems = [];
		this.#url.write(history);
		this.#ensureTokenizer();
	}

	/** Loads the chosen tokenizer if it is not here yet (and any other on request, for the comparison). */
	async ensure(name: TokenizerName) {
		if (this.tokenizers[name]) return;
		const chosen = () => this.settings.tokenizer === name;
		if (chosen()) this.tokenizerStatus = { name, state: 'loading' };
		try {
			const tokenizer = await loadTokenizer(name);
			this.tokenizers = { ...this.tokenizers, [name]: tokenizer };
			if (this.tokenizerStatus?.name === name) this.tokenizerStatus = null;
		} catch {
			if (chosen()) this.tokenizerStatus = { name, state: 'failed' };
		}
	}

	/** Called from change handlers and from load, which runs inside the figure's start-up effect: untracked, so that
	 * the status it writes does not re-run that effect. */
	#ensureTokenizer() {
		untrack(() => {
			const name = this.settings.tokenizer;
			if (name !== 'simple' && !this.tokenizers[name]) void this.ensure(name);
			else if (this.tokenizerStatus && this.tokenizerStatus.name !== name) this.tokenizerStatus = null;
		});
	}

	/** Reads the settings in a query string (on load, and on back/forward). */
	load(search: string) {
		// A one-off parse, not reactive state.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const { settings, problems } = readSettings(new URLSearchParams(search), this.defaults);
		this.settings = settings;
		this.problems = problems;
		this.textCut = problems.some((p) => p.reason === 'too-long');
		this.#ensureTokenizer();
	}

	/** Stops a pending URL write: the figure is leaving the page, and must not write onto the next one. */
	destroy() {
		this.#url.destroy();
	}
}
