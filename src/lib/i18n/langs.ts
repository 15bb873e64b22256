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
