// The emergence figure's state: the learner's settings, the model computed from them, and the URL as a serialized
// copy, written from the change handlers (sliders and drags replace the history entry after a pause; choices push one).
import { buildEmergence } from '$lib/emergence/figure';
import {
	DEFAULT_SETTINGS,
	presetSettings,
	readSettings,
	SETTING_KEYS,
	writeSettings,
	type EmergenceSettings,
	type PresetId,
	type SettingProblem
} from '$lib/emergence/settings';
import { FigureUrl } from '$lib/url/figure-url';

export class EmergenceFigure {
	readonly defaults: EmergenceSettings;
	/** A deep $state proxy, changed key by key in `update`: a slider move wakes only what reads that setting (and the
	 * model), not every label and control that reads some other one. */
	settings: EmergenceSettings = $state()!;
	problems: SettingProblem[] = $state([]);
	// Spread: reads (and so depends on) every setting once, and hands the pure module a plain object, not the proxy.
	model = $derived(buildEmergence({ ...this.settings }));
	#url = new FigureUrl(SETTING_KEYS, () => writeSettings(this.settings, this.defaults));

	constructor(start: Partial<EmergenceSettings> = {}) {
		this.defaults = { ...DEFAULT_SETTINGS, ...start };
		this.settings = { ...this.defaults };
	}

	update(patch: Partial<EmergenceSettings>, history: 'push' | 'replace' = 'push') {
		Object.assign(this.settings, patch); // unchanged values notify no one
		if (this.problems.length > 0) this.problems = [];
		this.#url.write(history);
	}

	preset(id: PresetId) {
		this.settings = presetSettings(id);
		this.problems = [];
		this.#url.write('push');
	}

	/** A new random seed for the test-set sampling. */
	resample() {
		this.update({ seed: Math.floor(Math.random() * 0xffffffff) });
	}

	load(search: string) {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off parse
		const { settings, problems } = readSettings(new URLSearchParams(search), this.defaults);
		this.settings = settings;
		this.problems = problems;
	}

	destroy() {
		this.#url.destroy();
	}
}
