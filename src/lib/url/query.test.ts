import { describe, expect, it } from 'vitest';
import { mergeQuery } from './query';

describe('mergeQuery', () => {
	it('replaces only the owned keys and keeps the others', () => {
		expect(mergeQuery('?arch=prefix&kv-step=3', ['arch', 'prefix'], new URLSearchParams('arch=causal'))).toBe('kv-step=3&arch=causal');
	});
	it('removes owned keys that are back at their defaults', () => {
		expect(mergeQuery('arch=prefix&metric=em', ['arch'], new URLSearchParams())).toBe('metric=em');
	});
	it('drops repeated owned keys and keeps repeated foreign ones', () => {
		expect(mergeQuery('a=1&a=2&b=1&b=2', ['a'], new URLSearchParams('a=3'))).toBe('b=1&b=2&a=3');
	});
	it('gives an empty string when nothing is left', () => {
		expect(mergeQuery('', ['a'], new URLSearchParams())).toBe('');
	});
});
