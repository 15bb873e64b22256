import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distinctiveSentence, parseSeed, plainText } from './seed';

const seed = readFileSync('content/seed/llm-basics.zh.txt', 'utf8');

describe('parseSeed', () => {
	const entries = parseSeed(seed);

	it('finds the six questions and their answers in order', () => {
		expect(entries.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(entries[1].question).toBe('prefix Decoder 和 causal Decoder 和 Encoder-Decoder 区别是什么？');
		expect(entries[1].heading).toBe('2.prefix LM 和 causal LM 区别是什么？');
		expect(entries[5].question).toBe('简单 介绍一下 大模型【LLMs】？');
	});

	it('keeps each answer whole and nothing of the next section', () => {
		expect(entries[0].answer.startsWith('目前主流的开源LLM')).toBe(true);
		expect(entries[0].answer.endsWith('并被广泛应用于各种任务和应用中。')).toBe(true);
		expect(entries[3].answer.startsWith('[大语言模型的涌现能力')).toBe(true);
		expect(entries[5].answer.endsWith('但实际应用中可能会有一些变体或改进。')).toBe(true);
		for (const entry of entries) expect(entry.answer).not.toContain('####');
	});
});

describe('plainText and distinctiveSentence', () => {
	it('strips list markers, bold, links and escapes', () => {
		expect(plainText('1.  **Prefix LM**：前缀 Emoji\\_movie [知乎](https://x)')).toBe('Prefix LM：前缀 Emoji_movie 知乎');
	});

	it('drops a link with a title that holds brackets, as the emergence answer has', () => {
		expect(plainText('[知乎 (zhihu.com)](https://x/p/1 "知乎 (zhihu.com)")')).toBe('知乎 (zhihu.com)');
	});

	it('picks the first sentence of the longest line', () => {
		expect(distinctiveSentence('短句。\n这一行更长一些。后面还有。')).toBe('这一行更长一些。');
	});
});
