import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encode as r50kEncode } from 'gpt-tokenizer/encoding/r50k_base';
import { encode as o200kEncode } from 'gpt-tokenizer/encoding/o200k_base';
import { countTokens, loadTokenizer, simpleTokenizer, splitText, TOKENIZER_INFO, TOKENIZER_NAMES } from './index';

// Reference encodings. "hello world" is the example OpenAI's tiktoken README and countless tests use: r50k_base
// [31373, 995], o200k_base [24912, 2375]. The others are the package's own encodings (its encoder is the reference the
// issue names), so these tests pin that our wrapper passes text through unchanged.
const SENTENCES = [
	'hello world',
	'The cat sat on the mat because it was warm.',
	'大模型根据前面的词预测下一个词。',
	'翻译成英文：我爱你。 I love you.',
	'emoji 👍🏽 and a family 👨‍👩‍👧 and a flag 🇨🇳',
	'  spaces   and\ttabs\nnewlines  ',
	'气',
	'a <|endoftext|> b',
	'é (e + U+0301 é) and Ω'
];

describe('loadTokenizer', () => {
	it('knows exactly the three names, and rejects others with a RangeError', async () => {
		expect([...TOKENIZER_NAMES]).toEqual(['simple', 'gpt2', 'o200k']);
		await expect(loadTokenizer('bert' as never)).rejects.toThrow(RangeError);
		await expect(loadTokenizer('' as never)).rejects.toThrow(/simple, gpt2, o200k/);
	});

	it('gives the well-known ids for "hello world"', async () => {
		expect((await loadTokenizer('gpt2')).encode('hello world')).toEqual([31373, 995]);
		expect((await loadTokenizer('o200k')).encode('hello world')).toEqual([24912, 2375]);
	});

	it('encodes every sentence as the package does, special-token text included as plain text', async () => {
		const gpt2 = await loadTokenizer('gpt2');
		const o200k = await loadTokenizer('o200k');
		for (const text of SENTENCES) {
			expect(gpt2.encode(text)).toEqual(r50kEncode(text, { disallowedSpecial: new Set() }));
			expect(o200k.encode(text)).toEqual(o200kEncode(text, { disallowedSpecial: new Set() }));
		}
		// "<|endoftext|>" typed by a learner is characters, never GPT-2's special token 50256.
		expect(gpt2.encode('a <|endoftext|> b')).not.toContain(50256);
	});

	it('returns the same tokenizer object when asked twice', async () => {
		expect(await loadTokenizer('gpt2')).toBe(await loadTokenizer('gpt2'));
	});
});

describe('pieces', () => {
	it('join back to the original text exactly, and hold every id in order', async () => {
		for (const name of TOKENIZER_NAMES) {
			const tokenizer = await loadTokenizer(name);
			for (const text of SENTENCES) {
				const pieces = tokenizer.pieces(text);
				expect(pieces.map((p) => p.text).join(''), `${name}: ${text}`).toBe(text);
				expect(pieces.flatMap((p) => p.ids), `${name}: ${text}`).toEqual(tokenizer.encode(text));
				for (const piece of pieces) expect(piece.text).not.toContain('\uFFFD');
			}
		}
	});

	it('join the byte tokens of one Chinese character into one chip that lists all their ids', async () => {
		const gpt2 = await loadTokenizer('gpt2');
		const ids = gpt2.encode('气');
		expect(ids.length).toBeGreaterThan(1); // GPT-2 spells 气 in bytes
		expect(gpt2.pieces('气')).toEqual([{ text: '气', ids }]);
		// o200k_base has 气 as one token.
		const o200k = await loadTokenizer('o200k');
		expect(o200k.pieces('气')).toEqual([{ text: '气', ids: o200k.encode('气') }]);
		expect(o200k.encode('气')).toHaveLength(1);
	});

	it('cost GPT-2 several times the tokens GPT-4o needs for Chinese, and about the same for English', async () => {
		const gpt2 = await loadTokenizer('gpt2');
		const o200k = await loadTokenizer('o200k');
		const zh = '大模型根据前面的词预测下一个词。';
		expect(gpt2.encode(zh).length / o200k.encode(zh).length).toBeGreaterThan(2);
		const en = 'The cat sat on the mat because it was warm.';
		expect(gpt2.encode(en).length).toBe(o200k.encode(en).length);
	});

	it('simple split: one piece per token of the site tokenizer, whitespace carried, equal texts equal ids', async () => {
		const simple = await loadTokenizer('simple');
		const pieces = simple.pieces('the cat  the 猫');
		expect(pieces.map((p) => p.text)).toEqual(['the', ' cat', '  the', ' 猫']);
		expect(simple.encode('the cat  the 猫')).toEqual([0, 1, 0, 2]);
		expect(simple.pieces('')).toEqual([]);
		expect(simple.pieces('   ')).toEqual([]);
	});
});

describe('TOKENIZER_INFO', () => {
	it('states vocabulary sizes as the package has them', async () => {
		const r50k = await import('gpt-tokenizer/encoding/r50k_base');
		const o200k = await import('gpt-tokenizer/encoding/o200k_base');
		expect(TOKENIZER_INFO.gpt2.vocabularySize).toBe(r50k.vocabularySize);
		expect(TOKENIZER_INFO.o200k.vocabularySize).toBe(o200k.vocabularySize);
	});

	it('states the download within 10% of the merge table compressed', () => {
		for (const [name, file] of [['gpt2', 'r50k_base'], ['o200k', 'o200k_base']] as const) {
			const gz = gzipSync(readFileSync(`node_modules/gpt-tokenizer/esm/bpeRanks/${file}.js`)).length;
			expect(Math.abs(TOKENIZER_INFO[name].downloadBytes - gz) / gz, name).toBeLessThan(0.1);
		}
	});
});

describe('splitText', () => {
	it('gives the simple split exactly as the site tokenizer does', async () => {
		const { tokenize } = await import('$lib/attention/tokenize');
		expect(splitText(simpleTokenizer, 'The cat 坐在 mat.', 1024)).toEqual(tokenize('The cat 坐在 mat.', 1024));
	});

	it('gives a real tokenizer one token per id, with offsets into the text and byte tokens named by their part', async () => {
		const gpt2 = await loadTokenizer('gpt2');
		const text = 'a 气';
		const { tokens, totalTokens, truncated } = splitText(gpt2, text);
		const ids = gpt2.encode(text);
		expect(tokens.map((t) => t.ids)).toEqual(ids.map((id) => [id]));
		expect(totalTokens).toBe(ids.length);
		expect(truncated).toBe(false);
		expect(tokens[0]).toEqual({ text: 'a', start: 0, end: 1, ids: [ids[0]] });
		// " 气" is several byte tokens: each spans the same text and says which part it is.
		const parts = tokens.slice(1);
		expect(parts.length).toBeGreaterThan(1);
		parts.forEach((token, i) => {
			expect(token.part).toEqual([i + 1, parts.length]);
			expect(token.text).toBe(` 气[${i + 1}/${parts.length}]`);
			expect(text.slice(token.start, token.end)).toBe(' 气');
		});
	});

	it('keeps at most maxTokens and counts the rest', async () => {
		const o200k = await loadTokenizer('o200k');
		const text = 'one two three four five';
		const { tokens, totalTokens, truncated } = splitText(o200k, text, 2);
		expect(tokens.map((t) => t.text)).toEqual(['one', ' two']);
		expect(totalTokens).toBe(o200k.encode(text).length);
		expect(truncated).toBe(true);
	});

	it('counts tokens as ids (a real tokenizer) or as the simple split', async () => {
		const gpt2 = await loadTokenizer('gpt2');
		expect(countTokens(gpt2, '气')).toBe(gpt2.encode('气').length);
		expect(countTokens(simpleTokenizer, '大模型 LLM')).toBe(4);
	});
});
