// Bytes, as every figure shows them: binary units (1 KiB = 1024 bytes, 1 GiB = 2^30 bytes), the usual system for
// memory. One formatter, so the same quantity (a KV cache, a model's weights) reads the same in every lab.

export const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

/** Bytes in binary units, e.g. "36 KiB", "2.00 GiB", "12.6 GiB": three significant digits; "–" for anything not a
 * finite, non-negative number (never NaN). */
export function formatBytes(bytes: number): string {
	if (!Number.isFinite(bytes) || bytes < 0) return '–';
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
