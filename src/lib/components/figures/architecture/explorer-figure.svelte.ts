// The block explorer's state: one owner for the settings; shapes and head patterns derived from them. The URL is a
// serialized copy, written from the change handlers.
import { dimsFor, partTensors } from '$lib/architecture/blocks';
import { defaultExplorer, partAfterSwitch, readExplorer, writeExplorer, type ExplorerProblem, type ExplorerSettings } from '$lib/architecture/explorer';
import { TOY_TOKENS, toyHeadPatterns } from '$lib/architecture/heads';
import type { Lang } from '$lib/i18n/langs';
import { QueryWriter } from './url';

export class ExplorerFigure {
	readonly lang: Lang;
	settings: ExplorerSettings = $state(defaultExplorer());
	problems: ExplorerProblem[] = $state([]);
	dims = $derived(dimsFor(this.settings.variant, this.settings.batch, this.settings.seq));
	tensors = $derived(partTensors(this.settings.variant, this.settings.part, this.dims));
	readonly tokens: readonly string[];
	patterns = $derived(toyHeadPatterns(TOY_TOKENS.en.length, this.settings.toyHeads, this.settings.seed));
	#writer = new QueryWriter((params) => writeExplorer(this.settings, params));

	constructor(lang: Lang) {
		this.lang = lang;
		this.tokens = TOY_TOKENS[lang];
	}

	update(patch: Partial<ExplorerSettings>, history: 'push' | 'replace' = 'push') {
		const next = { ...this.settings, ...patch };
		if (patch.variant && !patch.part) next.part = partAfterSwitch(next.part, patch.variant);
		this.settings = next;
		this.problems = [];
		this.#writer.write(history);
	}

	load(search: string) {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off parse
		const { settings, problems } = readExplorer(new URLSearchParams(search));
		this.settings = settings;
		this.problems = problems;
	}

	destroy() {
		this.#writer.destroy();
	}
}
