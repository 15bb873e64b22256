import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LiveTrainer } from './live-trainer';

const text = readFileSync('src/lib/transformer/corpora/en.txt', 'utf8');

describe('LiveTrainer', () => {
	it('starts near the uniform loss, learns, and is the same run for the same seed', () => {
		const a = new LiveTrainer(text, 'en', 'causal', 3);
		const V = a.vocab.tokens.length;
		const held0 = a.heldLoss();
		expect(held0).toBeGreaterThan(Math.log(V) - 1);
		expect(a.bigramLoss).toBeLessThan(held0);
		const first = a.stepOnce();
		for (let i = 0; i < 29; i++) a.stepOnce();
		const point = a.point(true);
		expect(point.step).toBe(30);
		expect(point.held!).toBeLessThan(held0 - 0.5);
		expect(point.train).toBeLessThan(first);
		const b = new LiveTrainer(text, 'en', 'causal', 3);
		expect(b.stepOnce()).toBe(first);
	});
	it('gives attention under its own mask: zero ahead for causal, forward inside the prefix for prefix', () => {
		const chars = [...'The model reads.'];
		const causal = new LiveTrainer(text, 'en', 'causal', 1).attention(chars, 6);
		const prefix = new LiveTrainer(text, 'en', 'prefix', 1).attention(chars, 6);
		expect(causal[0][0][2][5]).toBe(0);
		expect(prefix[0][0][2][5]).toBeGreaterThan(0);
		expect(prefix[0][0][8][9]).toBe(0);
		expect(new LiveTrainer(text, 'en', 'causal', 1).attention([], 3)).toEqual([]);
	});
});
