// Settings of one why-decoder-only figure, owned here; the URL is a serialized copy of them. Each figure writes only
// its own query keys and keeps everyone else's, so several figures can share one page address.
import { pushState, replaceState } from '$app/navigation';
import { readFields, writeFields, type Problem, type Schema } from '$lib/kvcache/settings';

/** Sliders and playback rewrite the current history entry after this pause; other changes add an entry. */
const URL_DEBOUNCE_MS = 250;

export class UrlSettings<T extends object> {
	readonly schema: Schema<T>;
	settings: T = $state()!;
	/** Settings from the link that could not be used. */
	problems: Problem[] = $state([]);
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(schema: Schema<T>) {
		this.schema = schema;
		this.settings = { ...schema.defaults };
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
		clearTimeout(this.#timer);
		if (history === 'push') {
			const href = this.href();
			if (href !== `${location.pathname}${location.search}${location.hash}`) pushState(href, {});
			return;
		}
		const page = location.pathname;
		this.#timer = setTimeout(() => {
			if (location.pathname === page) replaceState(this.href(), {});
		}, URL_DEBOUNCE_MS);
	}

	/** This page's address with this figure's settings written into the current query. */
	href(): string {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const query = writeFields(this.schema, this.settings, new URLSearchParams(location.search)).toString();
		return `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
	}

	/** Listens for back/forward and reads the URL now; returns the clean-up for an $effect. */
	connect(): () => void {
		this.load(location.search);
		const reload = () => this.load(location.search);
		window.addEventListener('popstate', reload);
		return () => {
			window.removeEventListener('popstate', reload);
			clearTimeout(this.#timer);
		};
	}
}
