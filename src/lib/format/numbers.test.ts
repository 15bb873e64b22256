import { describe, expect, it } from 'vitest';
import { formatValue, powerOfTen, scientific } from './numbers';

describe('number formatting', () => {
	it('writes powers of ten with superscripts', () => {
		expect(powerOfTen(8)).toBe('10⁸');
		expect(powerOfTen(-12)).toBe('10⁻¹²');
	});
	it('writes scientific notation, dropping a mantissa of 1', () => {
		expect(scientific(3.5e8)).toBe('3.5 × 10⁸');
		expect(scientific(1e13)).toBe('10¹³');
		expect(scientific(-2e-5)).toBe('−2 × 10⁻⁵');
		expect(scientific(2.0e11, 2)).toBe('2 × 10¹¹');
	});
	it('never shows NaN or Infinity', () => {
		expect(scientific(NaN)).toBe('—');
		expect(formatValue(Infinity)).toBe('∞');
		expect(formatValue(-Infinity)).toBe('−∞');
	});
	it('uses decimals in the middle range and scientific notation outside it', () => {
		expect(formatValue(0.6065306)).toBe('0.607');
		expect(formatValue(-4.542)).toBe('−4.54');
		expect(formatValue(6.4445e-6)).toBe('6.44 × 10⁻⁶');
		expect(formatValue(0)).toBe('0');
	});
});
