// Numbers as the site writes them: one function per kind of quantity, so the same quantity reads the same in every
// figure. Nothing here prints "NaN" or "Infinity". Where two figures write the same kind of quantity differently
// (each look is pinned by tests and seen by readers), the difference is an option of the one function, named and
// listed in docs/formatting-and-random.md.
//
//   counts          formatCount         "131,072" (thousands separators in the page's language)
//   compact counts  formatCompact       "124M", "6.74B"
//   measured values formatValue         "0.607", "6.44 × 10⁻⁶": plain decimals from 0.001 to 10⁴, powers of ten outside
//   powers of ten   scientific          "3.5 × 10⁸", "10¹³"
//   percentages     formatPercent       "42%", "12.5%"
//   losses          formatLoss          "2.303 nats", "1.234" (nats or bits, 3 decimals)
//   durations       formatDuration      "12.3" (seconds or milliseconds, one decimal; the unit is in the sentence)
//   weights         formatFixed         "0.123", an exact 0 as "0"
//   bytes           formatBytes         "36 KiB", "12.6 GiB" (binary units)
import { HTML_LANG, type Lang } from '$lib/i18n/langs';

/** What a formatter shows for a missing or non-finite value (an en dash). */
export const NO_VALUE = '–';
/** The minus sign of formatted negatives (U+2212, as in typeset maths), not the hyphen. */
const MINUS = '−';

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** "10⁸" for 8, "10⁻¹²" for -12. */
export function powerOfTen(exponent: number): string {
	return `10${String(exponent).replace(/[-0-9]/g, (ch) => SUPERSCRIPT[ch])}`;
}

/**
 * x to `digits` significant digits in plain decimals, trailing zeros dropped: 124.4398 -> "124", 1234.5 -> "1230",
 * 0.5 -> "0.5"; a negative with "−". For magnitudes from 10⁻⁶ to 10²¹ (JavaScript writes others with an exponent).
 * The same text as d3-format's ".3~r" for 3 digits (tested).
 */
export function significant(x: number, digits: number): string {
	const text = String(Number(Math.abs(x).toPrecision(digits)));
	return x < 0 && text !== '0' ? `${MINUS}${text}` : text;
}

/** How formatValue writes a number; every field is optional, the defaults are the site's look. */
export interface ValueStyle {
	/** Magnitudes from this up to 10⁴ (not included) are plain decimals, others powers of ten. Default 0.001; 0 for
	 * every magnitude below 10⁴, Infinity for none (that is {@link scientific}). */
	plainFrom?: number;
	/** Between mantissa and power: " × " (default) or "×" (the KV-cache lab's rank figure). */
	times?: ' × ' | '×';
	/** Write a mantissa of 1 ("1 × 10²¹") instead of dropping it ("10²¹", the default). */
	keepOne?: boolean;
	/** Text for NaN. Default "—" (an em dash). */
	nan?: string;
	/** Text for an infinite value, either sign. Default "∞" and "−∞". */
	infinite?: string;
	/** Find the mantissa by dividing by 10^⌊log₁₀|x|⌋ and rounding that quotient, instead of rounding x itself (the
	 * parameter calculator's FLOPs). The two differ at rounding ties: 10050 is "1 × 10⁴" this way, "1.01 × 10⁴" the
	 * default way. */
	divide?: boolean;
}

/**
 * A measured value, `digits` significant digits: plain decimals from 0.001 to 10⁴ ("0.607", "−4.54"), powers of ten
 * outside ("6.44 × 10⁻⁶"); 0 as "0"; "—" for NaN, "∞" or "−∞" for infinities. `style` changes the look.
 */
export function formatValue(x: number, digits = 3, style: ValueStyle = {}): string {
	if (Number.isNaN(x)) return style.nan ?? '—';
	if (!Number.isFinite(x)) return style.infinite ?? (x > 0 ? '∞' : `${MINUS}∞`);
	if (x === 0) return '0';
	const a = Math.abs(x);
	if (a >= (style.plainFrom ?? 1e-3) && a < 1e4) return significant(x, digits);
	const sign = x < 0 ? MINUS : '';
	let mantissa: string;
	let exponent: number;
	if (style.divide) {
		exponent = Math.floor(Math.log10(a));
		let m = a / 10 ** exponent;
		if (Number(m.toFixed(digits - 1)) >= 10) {
			m /= 10;
			exponent += 1;
		}
		mantissa = significant(m, digits);
	} else {
		const [m, e] = a.toExponential(digits - 1).split('e');
		mantissa = String(Number(m));
		exponent = Number(e);
	}
	const power = powerOfTen(exponent);
	return `${sign}${mantissa === '1' && !style.keepOne ? '' : `${mantissa}${style.times ?? ' × '}`}${power}`;
}

/** x as a power of ten with `digits` significant digits, whatever its size: "3.5 × 10⁸"; "10⁸" when the mantissa
 * is 1; "—" for NaN. */
export function scientific(x: number, digits = 2): string {
	return formatValue(x, digits, { plainFrom: Infinity });
}

const countFormats = new Map<Lang, Intl.NumberFormat>();

/**
 * A count, a whole number with thousands separators in the page's language: "131,072" (Chinese pages group the same
 * way); rounded to a whole number; "–" when not finite. With `maxDigits`, a count needing more significant digits is
 * written rounded and in e-notation, "1.23456789012e+14" (the architecture figures' exact counts, with 12: d3-format's
 * "," format, which they used; tested to match it).
 */
export function formatCount(n: number, lang: Lang = 'en', options: { maxDigits?: number } = {}): string {
	if (!Number.isFinite(n)) return NO_VALUE;
	let value = n;
	if (options.maxDigits !== undefined) {
		const precise = Math.abs(n).toPrecision(options.maxDigits);
		if (precise.includes('e')) return `${n < 0 ? MINUS : ''}${precise.replace(/\.?0+e/, 'e')}`;
		value = Math.sign(n) * Number(precise);
	}
	let format = countFormats.get(lang);
	if (!format) countFormats.set(lang, (format = new Intl.NumberFormat(HTML_LANG[lang])));
	return format.format(Math.round(value));
}

const COMPACT_UNITS: [number, string][] = [
	[1e12, 'T'],
	[1e9, 'B'],
	[1e6, 'M'],
	[1e3, 'K']
];

/** A count in thousands (K), millions (M), billions (B) or trillions (T), 3 significant digits: 124439808 -> "124M",
 * 6738415616 -> "6.74B", 512 -> "512"; "–" when not finite. The calculator reads this text back as a number. */
export function formatCompact(n: number): string {
	if (!Number.isFinite(n)) return NO_VALUE;
	for (const [size, unit] of COMPACT_UNITS) if (Math.abs(n) >= size) return `${significant(n / size, 3)}${unit}`;
	return significant(n, 3);
}

/**
 * A percentage: `part` / `whole` (whole 1: part is a fraction) times 100, with `decimals` decimals: 0.42 -> "42%",
 * (0.125, 1) -> "12.5%"; "–" when not finite. Computed as (100 × part) / whole.
 */
export function formatPercent(part: number, decimals = 0, whole = 1): string {
	const percent = (100 * part) / whole;
	return Number.isFinite(percent) ? `${percent.toFixed(decimals)}%` : NO_VALUE;
}

/**
 * A loss (nats or bits, e.g. a cross-entropy), 3 decimals unless told: "2.303"; with `unit`, "2.303 nats". "–" alone,
 * without the unit, when there is no finite value yet.
 */
export function formatLoss(value: number | null | undefined, options: { unit?: string; decimals?: number } = {}): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
	const text = value.toFixed(options.decimals ?? 3);
	return options.unit ? `${text} ${options.unit}` : text;
}

/** A duration in seconds or milliseconds, one decimal: "12.3" (the unit is written by the sentence around it); "–"
 * when not finite. */
export function formatDuration(value: number): string {
	return Number.isFinite(value) ? value.toFixed(1) : NO_VALUE;
}

/** A weight (or a difference of scores) with `decimals` decimals, "0.123"; an exact 0 as "0" (a masked attention cell
 * is exactly 0, not a rounded small weight); "–" when not finite. */
export function formatFixed(x: number, decimals: number): string {
	if (!Number.isFinite(x)) return NO_VALUE;
	return x === 0 ? '0' : x.toFixed(decimals);
}

/** Binary byte units (1 KiB = 1024 bytes, 1 GiB = 2^30 bytes), the usual system for memory. */
export const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

/** Bytes in binary units, e.g. "36 KiB", "2.00 GiB", "12.6 GiB": three significant digits; "–" for anything not a
 * finite, non-negative number. Every lab uses it, so a KV cache or a model's weights read the same everywhere. */
export function formatBytes(bytes: number): string {
	if (!Number.isFinite(bytes) || bytes < 0) return NO_VALUE;
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
		value /= 1024;
		unit++;
	}
	// 1023.6 KiB would round to "1024 KiB": show it as the next unit instead.
	if (unit < BYTE_UNITS.length - 1 && unit > 0 && Number(value.toFixed(0)) >= 1024) {
		value /= 1024;
		unit++;
	}
	const digits = unit === 0 || Number.isInteger(value) ? 0 : value < 10 ? 2 : value < 100 ? 1 : 0;
	return `${value.toFixed(digits)} ${BYTE_UNITS[unit]}`;
}
