// The atlas's state: filters and the selected model (both in the URL), plus the model under the pointer or focus
// (not in the URL). The URL is a serialized copy, written from the change handlers.
import { ATLAS_KEYS, defaultAtlas, readAtlas, visibleModels, writeAtlas, type AtlasProblem, type AtlasSettings } from '$lib/atlas/settings';
import { MODELS } from '$lib/atlas/models';
import type { Lang } from '$lib/i18n/langs';
import { FigureUrl } from '$lib/url/figure-url';

export class AtlasFigure {
	readonly lang: Lang;
	settings: AtlasSettings = $state(defaultAtlas());
	problems: AtlasProblem[] = $state([]);
	/** The model under the pointer or keyboard focus, shown in the card until it leaves. */
	hover: string | null = $state(null);
	visible = $derived(visibleModels(this.settings));
	/** The card shows the hovered model, else the selected one. */
	shownModel = $derived(MODELS.find((m) => m.id === (this.hover ?? this.settings.model)) ?? null);
	#url = new FigureUrl(Object.values(ATLAS_KEYS), () => writeAtlas(this.settings));

	constructor(lang: Lang) {
		this.lang = lang;
	}

	update(patch: Partial<AtlasSettings>) {
		this.settings = { ...this.settings, ...patch };
		this.problems = [];
		this.#url.write('push');
	}

	load(search: string) {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off parse
		const { settings, problems } = readAtlas(new URLSearchParams(search));
		this.settings = settings;
		this.problems = problems;
	}

	destroy() {
		this.#url.destroy();
	}
}
