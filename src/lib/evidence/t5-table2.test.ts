import { describe, expect, it } from 'vitest';
import { compare, T5_TABLE2 } from './t5-table2';

describe('T5 Table 2 (denoising, GLUE)', () => {
	it('holds the four published scores', () => {
		expect(Object.fromEntries(T5_TABLE2.map((r) => [r.id, r.glue]))).toEqual({ encdec: 83.28, 'encdec-shared': 82.81, prefix: 81.82, lm: 74.7 });
	});
	it('same parameters: the 2P encoder-decoder is left out; the shared one leads the decoder-only LM by 8.11', () => {
		const rows = compare('params');
		expect(rows.filter((r) => r.matched).map((r) => r.row.id)).toEqual(['encdec-shared', 'prefix', 'lm']);
		expect(rows.find((r) => r.row.id === 'lm')!.gap).toBe(-8.11);
	});
	it('same compute: all four cost M; the encoder-decoder leads the LM by 8.58', () => {
		const rows = compare('compute');
		expect(rows.every((r) => r.matched)).toBe(true);
		expect(rows.find((r) => r.row.id === 'lm')!.gap).toBe(-8.58);
	});
});
