import { describe, expect, it } from 'vitest';
import { LANGS } from '$lib/i18n/langs';
import { bracketDepth, filterFromUrl, flatName, glossaryGroups, indexLetter, termMatches } from './order';
import { GLOSSARY, TERM_IDS, type TermId } from './terms';

const zhNames = (ids: TermId[]) => ids.map((id) => GLOSSARY[id].name.zh);

describe('the glossary order', () => {
	it('files Chinese names under the pinyin initial of their first character, Latin ones under their letter', () => {
		expect(indexLetter('因果掩码')).toBe('Y'); // yīn
		expect(indexLetter('编码器-解码器')).toBe('B'); // biān
		expect(indexLetter('交叉熵')).toBe('J'); // jiāo
		expect(indexLetter('困惑度')).toBe('K'); // kùn
		expect(indexLetter('自注意力')).toBe('Z'); // zì
		expect(indexLetter('顿悟')).toBe('D'); // dùn
		expect(indexLetter('残差连接')).toBe('C'); // cán
		expect(indexLetter('掩码语言模型')).toBe('Y'); // yǎn
		expect(indexLetter('曝光偏差')).toBe('B'); // bào guāng, not pù
		expect(indexLetter('阿')).toBe('A');
		expect(indexLetter('KV 缓存')).toBe('K');
		expect(indexLetter('Brier 分数')).toBe('B');
		expect(indexLetter('«x»')).toBe('#');
	});

	it('lists every term once per language, groups A to Z, each group sorted by the collation of its language', () => {
		for (const lang of LANGS) {
			const groups = glossaryGroups(lang);
			const ids = groups.flatMap((g) => g.ids);
			expect([...ids].sort()).toEqual([...TERM_IDS].sort());
			expect(groups.map((g) => g.letter)).toEqual([...groups.map((g) => g.letter)].sort());
			for (const group of groups) for (const id of group.ids) expect(indexLetter(GLOSSARY[id].name[lang]), id).toBe(group.letter);
		}
	});

	it('reads in pinyin order in Chinese, not in the English order', () => {
		const groups = glossaryGroups('zh');
		const byLetter = Object.fromEntries(groups.map((g) => [g.letter, zhNames(g.ids)]));
		// 交叉熵 (jiāo chā shāng) before 交叉注意力 (jiāo chā zhù), both before 精确匹配 (jīng).
		const j = byLetter.J;
		expect(j.indexOf('交叉熵')).toBeLessThan(j.indexOf('交叉注意力'));
		expect(j.indexOf('交叉注意力')).toBeLessThan(j.indexOf('精确匹配'));
		// 因果 (yīn) after 掩码 (yǎn), before 涌现 (yǒng).
		expect(byLetter.Y.indexOf('因果掩码')).toBeGreaterThan(byLetter.Y.indexOf('掩码语言模型'));
		expect(byLetter.Y.indexOf('因果掩码')).toBeLessThan(byLetter.Y.indexOf('涌现能力'));
		// The Chinese list starts with B (编码器 biān, after 曝光 bào), where the English one starts with "Brier".
		expect(groups[0].letter).toBe('B');
		expect(zhNames(groups[0].ids)).toContain('编码器-解码器');
		expect(glossaryGroups('en')[0].ids[0]).toBe('brier-score');
		expect(groups.flatMap((g) => g.ids)).not.toEqual(glossaryGroups('en').flatMap((g) => g.ids));
	});
});

describe('the glossary filter', () => {
	it('matches names in both languages and the definition in the page language, every word, any case', () => {
		expect(termMatches('kv-cache', 'zh', '缓存')).toBe(true);
		expect(termMatches('kv-cache', 'zh', 'kv CACHE')).toBe(true);
		expect(termMatches('kv-cache', 'zh', '涌现')).toBe(false);
		expect(termMatches('emergence', 'zh', '')).toBe(true);
		const narrowed = TERM_IDS.filter((id) => termMatches(id, 'zh', '注意力'));
		expect(narrowed.length).toBeGreaterThan(2);
		expect(narrowed.length).toBeLessThan(TERM_IDS.length);
		expect(narrowed).toContain('cross-attention');
	});

	it('takes its query from the address, trimmed and capped', () => {
		expect(filterFromUrl(new URL('http://x/zh/glossary/?q=%20%E6%B3%A8%E6%84%8F%E5%8A%9B%20'))).toBe('注意力');
		expect(filterFromUrl(new URL('http://x/zh/glossary/'))).toBe('');
		expect(filterFromUrl(new URL(`http://x/?q=${'a'.repeat(300)}`)).length).toBe(100);
	});
});

describe('names on display', () => {
	it('flatten a bracketed gloss after a middle dot', () => {
		expect(flatName('因果解码器（仅解码器）')).toBe('因果解码器 · 仅解码器');
		expect(flatName('causal decoder (decoder-only)')).toBe('causal decoder · decoder-only');
		expect(flatName('KV cache')).toBe('KV cache');
		expect(bracketDepth('a（b（c））')).toBe(2);
		expect(bracketDepth('a (b) c')).toBe(1);
	});

	it('never put a bracket inside another: the glossary heading and the term card, in both languages', () => {
		for (const id of TERM_IDS) {
			for (const lang of LANGS) {
				const other = lang === 'zh' ? 'en' : 'zh';
				const name = GLOSSARY[id].name[lang];
				// The glossary heading: the name, then the other name beside it (no brackets added).
				expect(bracketDepth(`${name} ${GLOSSARY[id].name[other]}`), `${id} ${lang}`).toBeLessThanOrEqual(1);
				// The term card: the name, then the other name in brackets.
				expect(bracketDepth(`${name} (${flatName(GLOSSARY[id].name[other])})`), `${id} ${lang} card`).toBeLessThanOrEqual(1);
			}
		}
	});
});
