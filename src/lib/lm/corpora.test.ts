// The shipped corpora are plain-text files generated from the content, so the figure loads a few kilobytes instead of
// every markdown page. This test fails when they are stale; `UPDATE_CORPORA=1 npx vitest run src/lib/lm/corpora.test.ts`
// rewrites them.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { enCorpusText, zhCorpusText } from './corpus';

const expected = {
	zh: zhCorpusText(readFileSync('content/seed/llm-basics.zh.txt', 'utf8')),
	en: enCorpusText(
		readdirSync('content/en')
			.filter((name) => name.endsWith('.md'))
			.sort()
			.map((name) => readFileSync(`content/en/${name}`, 'utf8'))
	)
};

it('the shipped corpora match the seed and the English Original blocks', () => {
	for (const lang of ['zh', 'en'] as const) {
		const path = `src/lib/lm/corpora/${lang}.txt`;
		if (process.env.UPDATE_CORPORA) writeFileSync(path, expected[lang] + '\n');
		expect(readFileSync(path, 'utf8')).toBe(expected[lang] + '\n');
	}
});

it('every character of the default sentences occurs in its corpus, so every position can be scored', async () => {
	const { SENTENCES } = await import('./settings');
	for (const lang of ['zh', 'en'] as const) {
		const corpus = new Set(Array.from(expected[lang]));
		expect(Array.from(SENTENCES[lang].text).filter((c) => !corpus.has(c))).toEqual([]);
	}
});
