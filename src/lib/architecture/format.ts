// How the architecture figures (the calculator, the block explorer, the shipped tensors) write exact counts and FLOPs:
// $lib/format/numbers' functions in these figures' looks. Compact counts and bytes are $lib/format/numbers'
// formatCompact and formatBytes, as everywhere. Pure.
import { formatCount, formatValue } from '$lib/format/numbers';

/** An exact count grouped by thousands, "124,439,808"; from 10¹² on, 12 significant digits in e-notation
 * ("1.23456789012e+14"), as d3-format's "," wrote it here (docs/formatting-and-random.md lists the difference). */
export function exact(n: number): string {
	return formatCount(n, 'en', { maxDigits: 12 });
}

/** FLOPs: 3.14e23 -> "3.14 × 10²³", a mantissa of 1 written ("1 × 10²¹"), plain below 10⁴; "–" when not finite. */
export function power(n: number): string {
	return formatValue(n, 3, { plainFrom: 0, keepOne: true, nan: '–', infinite: '–', divide: true });
}
