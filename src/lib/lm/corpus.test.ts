import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOS, buildCorpus, cutCharacters, enCorpusText, MAX_CORPUS_CHARS, zhCorpusText } from './corpus';

describe('corpus', () => {
	it('refuses empty, whitespace-only and one-character text with a reason', () => {
		expect(buildCorpus('')).toBe('empty');
		expect(buildCorpus(' \n\t ')).toBe('empty');
		expect(buildCorpus('  字 \n')).toBe('too-short');
	});
	it('two characters already make a model', () => {
		const c = buildCorpus('ab');
		if (typeof c === 'string') throw new Error(c);
		expect(c.vocab.tokens).toEqual(['a', 'b', BOS]);
		expect([...c.ids]).toEqual([2, 0, 1]);
	});
	it('puts a start token before each line and holds out the last 10%', () => {
		const c = buildCorpus('abc\n\n  de  f \n');
		if (typeof c === 'string') throw new Error(c);
		expect(c.ids.length).toBe(2 + 3 + 4); // <s>abc <s>de f
		expect(c.train.length + c.held.length).toBe(c.ids.length);
		expect(c.held.length).toBe(1);
	});
	it('cuts a megabyte to 20,000 characters quickly, and keeps emoji whole', () => {
		const huge = '模型'.repeat(500_000);
		const start = performance.now();
		const { text, cut } = cutCharacters(huge);
		expect(performance.now() - start).toBeLessThan(3000); // one pass was 50 s before segmenting in windows
		expect(cut).toBe(true);
		expect(text.length).toBe(MAX_CORPUS_CHARS);
		const emoji = cutCharacters('👩‍👩‍👧'.repeat(30_000));
		expect(emoji.cut).toBe(true);
		expect(emoji.text).toBe('👩‍👩‍👧'.repeat(MAX_CORPUS_CHARS));
		const c = buildCorpus('👍🏽👍🏽🎉');
		if (typeof c === 'string') throw new Error(c);
		expect(c.vocab.tokens).toEqual(['👍🏽', '🎉', BOS]);
	});
	it('caps the vocabulary with <unk> for rare characters', () => {
		const text = Array.from({ length: 800 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
		const c = buildCorpus(text, 100);
		if (typeof c === 'string') throw new Error(c);
		expect(c.vocab.tokens.length).toBe(102);
		expect(c.vocab.cut).toBe(700);
	});
	it('builds the Chinese corpus from the seed and the English one from the Original blocks', () => {
		const zh = zhCorpusText(readFileSync('content/seed/llm-basics.zh.txt', 'utf8'));
		expect(zh).toContain('最大似然估计');
		expect(zh).not.toContain('####');
		expect(zh).not.toContain('**');
		const files = [1, 2, 3, 4, 5, 6].map((n) => readFileSync(`content/en/${['01-model-families', '02-causal-prefix-encoder-decoder', '03-training-objective', '04-emergence', '05-why-decoder-only', '06-transformer-architecture'][n - 1]}.md`, 'utf8'));
		const en = enCorpusText(files);
		expect(en).toContain('maximum likelihood estimation (MLE)');
		expect(en).not.toContain('<Original>');
		expect(en).not.toContain('Notes');
		const c = buildCorpus(zh);
		if (typeof c === 'string') throw new Error(c);
		expect(c.vocab.tokens.length).toBeGreaterThan(300);
	});
});
