import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_CHARS, MAX_TOKENS, tokenize, type Token } from './tokenize';

const texts = (input: string, maxTokens?: number) => tokenize(input, maxTokens).tokens.map((t) => t.text);

describe('tokenize: words, characters and punctuation', () => {
	it('splits English on spaces and punctuation', () => {
		expect(texts('translate English to German: That is good.')).toEqual([
			'translate',
			'English',
			'to',
			'German',
			':',
			'That',
			'is',
			'good',
			'.'
		]);
		expect(texts('Das ist gut.')).toEqual(['Das', 'ist', 'gut', '.']);
	});

	it('gives every Chinese character and CJK punctuation mark its own token', () => {
		expect(texts('大模型会预测下一个词。')).toEqual(['大', '模', '型', '会', '预', '测', '下', '一', '个', '词', '。']);
		expect(texts('你好，世界！真的？')).toEqual(['你', '好', '，', '世', '界', '！', '真', '的', '？']);
	});

	it('keeps Latin words and numbers whole inside Chinese text', () => {
		expect(texts('我爱NLP和GPT-4！')).toEqual(['我', '爱', 'NLP', '和', 'GPT-4', '！']);
		expect(texts('第2023年')).toEqual(['第', '2023', '年']);
	});

	it('splits kana and Hangul syllables one per token, also decomposed Hangul', () => {
		expect(texts('ひらがなカタカナ')).toEqual(['ひ', 'ら', 'が', 'な', 'カ', 'タ', 'カ', 'ナ']);
		expect(texts('한국어')).toEqual(['한', '국', '어']);
		// 한 and 국 written as conjoining jamo (L V T): still one token per syllable.
		expect(texts('\u1112\u1161\u11ab\u1100\u116e\u11a8')).toEqual(['\u1112\u1161\u11ab', '\u1100\u116e\u11a8']);
		// Kana with a separate combining voiced sound mark, halfwidth kana with its voiced mark.
		expect(texts('か\u3099ｶﾞ')).toEqual(['か\u3099', 'ｶﾞ']);
	});

	it('keeps apostrophes and hyphens inside a word, not around it', () => {
		expect(texts("don't state-of-the-art it’s")).toEqual(["don't", 'state-of-the-art', 'it’s']);
		expect(texts("'quoted' -x y- a--b")).toEqual(["'", 'quoted', "'", '-', 'x', 'y', '-', 'a', '-', '-', 'b']);
	});

	it('treats HTML-looking text as plain text', () => {
		expect(texts('<script>alert(1)</script>')).toEqual(['<', 'script', '>', 'alert', '(', '1', ')', '<', '/', 'script', '>']);
		expect(texts('a<b && c>"d"')).toEqual(['a', '<', 'b', '&', '&', 'c', '>', '"', 'd', '"']);
	});

	it('keeps Arabic, Hebrew, Cyrillic, Greek and Devanagari words whole', () => {
		expect(texts('مرحبا بالعالم')).toEqual(['مرحبا', 'بالعالم']);
		expect(texts('שָׁלוֹם עולם')).toEqual(['שָׁלוֹם', 'עולם']);
		expect(texts('Привет, мир! Γειά σου')).toEqual(['Привет', ',', 'мир', '!', 'Γειά', 'σου']);
		expect(texts('नमस्ते दुनिया')).toEqual(['नमस्ते', 'दुनिया']);
		// Persian uses ZERO WIDTH NON-JOINER inside words.
		expect(texts('می\u200cخواهم')).toEqual(['می\u200cخواهم']);
	});

	it('drops every kind of whitespace', () => {
		expect(texts('  a\tb\nc\r\nd\u00a0e\u3000f\u2003g  ')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
		expect(tokenize('').tokens).toEqual([]);
		expect(tokenize(' \n\t ').totalTokens).toBe(0);
	});

	it('reports UTF-16 offsets', () => {
		expect(tokenize(' 我 😀ab.').tokens).toEqual([
			{ text: '我', start: 1, end: 2 },
			{ text: '😀', start: 3, end: 5 },
			{ text: 'ab', start: 5, end: 7 },
			{ text: '.', start: 7, end: 8 }
		]);
	});
});

describe('tokenize: combining marks, emoji and surrogates', () => {
	it('keeps combining marks on their base character', () => {
		expect(texts('e\u0301te\u0301')).toEqual(['e\u0301te\u0301']);
		expect(texts('e\u0301 te\u0301')).toEqual(['e\u0301', 'te\u0301']);
		expect(texts('a\u0300\u0301\u0302!\u20dd')).toEqual(['a\u0300\u0301\u0302', '!\u20dd']);
		expect(texts('字\u0301')).toEqual(['字\u0301']);
	});

	it('gives a mark with no base (start of text or after whitespace) its own token', () => {
		expect(texts('\u0301\u0302x')).toEqual(['\u0301\u0302', 'x']);
		expect(texts('a \u0301b')).toEqual(['a', '\u0301', 'b']);
	});

	it('keeps emoji sequences whole', () => {
		expect(texts('👩‍👩‍👧 🇨🇳 1️⃣ 👍🏽')).toEqual(['👩‍👩‍👧', '🇨🇳', '1️⃣', '👍🏽']);
		expect(texts('🇨🇳🇺🇸🇫')).toEqual(['🇨🇳', '🇺🇸', '🇫']);
		expect(texts('❤️🏳️‍🌈🧑🏽‍💻#️⃣*️⃣')).toEqual(['❤️', '🏳️‍🌈', '🧑🏽‍💻', '#️⃣', '*️⃣']);
		// Subdivision flag (tag characters) and emoji between words.
		expect(texts('🏴󠁧󠁢󠁥󠁮󠁧󠁿!')).toEqual(['🏴󠁧󠁢󠁥󠁮󠁧󠁿', '!']);
		expect(texts('hi😀there')).toEqual(['hi', '😀', 'there']);
		expect(texts('12️⃣3')).toEqual(['1', '2️⃣', '3']);
	});

	it('never splits a surrogate pair and keeps lone surrogates as tokens', () => {
		expect(texts('𝐀𝐁 𠀀𠀁')).toEqual(['𝐀𝐁', '𠀀', '𠀁']);
		expect(texts('\ud800a\udc00')).toEqual(['\ud800', 'a', '\udc00']);
		expect(texts('\udc00\ud800')).toEqual(['\udc00', '\ud800']);
	});
});

describe('tokenize: limits', () => {
	it('keeps the first maxTokens tokens and counts all of them', () => {
		expect(tokenize('a b c d', 2)).toEqual({
			tokens: [
				{ text: 'a', start: 0, end: 1 },
				{ text: 'b', start: 2, end: 3 }
			],
			truncated: true,
			totalTokens: 4,
			inputTruncated: false
		});
		expect(tokenize('a b', 2)).toMatchObject({ truncated: false, totalTokens: 2 });
		expect(tokenize('a b', 0)).toMatchObject({ tokens: [], truncated: true, totalTokens: 2 });
		expect(tokenize('', 0)).toMatchObject({ tokens: [], truncated: false, totalTokens: 0 });
	});

	it('uses MAX_TOKENS by default', () => {
		const result = tokenize('字'.repeat(MAX_TOKENS + 5));
		expect(result.tokens).toHaveLength(MAX_TOKENS);
		expect(result).toMatchObject({ truncated: true, totalTokens: MAX_TOKENS + 5, inputTruncated: false });
		expect(tokenize('字'.repeat(MAX_TOKENS)).truncated).toBe(false);
	});

	it('rejects a maxTokens that is not a non-negative integer', () => {
		for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
			expect(() => tokenize('a', bad)).toThrow(RangeError);
		}
		expect(() => tokenize('a', -1)).toThrow(/maxTokens/);
	});

	it('cuts input longer than MAX_INPUT_CHARS and counts tokens in what is left', () => {
		expect(tokenize('字'.repeat(MAX_INPUT_CHARS)).inputTruncated).toBe(false);
		const result = tokenize('字'.repeat(MAX_INPUT_CHARS + 1), Number.MAX_SAFE_INTEGER);
		expect(result).toMatchObject({ inputTruncated: true, truncated: false, totalTokens: MAX_INPUT_CHARS });
		expect(result.tokens.at(-1)?.end).toBe(MAX_INPUT_CHARS);
	});

	it('cuts the input on a code point boundary', () => {
		const result = tokenize('a'.repeat(MAX_INPUT_CHARS - 1) + '😀b');
		expect(result.inputTruncated).toBe(true);
		expect(result.tokens).toHaveLength(1);
		expect(result.tokens[0].end).toBe(MAX_INPUT_CHARS - 1);
	});

	it('handles 100,000 characters of mixed text', () => {
		const parts = ['Hello, world! ', '大模型会预测下一个词。', "don't ", '👩‍👩‍👧 🇨🇳 ', 'e\u0301te\u0301 ', 'مرحبا ', '<b>&amp;</b>'];
		let text = '';
		for (let i = 0; text.length < 100_000; i++) text += parts[i % parts.length];
		const result = tokenize(text);
		expect(result.tokens.length).toBeLessThanOrEqual(MAX_TOKENS);
		expect(result).toMatchObject({ truncated: true, inputTruncated: true });
		expect(result.totalTokens).toBeGreaterThan(MAX_TOKENS);
		const whole = tokenize(text, Number.MAX_SAFE_INTEGER);
		expect(whole.tokens).toHaveLength(whole.totalTokens);
		expect(whole.tokens.at(-1)!.end).toBeLessThanOrEqual(MAX_INPUT_CHARS);
	});
});

describe('tokenize: properties', () => {
	const tricky = fc.constantFrom(
		' ',
		'\n',
		'\u3000',
		'\u0301',
		'\u20e3',
		'\ufe0f',
		'\u200d',
		'\u200c',
		'🏽',
		'🇨',
		'👩',
		'1',
		'#',
		"'",
		'-',
		'’',
		'a',
		'é',
		'字',
		'。',
		'한',
		'\u1100',
		'\u1161',
		'\u11a8',
		'ｶ',
		'ﾞ',
		'م',
		'<',
		'\udb40\udc67'
	);
	const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
	const codePoint = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });
	/** Anything, lone surrogates included. */
	const anyString = fc.string({ unit: fc.oneof(tricky, codePoint, codeUnit), maxLength: 60 });
	/** Well-formed UTF-16 only. */
	const wellFormed = fc.oneof(
		fc.string({ unit: fc.oneof(tricky.filter((s) => s.length !== 1 || !/[\ud800-\udfff]/.test(s)), codePoint), maxLength: 60 }),
		fc.string({ unit: 'grapheme', maxLength: 30 })
	);

	const isSurrogatePairAt = (s: string, i: number) =>
		/[\ud800-\udbff]/.test(s.charAt(i - 1)) && /[\udc00-\udfff]/.test(s.charAt(i));

	function checkStructure(input: string, tokens: Token[]) {
		let previousEnd = 0;
		for (const token of tokens) {
			expect(token.text).toBe(input.slice(token.start, token.end));
			expect(token.end).toBeGreaterThan(token.start);
			expect(token.start).toBeGreaterThanOrEqual(previousEnd);
			// Only whitespace between tokens, none inside them.
			expect(input.slice(previousEnd, token.start)).toMatch(/^\s*$/u);
			expect(token.text).not.toMatch(/\s/u);
			// No surrogate pair is cut, and no combining mark is split from its base.
			expect(isSurrogatePairAt(input, token.start)).toBe(false);
			expect(isSurrogatePairAt(input, token.end)).toBe(false);
			expect(/^\p{M}/u.test(input.slice(token.end))).toBe(false);
			if (/^\p{M}/u.test(token.text) && token.start > 0) expect(input.charAt(token.start - 1)).toMatch(/\s/u);
			previousEnd = token.end;
		}
		expect(input.slice(previousEnd)).toMatch(/^\s*$/u);
	}

	it('slices back to the input, in order, without overlap, for any string', () => {
		fc.assert(
			fc.property(anyString, (input) => {
				const result = tokenize(input);
				checkStructure(input, result.tokens);
				expect(result.totalTokens).toBe(result.tokens.length);
				expect(tokenize(input)).toEqual(result);
			}),
			{ numRuns: 500 }
		);
	});

	it('concatenates back to the input without whitespace for well-formed strings', () => {
		fc.assert(
			fc.property(wellFormed, (input) => {
				const { tokens } = tokenize(input);
				checkStructure(input, tokens);
				expect(tokens.map((t) => t.text).join('')).toBe(input.replace(/\s/gu, ''));
			}),
			{ numRuns: 500 }
		);
	});

	it('truncates to a prefix of the full result', () => {
		fc.assert(
			fc.property(anyString, fc.nat(20), (input, maxTokens) => {
				const full = tokenize(input, Number.MAX_SAFE_INTEGER);
				const cut = tokenize(input, maxTokens);
				expect(cut.tokens).toEqual(full.tokens.slice(0, maxTokens));
				expect(cut.totalTokens).toBe(full.totalTokens);
				expect(cut.truncated).toBe(full.totalTokens > maxTokens);
			})
		);
	});
});
