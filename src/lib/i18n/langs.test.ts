import { describe, expect, it } from 'vitest';
import { otherLang } from './langs';
import { STRINGS } from './strings';

describe('otherLang', () => {
	it('pairs the two languages', () => {
		expect(otherLang('zh')).toBe('en');
		expect(otherLang('en')).toBe('zh');
	});
});

describe('UI strings', () => {
	it('are filled in for both languages', () => {
		for (const [lang, strings] of Object.entries(STRINGS)) {
			for (const [key, value] of Object.entries(strings)) expect(value.trim(), `${lang}.${key}`).not.toBe('');
		}
	});
});
