// A figure's settings in the page address: the one way every figure writes them (QueryWriter, address.ts, on the
// browser's address through the History API). Reading is each topic's settings module (defaults, validation and the
// problems shown to the reader). Every page with a figure starts without SvelteKit (Kit runs only the not-found page),
// so no figure writes through Kit's router, and no figure's code imports it.
import { HISTORY_BAR, QueryWriter, type AddressBar } from './address';

export { URL_DEBOUNCE_MS, type AddressBar, type HistoryMode } from './address';

/** A QueryWriter on the browser's address (tests pass their own bar). */
export class FigureUrl extends QueryWriter {
	/**
	 * @param owned every query key the figure reads: all of them are rewritten on each write
	 * @param mine the figure's current settings as query parameters (only those not at their defaults)
	 */
	constructor(owned: readonly string[], mine: () => URLSearchParams, bar: AddressBar = HISTORY_BAR) {
		super(owned, mine, bar);
	}
}
