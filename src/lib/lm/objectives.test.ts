import { describe, expect, it } from 'vitest';
import { lossPositions, OBJECTIVES, sentinelName } from './objectives';

const count = (targets: boolean[]) => targets.filter(Boolean).length;

describe('loss positions', () => {
	it('causal LM: every position; prefix LM and instruction tuning: only after the prefix', () => {
		expect(count(lossPositions('causal', 20, 5, 1).targets)).toBe(20);
		const prefix = lossPositions('prefix', 20, 5, 1);
		expect(count(prefix.targets)).toBe(15);
		expect(prefix.targets.slice(0, 5)).toEqual([false, false, false, false, false]);
		expect(prefix.terms).toBe(15);
		expect(lossPositions('instruction', 20, 12, 1).terms).toBe(8);
		expect(lossPositions('prefix', 4, 99, 1).terms).toBe(0); // clamped
		expect(lossPositions('prefix', 4, -3, 1).terms).toBe(4);
	});
	it('masked LM: 15% of positions (at least one), chosen by the seed, with [MASK] in 80% of them', () => {
		expect(count(lossPositions('masked', 20, 0, 1).targets)).toBe(3);
		expect(count(lossPositions('masked', 100, 0, 1).targets)).toBe(15);
		expect(count(lossPositions('masked', 2, 0, 1).targets)).toBe(1);
		expect(lossPositions('masked', 40, 0, 9)).toEqual(lossPositions('masked', 40, 0, 9));
		expect(lossPositions('masked', 40, 0, 9).targets).not.toEqual(lossPositions('masked', 40, 0, 10).targets);
		let masks = 0;
		let chosen = 0;
		for (let seed = 0; seed < 200; seed++) {
			const result = lossPositions('masked', 100, 0, seed);
			chosen += result.terms;
			masks += result.input.filter((slot) => slot.kind === 'mask').length;
		}
		expect(masks / chosen).toBeGreaterThan(0.75);
		expect(masks / chosen).toBeLessThan(0.85);
	});
	it('span corruption: 15% dropped in spans, one sentinel per span in the input, targets = spans + sentinels + 1', () => {
		for (const n of [2, 3, 10, 20, 57, 80]) {
			for (let seed = 0; seed < 20; seed++) {
				const r = lossPositions('span', n, 0, seed);
				const noise = count(r.targets);
				expect(noise).toBe(Math.min(n - 1, Math.max(1, Math.round(n * 0.15))));
				expect(r.spans.reduce((s, [a, b]) => s + b - a, 0)).toBe(noise);
				for (const [a, b] of r.spans) for (let i = a; i < b; i++) expect(r.targets[i]).toBe(true);
				expect(r.input.filter((slot) => slot.kind === 'sentinel').length).toBe(r.spans.length);
				expect(r.input.filter((slot) => slot.kind === 'token').length).toBe(n - noise);
				expect(r.terms).toBe(noise + r.spans.length + 1);
				expect(r.input[0].kind).toBe('token'); // starts with kept text, as T5
			}
		}
	});
	it('handles empty and one-character sentences', () => {
		for (const objective of OBJECTIVES) {
			expect(lossPositions(objective, 0, 0, 1).terms).toBe(0);
			expect(lossPositions(objective, 1, 0, 1).targets.length).toBe(1);
		}
	});
	it('names sentinels as T5 does', () => {
		expect([0, 1, 2, 3].map(sentinelName)).toEqual(['<X>', '<Y>', '<Z>', '<extra_id_3>']);
	});
});
