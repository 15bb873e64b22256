// How the calculator writes its numbers: exact counts grouped by thousands, compact counts (124.4M), bytes in binary
// units like every lab (1 GiB = 2^30 bytes, $lib/format/bytes) and large numbers as a power of ten. Pure.
import { format } from 'd3-format';
import { formatBytes } from '$lib/format/bytes';
import { powerOfTen } from '$lib/format/numbers';

export const exact = format(',');

/** 124439808 -> "124.4M", 6738415616 -> "6.74B". */
export function compact(n: number): string {
	if (!Number.isFinite(n)) return '–';
	const units: [number, string][] = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']];
	for (const [size, unit] of units) if (Math.abs(n) >= size) return `${format('.3~r')(n / size)}${unit}`;
	return format('.3~r')(n);
}

/** Bytes in binary units: "237 MiB", "12.6 GiB", "512 KiB". */
export const bytes = formatBytes;

/** 3.14e23 -> "3.14 × 10²³". */
export function power(n: number): string {
	if (!Number.isFinite(n)) return '–';
	if (n < 1e4) return format('.3~r')(n);
	const exponent = Math.floor(Math.log10(n));
	let mantissa = n / 10 ** exponent;
	let e = exponent;
	if (Number(mantissa.toFixed(2)) >= 10) {
		mantissa /= 10;
		e += 1;
	}
	return `${format('.3~r')(mantissa)} × ${powerOfTen(e)}`;
}
