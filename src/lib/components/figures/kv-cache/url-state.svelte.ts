// Settings of one why-decoder-only figure, owned here; the URL is a serialized copy of them, written by FigureUrl (each
// figure writes only its own query keys and keeps everyone else's, so several figures can share one page address).
import { fieldKeys, readFields, writeFields, type Problem, type Schema } from '$lib/url/fields';
import { FigureUrl } from '$lib/url/figure-url';

export class UrlSettings<T extends object> {
	readonly schema: Schema<T>;
	settings: T = $state()!;
	/** Settings from the link that could not be used. */
	problems: Problem[] = $state([]);
	#url: FigureUrl;

	constructor(schema: Schema<T>) {
		this.schema = schema;
		this.settings = { ...schema.defaults };
		this.#url = new FigureUrl(fieldKeys(schema), () => writeFields(this.schema, this.settings));
	}

	/** Reads the settings in a query string (on load, and on back/forward). */
	load(search: string) {
		// A one-off parse, not reactive state.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const { settings, problems } = readFields(this.schema, new URLSearchParams(search));
		this.settings = settings;
		this.problems = problems;
	}

	/** Applies a change. 'push' makes a history entry (back undoes it); 'replace' updates the current one, debounced. */
	update(patch: Partial<T>, history: 'push' | 'replace' = 'push') {
		this.settings = { ...this.settings, ...patch };
		this.problems = [];
		this.#url.write(history);
	}

	/** Listens for back/forward and reads the URL now; returns the clean-up for an $effect. */
	connect(): () => void {
		this.load(location.search);
		const reload = () => this.load(location.search);
		window.addEventListener('popstate', reload);
		return () => {
			window.removeEventListener('popstate', reload);
			this.#url.destroy();
		};
	}
}
