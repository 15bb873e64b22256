import { describe, expect, it } from 'vitest';
import { otherLang, preferredLang } from './langs';
import { STRINGS } from './strings';

describe('preferredLang', () => {
	it('picks Chinese for any Chinese variant listed before English', () => {
		expect(preferredLang(['zh-CN', 'en'])).toBe('zh');
		expect(preferredLang(['zh-TW'])).toBe('zh');
		expect(preferredLang(['fr-FR', 'ZH-hans'])).toBe('zh');
	});
	it('picks English otherwise', () => {
		expect(preferredLang(['en-GB', 'zh-CN'])).toBe('en');
		expect(preferredLang(['de-DE'])).toBe('en');
		expect(preferredLang([])).toBe('en');
	});
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
