// A figure's settings in the page address: the one way every figure writes them (QueryWriter, address.ts, on the
// browser's address). Reading is each topic's settings module (defaults, validation and the problems shown to the
// reader).
import { pushState, replaceState } from '$app/navigation';
import { HISTORY_BAR, QueryWriter, type AddressBar } from './address';
import { router } from './router';

export { URL_DEBOUNCE_MS, type AddressBar, type HistoryMode } from './address';

/** The browser's: through SvelteKit where it runs (shallow routing: no navigation, no load), else the History API. */
const BROWSER: AddressBar = {
	location: HISTORY_BAR.location,
	push: (href) => (router.kit ? pushState(href, {}) : HISTORY_BAR.push(href)),
	replace: (href) => (router.kit ? replaceState(href, {}) : HISTORY_BAR.replace(href))
};

/** A QueryWriter on the browser's address, through Kit's router where it runs (tests pass their own bar). */
export class FigureUrl extends QueryWriter {
	/**
	 * @param owned every query key the figure reads: all of them are rewritten on each write
	 * @param mine the figure's current settings as query parameters (only those not at their defaults)
	 */
	constructor(owned: readonly string[], mine: () => URLSearchParams, bar: AddressBar = BROWSER) {
		super(owned, mine, bar);
	}
}
