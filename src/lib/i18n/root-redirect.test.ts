import { describe, expect, it } from 'vitest';
import { rootRedirectScript } from './root-redirect.js';

/** Runs the script with a browser's storage, languages and location faked; returns where it sent the reader. */
function sentTo(base: string, languages: string[], stored: string | null | 'blocked'): string {
	let target = '';
	const localStorage = {
		getItem: () => {
			if (stored === 'blocked') throw new Error('SecurityError');
			return stored;
		}
	};
	const navigator = { languages, language: languages[0] };
	const location = { replace: (url: string) => (target = url) };
	new Function('localStorage', 'navigator', 'location', rootRedirectScript(base))(localStorage, navigator, location);
	return target;
}

describe('rootRedirectScript', () => {
	it('picks Chinese for any Chinese variant listed before English, else English', () => {
		for (const [languages, lang] of [
			[['zh-CN', 'en'], 'zh'],
			[['zh-TW'], 'zh'],
			[['fr-FR', 'ZH-hans'], 'zh'],
			[['fr-FR', 'zh-HK', 'en'], 'zh'],
			[['en-GB', 'zh-CN'], 'en'],
			[['de', 'en-GB', 'zh'], 'en'],
			[['de-DE'], 'en'],
			[[], 'en']
		] as const) {
			expect(sentTo('', [...languages], null), languages.join(',')).toBe(`/${lang}/`);
		}
	});

	it('prefers the language the reader chose last, and ignores a stored value that is not one', () => {
		expect(sentTo('', ['en-US'], 'zh')).toBe('/zh/');
		expect(sentTo('', ['zh-CN'], 'en')).toBe('/en/');
		expect(sentTo('', ['zh-CN'], 'fr')).toBe('/zh/');
		expect(sentTo('', ['en-US'], '"><script>')).toBe('/en/');
	});

	it('works with storage blocked, and under a sub-path', () => {
		expect(sentTo('', ['zh-CN'], 'blocked')).toBe('/zh/');
		expect(sentTo('/llm-basics', ['en'], null)).toBe('/llm-basics/en/');
	});

	it('is one expression that leaves no global behind, and no base path closes its script element', () => {
		const script = rootRedirectScript('/a"b</script>');
		expect(script).toMatch(/^\(function\(\)\{.*\}\)\(\)$/);
		expect(script).not.toMatch(/<\/script/i);
		expect(sentTo('/a"b</script>', ['en'], null)).toBe('/a"b</script>/en/');
	});
});
