import { describe, expect, it } from 'vitest';
import { bytes, compact, exact, power } from './format';

describe('number formats', () => {
	it('writes counts, bytes and powers', () => {
		expect(exact(124439808)).toBe('124,439,808');
		expect(compact(124439808)).toBe('124M');
		expect(compact(6738415616)).toBe('6.74B');
		expect(compact(512)).toBe('512');
		expect(bytes(2 * 6738415616)).toBe('12.6 GiB');
		expect(bytes(524288)).toBe('512 KiB');
		expect(power(6 * 174604259328 * 300e9)).toBe('3.14 × 10²³');
		expect(power(9.999e20)).toBe('1 × 10²¹');
		expect(power(NaN)).toBe('–');
	});
});
