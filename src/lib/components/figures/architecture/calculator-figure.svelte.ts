// The parameter calculator's state: the preset, the typed fields and the token count; everything shown is derived
// from them by the pure evaluate(). The URL is a serialized copy, written from the change handlers.
import { CALC_KEYS, cutField, evaluate, MAX_FIELD_CHARS, presetSettings, readCalc, writeCalc, DEFAULT_PRESET, type CalcProblem, type CalcSettings, type SizeField } from '$lib/architecture/calculator';
import type { PresetId } from '$lib/architecture/params';
import type { Lang } from '$lib/i18n/langs';
import { FigureUrl } from '$lib/url/figure-url';

export class CalculatorFigure {
	readonly lang: Lang;
	settings: CalcSettings = $state(presetSettings(DEFAULT_PRESET));
	problems: CalcProblem[] = $state([]);
	textCut = $state(false);
	result = $derived(evaluate(this.settings));
	#url = new FigureUrl(Object.values(CALC_KEYS), () => writeCalc(this.settings));

	constructor(lang: Lang) {
		this.lang = lang;
	}

	choosePreset(preset: PresetId) {
		this.settings = presetSettings(preset, this.settings.tokens);
		this.problems = [];
		this.#url.write('push');
	}

	setField(field: SizeField | 'tokens', text: string) {
		if (text.length > MAX_FIELD_CHARS) this.textCut = true;
		const value = cutField(text);
		this.settings = field === 'tokens' ? { ...this.settings, tokens: value } : { ...this.settings, fields: { ...this.settings.fields, [field]: value } };
		this.problems = [];
		this.#url.write('replace');
	}

	update(patch: Partial<Omit<CalcSettings, 'fields' | 'preset' | 'tokens'>>) {
		this.settings = { ...this.settings, ...patch };
		this.problems = [];
		this.#url.write('push');
	}

	load(search: string) {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off parse
		const { settings, problems } = readCalc(new URLSearchParams(search));
		this.settings = settings;
		this.problems = problems;
		this.textCut = problems.some((p) => p.reason === 'too-long');
	}

	destroy() {
		this.#url.destroy();
	}
}
