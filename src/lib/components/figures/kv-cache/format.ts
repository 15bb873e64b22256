// How the rank figure of the why-decoder-only lab writes its values. Counts use $lib/format/numbers' formatCount.
import { formatValue } from '$lib/format/numbers';

/** 3 significant digits, plain from 0.01 up to 10⁴, else a power of ten in this figure's tight look ("1.24×10⁸",
 * "1×10⁸"): formatValue with this lab's style (docs/formatting-and-random.md lists how it differs); "0" for 0, "∞" for
 * an infinite value (a singular matrix), "–" for NaN. */
export function sci(x: number): string {
	return formatValue(x, 3, { plainFrom: 0.01, times: '×', keepOne: true, nan: '–', infinite: '∞' });
}
