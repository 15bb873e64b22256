// Number formatting shared by the why-decoder-only figures. Never produces "NaN" or "Infinity".
import { powerOfTen } from '$lib/format/numbers';

/** 3 significant digits, scientific (1.24×10⁸) outside 0.01..9999; "0" for 0; "∞" for an infinite value. */
export function sci(x: number): string {
	if (!Number.isFinite(x)) return Number.isNaN(x) ? '–' : '∞';
	if (x === 0) return '0';
	const abs = Math.abs(x);
	if (abs >= 0.01 && abs < 10000) return String(Number(x.toPrecision(3)));
	const [mantissa, exponent] = x.toExponential(2).split('e');
	return `${Number(mantissa)}×${powerOfTen(Number(exponent))}`;
}

/** Whole numbers with thousands separators in the page's language. */
export function int(x: number, lang: 'zh' | 'en'): string {
	return Number.isFinite(x) ? Math.round(x).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US') : '–';
}
