import { describe, expect, it } from 'vitest';
import { PROBLEM_REASONS, problemText } from './problem-text';

describe('problemText', () => {
	it('says the key, the value as found and why, in each language', () => {
		expect(problemText('en', { key: 'tok', value: '<b>', reason: 'unknown' })).toBe('tok = “<b>” is not one of the choices');
		expect(problemText('zh', { key: 'tok', value: '<b>', reason: 'unknown' })).toBe('tok = 「<b>」不是可选的值');
		expect(problemText('en', { key: 'len', value: '0', reason: 'out-of-range' }, 'answer length')).toBe('answer length = “0” is out of range');
	});
	it('names an empty value as empty', () => {
		expect(problemText('en', { key: 'seed', value: '', reason: 'not-integer' })).toBe('seed = (empty) is not a whole number');
		expect(problemText('zh', { key: 'seed', value: '', reason: 'not-integer' })).toBe('seed = （空）不是整数');
	});
	it('has a different reason for each kind of problem, in both languages', () => {
		for (const lang of ['en', 'zh'] as const) {
			const reasons = Object.values(PROBLEM_REASONS[lang]);
			expect(new Set(reasons).size).toBe(reasons.length);
			expect(reasons.every((text) => text.trim().length > 1)).toBe(true);
		}
		expect(Object.keys(PROBLEM_REASONS.zh)).toEqual(Object.keys(PROBLEM_REASONS.en));
	});
});
