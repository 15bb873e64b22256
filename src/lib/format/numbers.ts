// Numbers as the figures show them: powers of ten with superscripts ("3.5 × 10⁸"), small and large values
// in the same style, never "NaN" or "Infinity" (those become an em dash or "∞").

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** "10⁸" for 8, "10⁻¹²" for -12. */
export function powerOfTen(exponent: number): string {
	return `10${String(exponent).replace(/[-0-9]/g, (ch) => SUPERSCRIPT[ch])}`;
}

/** x in scientific notation with `digits` significant digits: "3.5 × 10⁸"; "10⁸" when the mantissa is 1. */
export function scientific(x: number, digits = 2): string {
	if (Number.isNaN(x)) return '—';
	if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
	if (x === 0) return '0';
	const sign = x < 0 ? '−' : '';
	const [mantissa, exponent] = Math.abs(x).toExponential(digits - 1).split('e');
	const m = String(Number(mantissa));
	const power = powerOfTen(Number(exponent));
	return `${sign}${m === '1' ? '' : `${m} × `}${power}`;
}

/** A metric value: plain decimals from 0.001 to 10000, scientific outside, 3 significant digits. */
export function formatValue(x: number, digits = 3): string {
	if (!Number.isFinite(x)) return scientific(x);
	if (x === 0) return '0';
	const a = Math.abs(x);
	if (a >= 1e-3 && a < 1e4) return (x < 0 ? '−' : '') + String(Number(a.toPrecision(digits)));
	return scientific(x, digits);
}
