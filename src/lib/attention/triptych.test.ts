import { describe, expect, it } from 'vitest';
import { causalMask, countVisible, prefixMask } from './masks';
import { readSettings, defaultSettings } from './settings';
import { buildModel } from './figure';
import { labQuery, triptych, triptychText, TRIPTYCH_DEFAULT_TEXT, TRIPTYCH_MAX_TOKENS, writeTriptych } from './triptych';

const count = (cells: string[][], kind: string) => cells.flat().filter((c) => c === kind).length;

describe('the home page mask triptych', () => {
	it('draws the default English sentence (7 tokens, input of 4) as causal, prefix LM and encoder-decoder', () => {
		const figure = triptych(TRIPTYCH_DEFAULT_TEXT.en);
		expect(figure.tokens.map((t) => t.text)).toEqual(['The', 'cat', 'sat', 'on', 'the', 'mat', '.']);
		expect(figure.split).toBe(4);
		const [causal, prefix, encdec] = figure.panels;
		expect(figure.panels.map((p) => p.layout)).toEqual(['causal', 'prefix', 'encoder-decoder']);
		// Causal: n(n+1)/2 = 28 cells, the lower triangle.
		expect(causal.visible).toBe(28);
		expect(causal.visible).toBe(countVisible(causalMask(7)));
		expect(causal.cells[0]).toEqual(['visible', ...Array(6).fill('blocked')]);
		// Prefix LM: the 4 x 4 prefix block is seen both ways: 28 + 6 cells above the diagonal.
		expect(prefix.visible).toBe(countVisible(prefixMask(7, 4)));
		expect(prefix.visible).toBe(34);
		expect(count(prefix.cells, 'both-ways')).toBe(6);
		expect(prefix.cells[0].slice(0, 5)).toEqual(['visible', 'both-ways', 'both-ways', 'both-ways', 'blocked']);
		// Encoder-decoder: the same cells as the prefix LM, in three parts: encoder 4 x 4, cross 3 x 4, decoder 3 x 3 causal.
		expect(encdec.visible).toBe(34);
		expect(count(encdec.cells, 'encoder')).toBe(16);
		expect(count(encdec.cells, 'cross')).toBe(12);
		expect(count(encdec.cells, 'decoder')).toBe(6);
		expect(encdec.cells[0][4]).toBe('blocked'); // the encoder never sees the target
	});

	it('splits a Chinese sentence into characters, and keeps at most 12 tokens', () => {
		const zh = triptych(TRIPTYCH_DEFAULT_TEXT.zh);
		expect(zh.tokens.length).toBe(8);
		expect(zh.split).toBe(4);
		const long = triptych('一二三四五六七八九十壹贰叁肆');
		expect(long.tokens.length).toBe(TRIPTYCH_MAX_TOKENS);
		expect(long.truncated).toBe(true);
		expect(long.panels[0].cells.length).toBe(12);
		const empty = triptych('   ');
		expect(empty.tokens).toEqual([]);
		expect(empty.panels.every((p) => p.visible === 0)).toBe(true);
	});

	it('reads its sentence from the address, with the default for none or blank, and no markup interpreted', () => {
		expect(triptychText(new URLSearchParams(''), 'zh')).toBe(TRIPTYCH_DEFAULT_TEXT.zh);
		expect(triptychText(new URLSearchParams('mask=%20%20'), 'en')).toBe(TRIPTYCH_DEFAULT_TEXT.en);
		expect(triptychText(new URLSearchParams('mask=I%20like%20tea'), 'en')).toBe('I like tea');
		expect(triptychText(new URLSearchParams(`mask=${'a'.repeat(500)}`), 'en').length).toBe(200);
		expect(triptych('<img src=x onerror=alert(1)>').tokens.map((t) => t.text)).toContain('img');
	});

	it('links to the mask lab with the same sentence, split at the same token, which the lab reads back', () => {
		const text = 'The cat sat on the mat.';
		const query = labQuery(text, triptych(text));
		const params = new URLSearchParams(query);
		expect(params.get('input')).toBe('The cat sat on');
		expect(params.get('target')).toBe('the mat.');
		expect(params.get('view')).toBe('compare');
		const { settings, problems } = readSettings(params, defaultSettings('en'));
		expect(problems).toEqual([]);
		const model = buildModel(settings);
		expect(model.n).toBe(7);
		expect(model.prefix).toBe(4);
	});
});

describe('writeTriptych', () => {
	it('writes a typed sentence that reads back the same, and nothing for the default or a blank one', () => {
		const params = writeTriptych('A dog ran.', 'en');
		expect(params.toString()).toBe('mask=A+dog+ran.');
		expect(triptychText(params, 'en')).toBe('A dog ran.');
		expect(writeTriptych(TRIPTYCH_DEFAULT_TEXT.zh, 'zh').toString()).toBe('');
		expect(writeTriptych('   ', 'en').toString()).toBe('');
	});
});
