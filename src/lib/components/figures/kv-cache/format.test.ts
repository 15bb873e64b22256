import { describe, expect, it } from 'vitest';
import { sci } from './format';

describe('the rank figure number format', () => {
	it('sci', () => {
		expect(sci(0)).toBe('0');
		expect(sci(0.5)).toBe('0.5');
		expect(sci(75.123)).toBe('75.1');
		expect(sci(1.24e8)).toBe('1.24×10⁸');
		expect(sci(3.3e-23)).toBe('3.3×10⁻²³');
		expect(sci(Infinity)).toBe('∞');
		expect(sci(NaN)).toBe('–');
	});
	it('sci: plain from 0.01 (not 0.001), a mantissa of 1 kept', () => {
		expect(sci(0.01)).toBe('0.01');
		expect(sci(0.009876)).toBe('9.88×10⁻³');
		expect(sci(9999.4)).toBe('10000'); // 3 significant digits
		expect(sci(1e8)).toBe('1×10⁸');
		expect(sci(12345)).toBe('1.23×10⁴');
	});
});
