import { describe, expect, it } from 'vitest';
import { freeRunning, teacherForced } from './generate';

// A fixed 3-token model: after 0 -> mostly 1; after 1 -> mostly 2; after 2 -> mostly 0.
const table = [
	[0.1, 0.8, 0.1],
	[0.1, 0.1, 0.8],
	[0.8, 0.1, 0.1]
];
const row = (a: number) => Float64Array.from(table[a]);
const params = { rule: 'temperature' as const, temperature: 1, k: 3, p: 0.9 };

describe('teacher forcing and free running', () => {
	it('teacher forcing scores each true token given the true previous one', () => {
		const steps = teacherForced([0, 1, 1, 2], row).map((s) => s!);
		expect(steps.map((s) => s.context)).toEqual([0, 1, 1]);
		expect(steps.map((s) => s.nll)).toEqual([0.8, 0.1, 0.8].map((p) => expect.closeTo(-Math.log(p), 12)));
		expect(steps.map((s) => s.guess)).toEqual([1, 2, 2]);
	});
	it('positions outside the vocabulary are not scored', () => {
		expect(teacherForced([0, -1, 1], row).map((s) => s?.target ?? null)).toEqual([null, null]);
	});
	it('free running feeds back its own tokens; greedy is the deterministic cycle', () => {
		const greedy = freeRunning(0, 6, row, { ...params, rule: 'greedy' }, 1);
		expect(greedy.map((s) => s.token)).toEqual([1, 2, 0, 1, 2, 0]);
		expect(greedy.slice(1).map((s) => s.context)).toEqual(greedy.slice(0, -1).map((s) => s.token));
	});
	it('the same seed generates the same text', () => {
		expect(freeRunning(0, 30, row, params, 4)).toEqual(freeRunning(0, 30, row, params, 4));
		expect(freeRunning(0, 30, row, params, 4)).not.toEqual(freeRunning(0, 30, row, params, 5));
	});
});
