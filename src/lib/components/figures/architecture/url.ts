// Writes one figure's keys into the page's query string without touching the keys of other figures on the page.
// 'push' makes a history entry (back undoes it); 'replace' rewrites the current one after a pause (typing).
import { pushState, replaceState } from '$app/navigation';

const URL_DEBOUNCE_MS = 250;

export class QueryWriter {
	#timer: ReturnType<typeof setTimeout> | undefined;
	readonly #write: (params: URLSearchParams) => void;

	constructor(write: (params: URLSearchParams) => void) {
		this.#write = write;
	}

	href(): string {
		// A one-off copy of the query, not reactive state.
		const params = new URLSearchParams(location.search);
		this.#write(params);
		const query = params.toString();
		return `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
	}

	write(history: 'push' | 'replace') {
		clearTimeout(this.#timer);
		if (history === 'push') {
			// After the figure has updated: the history entry does not hold up the frame that shows the change.
			const page = location.pathname;
			this.#timer = setTimeout(() => {
				if (location.pathname !== page) return;
				const href = this.href();
				if (href !== `${location.pathname}${location.search}${location.hash}`) pushState(href, {});
			}, 0);
			return;
		}
		const page = location.pathname;
		this.#timer = setTimeout(() => {
			if (location.pathname === page) replaceState(this.href(), {});
		}, URL_DEBOUNCE_MS);
	}

	destroy() {
		clearTimeout(this.#timer);
	}
}
