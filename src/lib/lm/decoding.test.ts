import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nucleus, rank, reshape, sample } from './decoding';
import { mulberry32 } from '$lib/random';

const probs = [0.1, 0.4, 0.2, 0.2, 0.05, 0.05];
const kept = (p: Float64Array) => [...p.keys()].filter((i) => p[i] > 0);
const base = { temperature: 1, k: 3, p: 0.9 };

describe('decoding rules', () => {
	it('greedy puts all mass on the most probable token, the lower id on a tie', () => {
		expect([...reshape(probs, { ...base, rule: 'greedy' })]).toEqual([0, 1, 0, 0, 0, 0]);
		expect(kept(reshape([0.3, 0.3, 0.4].reverse(), { ...base, rule: 'greedy' }))).toEqual([0]);
		expect(kept(reshape([0.4, 0.4, 0.2], { ...base, rule: 'greedy' }))).toEqual([0]);
	});
	it('temperature 1 leaves the distribution alone; low sharpens, high flattens', () => {
		const same = reshape(probs, { ...base, rule: 'temperature' });
		probs.forEach((q, i) => expect(same[i]).toBeCloseTo(q, 12));
		expect(reshape(probs, { ...base, rule: 'temperature', temperature: 0.5 })[1]).toBeGreaterThan(0.4);
		expect(reshape(probs, { ...base, rule: 'temperature', temperature: 2 })[1]).toBeLessThan(0.4);
		const cold = reshape(probs, { ...base, rule: 'temperature', temperature: 0.5 });
		expect(cold[1]).toBeCloseTo(0.16 / (0.01 + 0.16 + 0.04 + 0.04 + 0.0025 + 0.0025), 12);
	});
	it('top-k keeps exactly the k most probable tokens (ties: lower id) and renormalises', () => {
		const top3 = reshape(probs, { ...base, rule: 'top-k', k: 3 });
		expect(kept(top3)).toEqual([1, 2, 3]);
		expect(top3[1]).toBeCloseTo(0.5, 12);
		expect(kept(reshape(probs, { ...base, rule: 'top-k', k: 2 }))).toEqual([1, 2]); // 2 and 3 tie: 2 wins
		expect(kept(reshape(probs, { ...base, rule: 'top-k', k: 99 }))).toHaveLength(6);
	});
	it('top-p keeps the smallest most-probable set reaching p', () => {
		expect(kept(reshape(probs, { ...base, rule: 'top-p', p: 0.4 }))).toEqual([1]);
		expect(kept(reshape(probs, { ...base, rule: 'top-p', p: 0.5 }))).toEqual([1, 2]);
		expect(kept(reshape(probs, { ...base, rule: 'top-p', p: 0.8 }))).toEqual([1, 2, 3]);
		expect(kept(reshape(probs, { ...base, rule: 'top-p', p: 0.81 }))).toEqual([0, 1, 2, 3]);
		expect(kept(reshape(probs, { ...base, rule: 'top-p', p: 1 }))).toHaveLength(6);
	});
	it('properties: reshaped distributions sum to 1; top-k keeps min(k, n); the nucleus is minimal', () => {
		fc.assert(
			fc.property(fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 40 }), fc.double({ min: 0.05, max: 1, noNaN: true }), (raw, k, p) => {
				const sum = raw.reduce((a, b) => a + b, 0);
				const q = raw.map((x) => x / sum);
				for (const rule of ['greedy', 'temperature', 'top-k', 'top-p'] as const) {
					const r = reshape(q, { rule, temperature: 0.7, k, p });
					expect(r.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
				}
				expect(kept(reshape(q, { rule: 'top-k', temperature: 1, k, p })).length).toBe(Math.min(k, q.length));
				const order = rank(q);
				const set = nucleus(q, order, p);
				const mass = set.reduce((s, i) => s + q[i], 0);
				expect(mass).toBeGreaterThanOrEqual(p - 1e-9);
				expect(mass - q[set[set.length - 1]]).toBeLessThan(p);
			})
		);
	});
	it('seeded sampling repeats, and follows the distribution', () => {
		const draw = (seed: number) => {
			const random = mulberry32(seed);
			return Array.from({ length: 20 }, () => sample(probs, random()));
		};
		expect(draw(5)).toEqual(draw(5));
		expect(draw(5)).not.toEqual(draw(6));
		const random = mulberry32(1);
		const hits = new Array(6).fill(0);
		for (let i = 0; i < 20000; i++) hits[sample(probs, random())]++;
		probs.forEach((q, i) => expect(hits[i] / 20000).toBeCloseTo(q, 1));
		expect(sample([0, 1, 0], 0.999999)).toBe(1);
	});
});
