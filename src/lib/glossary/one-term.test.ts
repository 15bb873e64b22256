// One Chinese term per concept: the glossary holds the chosen term and the variants the site does not use. This scans
// every Chinese string the site shows — the concept markdown outside the verbatim original, and every source file
// under src/ (i18n strings, figure strings, labs, routes, glossary definitions) — and fails on a rejected variant.
// Quoting the original is allowed: a 「…」 whose text is in the seed may keep the seed's word.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT } from '../../../tests/unit/content-scan';
import { GLOSSARY, TERM_IDS, type GlossaryTerm } from './terms';

const seed = readFileSync('content/seed/llm-basics.zh.txt', 'utf8');

/** Every rejected variant, with the term that replaces it. */
const REJECTED = TERM_IDS.flatMap((id) => ((GLOSSARY[id] as GlossaryTerm).rejected?.zh ?? []).map((word: string) => ({ word, chosen: GLOSSARY[id].name.zh, id })));

/** Source files under src/ that can put text on a page (tests excluded; the glossary is checked through its data). */
function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		if (!/\.(ts|js|svelte)$/.test(name) || /\.test\.ts$/.test(name) || path.endsWith(join('glossary', 'terms.ts'))) return [];
		return [path];
	});
}

/** Chinese text the site shows, by where it comes from. */
function shownChinese(): { where: string; text: string }[] {
	const pages = CONTENT.filter((f) => f.lang === 'zh').map((f) => ({
		where: f.path,
		// The original is quoted verbatim and may use any word; so may a 「quote」 of it.
		text: (f.source.slice(0, f.source.indexOf('<Original>')) + f.source.slice(f.source.indexOf('</Original>'))).replace(
			/「([^」]*)」/g,
			(quote, inner: string) => (seed.includes(inner) ? '「」' : quote)
		)
	}));
	const code = sourceFiles('src').map((path) => ({ where: path, text: readFileSync(path, 'utf8') }));
	const glossary = TERM_IDS.map((id) => ({ where: `glossary ${id}`, text: `${GLOSSARY[id].name.zh} ${GLOSSARY[id].definition.zh}` }));
	return [...pages, ...code, ...glossary];
}

describe('one Chinese term per concept', () => {
	it('the glossary names the chosen term, which is not itself rejected, for each concept the issue names', () => {
		const chosen = Object.fromEntries(REJECTED.map((r) => [r.word, r.chosen]));
		expect(chosen).toMatchObject({ 词元: 'token', 贪婪: expect.stringContaining('贪心'), 堆栈: '堆叠', 曝光偏差: '暴露偏差', 多选题得分: '多项选择得分', 语言模型头: 'LM head' });
		for (const { word, chosen: term } of REJECTED) expect(term).not.toContain(word);
	});

	it('finds a rejected variant where one is planted (the scan works)', () => {
		const planted = '训练时模型看到的是曝光偏差与词元。';
		expect(REJECTED.filter((r) => planted.includes(r.word)).map((r) => r.word).sort()).toEqual(['曝光偏差', '词元'].sort());
	});

	it('no page, figure, lab or glossary entry shows a rejected variant', () => {
		const found = shownChinese().flatMap(({ where, text }) =>
			REJECTED.filter((r) => text.includes(r.word)).map((r) => `${where}: "${r.word}" (write "${r.chosen}")`)
		);
		expect(found).toEqual([]);
	});

	it('still lets the original use its own words', () => {
		const original = CONTENT.find((f) => f.path === 'content/zh/05-why-decoder-only.md')!.source;
		expect(original.slice(original.indexOf('<Original>'), original.indexOf('</Original>'))).toContain('贪婪采样');
	});
});
