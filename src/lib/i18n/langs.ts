export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** BCP 47 tags for <html lang>: Simplified Chinese and English. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

export function isLang(value: string | undefined | null): value is Lang {
	return (LANGS as readonly string[]).includes(value ?? '');
}

export function otherLang(lang: Lang): Lang {
	return lang === 'zh' ? 'en' : 'zh';
}

/** The language a browser prefers, from navigator.languages: Chinese in any variant picks zh, else en. */
export function preferredLang(languages: readonly string[]): Lang {
	for (const tag of languages) {
		const primary = tag.toLowerCase().split('-')[0];
		if (primary === 'zh') return 'zh';
		if (primary === 'en') return 'en';
	}
	return 'en';
}
