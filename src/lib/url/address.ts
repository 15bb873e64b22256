// Writing a set of query keys into a page's address through the History API, with no dependency on SvelteKit:
// FigureUrl (figure-url.ts) is this writer for the figures; the glossary's filter and the search page use it directly.
// Several writers can share a page and so one query string: each writes only its own keys and keeps everyone else's
// (mergeQuery). A choice adds a history entry, so back undoes it; a slider, a drag or typing rewrites the current
// entry after a pause, so it leaves no trail.
import { mergeQuery } from './query';

/** Sliders, drags and typing rewrite the current history entry once they have paused this long. */
export const URL_DEBOUNCE_MS = 250;

/** 'push' makes a history entry (back undoes the change); 'replace' rewrites the current one, after a pause. */
export type HistoryMode = 'push' | 'replace';

/** Where the writer writes: the page's address and history. Tests pass their own. */
export interface AddressBar {
	location(): { pathname: string; search: string; hash: string };
	push(href: string): void;
	replace(href: string): void;
}

/** The browser's address through the History API (no navigation, no load). */
export const HISTORY_BAR: AddressBar = {
	location: () => window.location,
	push: (href) => history.pushState(history.state, '', href),
	replace: (href) => history.replaceState(history.state, '', href)
};

export class QueryWriter {
	readonly #owned: readonly string[];
	readonly #mine: () => URLSearchParams;
	readonly #bar: AddressBar;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** The address a pending 'replace' will write. */
	#pending: string | null = null;

	/**
	 * @param owned every query key the writer owns: all of them are rewritten on each write
	 * @param mine the current settings as query parameters (only those not at their defaults)
	 */
	constructor(owned: readonly string[], mine: () => URLSearchParams, bar: AddressBar) {
		this.#owned = owned;
		this.#mine = mine;
		this.#bar = bar;
	}

	/** This page's address with the current settings in its query and every other key as it was. */
	href(): string {
		const { pathname, search, hash } = this.#bar.location();
		const query = mergeQuery(search, this.#owned, this.#mine());
		return `${pathname}${query ? `?${query}` : ''}${hash}`;
	}

	/** Writes the current settings into the address. Call it after every change the reader makes. */
	write(history: HistoryMode) {
		clearTimeout(this.#timer);
		if (history === 'push') {
			// A slider moved just before must land in the entry being left, or back would lose it.
			if (this.#pending !== null) this.#bar.replace(this.#pending);
			this.#pending = null;
			const href = this.href();
			if (href !== this.#current()) this.#bar.push(href);
			return;
		}
		const page = this.#bar.location().pathname;
		this.#pending = this.href();
		this.#timer = setTimeout(() => {
			this.#pending = null;
			// The reader may have followed a link meanwhile: never write onto another page.
			if (this.#bar.location().pathname !== page) return;
			const href = this.href();
			if (href !== this.#current()) this.#bar.replace(href);
		}, URL_DEBOUNCE_MS);
	}

	/** Drops a pending write: the writer's figure or box is leaving the page. */
	destroy() {
		clearTimeout(this.#timer);
		this.#pending = null;
	}

	#current(): string {
		const { pathname, search, hash } = this.#bar.location();
		return `${pathname}${search}${hash}`;
	}
}
