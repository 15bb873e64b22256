import { describe, expect, it } from 'vitest';
import { int, sci } from './format';

describe('figure number formats', () => {
	it('sci', () => {
		expect(sci(0)).toBe('0');
		expect(sci(0.5)).toBe('0.5');
		expect(sci(75.123)).toBe('75.1');
		expect(sci(1.24e8)).toBe('1.24×10⁸');
		expect(sci(3.3e-23)).toBe('3.3×10⁻²³');
		expect(sci(Infinity)).toBe('∞');
		expect(sci(NaN)).toBe('–');
	});
	it('int', () => {
		expect(int(131072, 'en')).toBe('131,072');
		expect(int(NaN, 'en')).toBe('–');
	});
});
