// How numbers and tokens are written in the tiny-LM figure. Nothing here prints NaN or Infinity. Losses are
// $lib/format/numbers' formatLoss, in the unit the reader picked.
import { formatLoss } from '$lib/format/numbers';
import { BOS } from '$lib/lm/corpus';
import { perplexity, toBits } from '$lib/lm/maths';
import type { Unit } from '$lib/lm/settings';

/** A loss in the chosen unit, 3 decimals, with the unit's short name; "–" alone when there is none. */
export function lossText(nats: number | null | undefined, unit: Unit): string {
	return formatLoss(nats === null || nats === undefined ? nats : inUnit(nats, unit), { unit });
}

export function inUnit(nats: number, unit: Unit): number {
	return unit === 'bits' ? toBits(nats) : nats;
}

/** Perplexity, e^(mean loss in nats): whole numbers from 100, else 2 decimals; "–" when there is none. */
export function perplexityText(meanNats: number | null | undefined): string {
	if (meanNats === null || meanNats === undefined || !Number.isFinite(meanNats)) return '–';
	const ppl = perplexity(meanNats);
	return Number.isFinite(ppl) ? (ppl >= 100 ? ppl.toFixed(0) : ppl.toFixed(2)) : '–';
}

/** A token as shown: spaces made visible, the start token named. */
export function tokenText(token: string, startLabel: string): string {
	if (token === BOS) return `⟨${startLabel}⟩`;
	if (token === ' ') return '·';
	return token;
}
