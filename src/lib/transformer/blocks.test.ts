import { describe, expect, it } from 'vitest';
import { bufferPool } from './blocks';

describe('bufferPool', () => {
	it('hands out distinct arrays within a pass and the same memory again after reset, at the size asked', () => {
		const pool = bufferPool();
		const a = pool.take(8);
		const b = pool.take(8);
		expect(a.length).toBe(8);
		expect(b.buffer).not.toBe(a.buffer);
		a.fill(1);
		b.fill(2);
		expect([...a]).toEqual(new Array(8).fill(1));
		pool.reset();
		const again = pool.take(5);
		expect(again.length).toBe(5);
		expect(again.buffer).toBe(a.buffer); // reused, smaller: a view on the first 5
		expect(pool.take(8).buffer).toBe(b.buffer);
		// A larger request grows that slot, to at least twice its size, so a slightly larger one next time fits.
		pool.reset();
		const grown = pool.take(9);
		expect(grown.length).toBe(9);
		expect(grown.buffer).not.toBe(a.buffer);
		pool.reset();
		expect(pool.take(10).buffer).toBe(grown.buffer);
		pool.reset();
		expect(pool.take(40).length).toBe(40);
	});
});
