import { format } from 'd3-format';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBytes, formatCompact } from '$lib/format/numbers';
import { exact, power } from './format';

describe('the architecture figures’ number formats', () => {
	it('writes counts, bytes and powers', () => {
		expect(exact(124439808)).toBe('124,439,808');
		expect(formatCompact(124439808)).toBe('124M');
		expect(formatCompact(6738415616)).toBe('6.74B');
		expect(formatCompact(512)).toBe('512');
		expect(formatBytes(2 * 6738415616)).toBe('12.6 GiB');
		expect(formatBytes(524288)).toBe('512 KiB');
		expect(power(6 * 174604259328 * 300e9)).toBe('3.14 × 10²³');
		expect(power(9.999e20)).toBe('1 × 10²¹');
		expect(power(NaN)).toBe('–');
	});
	it('exact: e-notation from 10¹² (12 significant digits), as d3-format’s "," wrote it', () => {
		expect(exact(999_999_999_999)).toBe('999,999,999,999');
		expect(exact(1e12)).toBe('1e+12');
		expect(exact(123_456_789_012_345)).toBe('1.23456789012e+14');
		fc.assert(
			fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
				expect(exact(n)).toBe(format(',')(n));
			})
		);
	});
	it('power: plain below 10⁴, a mantissa of 1 written, and the mantissa rounded after dividing by the power', () => {
		expect(power(0)).toBe('0');
		expect(power(6)).toBe('6');
		expect(power(9999.4)).toBe('10000'); // 3 significant digits
		expect(power(1e4)).toBe('1 × 10⁴');
		expect(power(10050)).toBe('1 × 10⁴'); // 10050 / 10⁴ is a hair below 1.005
		expect(power(Infinity)).toBe('–');
	});
});
