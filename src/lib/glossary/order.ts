// The glossary page's order, letter groups, filter and display names. Chinese terms are ordered by the pinyin of their
// Chinese name (ICU's zh collation, which is pinyin order, as in Node's full ICU at build time: the page computes the
// order when it is prerendered and ships it as data, so a browser with a smaller ICU cannot reorder it). Terms that
// begin with a Latin letter (KV 缓存, Brier 分数) are filed under that letter, as a Chinese index does.
import type { Lang } from '$lib/i18n/langs';
import { GLOSSARY, TERM_IDS, type TermId } from './terms';

export interface LetterGroup {
	/** A to Z, or # for a term that starts with neither a letter nor a Chinese character. */
	letter: string;
	ids: TermId[];
}

const COLLATORS: Record<Lang, Intl.Collator> = {
	zh: new Intl.Collator('zh-u-co-pinyin'),
	en: new Intl.Collator('en', { sensitivity: 'base' })
};

// The first character of each pinyin initial in ICU's pinyin collation (there are no syllables starting with i, u or
// v). A Chinese character's initial is the last of these that sorts at or before it.
const PINYIN_FIRSTS: [string, string][] = [
	['A', '吖'],
	['B', '八'],
	['C', '嚓'],
	['D', '咑'],
	['E', '妸'],
	['F', '发'],
	['G', '旮'],
	['H', '哈'],
	['J', '丌'],
	['K', '咔'],
	['L', '垃'],
	['M', '妈'],
	['N', '拏'],
	['O', '噢'],
	['P', '妑'],
	['Q', '七'],
	['R', '呥'],
	['S', '仨'],
	['T', '他'],
	['W', '屲'],
	['X', '夕'],
	['Y', '丫'],
	['Z', '帀']
];

// Words whose first character ICU reads in another of its readings, written with a character of the reading meant,
// for sorting only: 曝光 is bào guāng (ICU sorts 曝 as pù).
const READINGS: Record<string, string> = { 曝光: '暴光' };

/** A name as it sorts: with the readings above put right. */
function sortKey(name: string): string {
	let key = name.trim();
	for (const [word, reading] of Object.entries(READINGS)) if (key.startsWith(word)) key = reading + key.slice(word.length);
	return key;
}

/** The index letter a name is filed under: its first Latin letter, or the pinyin initial of its first character. */
export function indexLetter(name: string): string {
	const first = sortKey(name).charAt(0);
	if (/[a-z]/i.test(first)) return first.toUpperCase();
	if (/[\u3400-\u9fff]/.test(first)) {
		let letter = '#';
		for (const [initial, char] of PINYIN_FIRSTS) if (COLLATORS.zh.compare(char, first) <= 0) letter = initial;
		return letter;
	}
	return '#';
}

/** Every term, in the order of its name in `lang`, grouped by index letter (groups in A-Z order, # last). */
export function glossaryGroups(lang: Lang): LetterGroup[] {
	const name = (id: TermId) => GLOSSARY[id].name[lang];
	const groups = new Map<string, TermId[]>();
	for (const id of [...TERM_IDS].sort((a, b) => COLLATORS[lang].compare(sortKey(name(a)), sortKey(name(b))))) {
		const letter = indexLetter(name(id));
		groups.set(letter, [...(groups.get(letter) ?? []), id]);
	}
	return [...groups.entries()]
		.sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
		.map(([letter, ids]) => ({ letter, ids }));
}

/** What the filter box matches: the term's names in both languages and its definition in the page's language. */
export function termMatches(id: TermId, lang: Lang, query: string): boolean {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	if (words.length === 0) return true;
	const term = GLOSSARY[id];
	const text = `${term.name.zh} ${term.name.en} ${term.definition[lang]}`.toLowerCase();
	return words.every((word) => text.includes(word));
}

/** The filter query from an address (?q=): trimmed, at most 100 characters. */
export function filterFromUrl(url: URL): string {
	return (url.searchParams.get('q') ?? '').trim().slice(0, 100);
}

/**
 * A name with its bracketed gloss written after a middle dot instead, "因果解码器（仅解码器）" → "因果解码器 · 仅解码器",
 * for places that already put the name in brackets (a term card shows the other language's name in brackets), so no
 * bracket ever sits inside another.
 */
export function flatName(name: string): string {
	return name
		.replace(/\s*[（(]\s*([^（）()]*?)\s*[）)]/g, ' · $1')
		.replace(/\s+/g, ' ')
		.trim();
}

/** How deeply brackets nest in a text: 0 without brackets, 1 for "a (b) c", 2 for "a（b（c））". */
export function bracketDepth(text: string): number {
	let depth = 0;
	let deepest = 0;
	for (const char of text) {
		if (char === '(' || char === '（') deepest = Math.max(deepest, ++depth);
		else if (char === ')' || char === '）') depth = Math.max(0, depth - 1);
	}
	return deepest;
}
