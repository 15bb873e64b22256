import { describe, expect, it } from 'vitest';
import { buildVocab, characters, encode, UNK } from './tokens';

describe('characters', () => {
	it('keeps emoji, flags and combining accents whole', () => {
		expect(characters('a👩‍👩‍👧🇨🇳e\u0301')).toEqual(['a', '👩‍👩‍👧', '🇨🇳', 'e\u0301']);
		expect(characters('大模型')).toEqual(['大', '模', '型']);
		expect(characters('')).toEqual([]);
	});
	it('splits plain Latin text (the segmenter skipped) exactly as the segmenter does', () => {
		const segment = (text: string) => Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
		for (const text of ['The cat sat.\nOn the mat!', 'tab\there, ÿ and ʯ', 'a\r\nb', 'e\u0301', 'x\u02ffy\u0300z'])
			expect(characters(text)).toEqual(segment(text));
	});
});

describe('vocabulary', () => {
	it('orders by frequency, first seen first on ties', () => {
		const v = buildVocab(characters('abcbcc'));
		expect(v.tokens).toEqual(['c', 'b', 'a']);
		expect(v.unk).toBe(-1);
	});
	it('keeps the most frequent characters, then specials, then <unk>', () => {
		const v = buildVocab(characters('aaabbc d'), 2, ['<s>']);
		expect(v.tokens).toEqual(['a', 'b', '<s>', UNK]);
		expect(v.cut).toBe(3);
		expect([...encode(characters('abcz'), v)]).toEqual([0, 1, 3, 3]);
	});
});

describe('characters in windows', () => {
	it('gives the same clusters as one segmenter pass, whatever falls on a window edge', () => {
		const pieces = ['a', '字', '👩‍👩‍👧', 'e\u0301', '🇨🇳', ' ', '👍🏽'];
		for (let seed = 1; seed < 6; seed++) {
			let text = '';
			for (let i = 0; i < 1500; i++) text += pieces[(i * seed * 7 + (i >> 3)) % pieces.length];
			const whole = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
			expect(characters(text)).toEqual(whole);
		}
	});
});
