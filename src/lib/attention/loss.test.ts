import { describe, expect, it } from 'vitest';
import { buildModel, joinedEncoderDecoder, matricesFor } from './figure';
import { scoredTokens } from './loss';
import { combinedEncoderDecoderMask, prefixMask } from './masks';
import { ARCHITECTURES, defaultSettings } from './settings';

const model = buildModel(defaultSettings('en')); // "translate English to German: That is good." -> "Das ist gut."
const S = model.inputTokens.length;
const T = model.targetTokens.length;
const count = (row: boolean[] | null) => row?.filter(Boolean).length;

describe('scoredTokens', () => {
	it('scores every token of a causal decoder (and of a sliding window)', () => {
		expect(count(scoredTokens('causal', 'self', model))).toBe(model.n);
		expect(count(scoredTokens('sliding', 'self', model))).toBe(model.n);
	});
	it('scores only the tokens after the prefix in a prefix LM', () => {
		const row = scoredTokens('prefix', 'self', model)!;
		expect(row).toHaveLength(model.n);
		expect(row.slice(0, model.prefix).some(Boolean)).toBe(false);
		expect(count(row)).toBe(model.n - model.prefix);
		// At the default prefix (the input), the targets: the same positions as the encoder-decoder's.
		expect(model.prefix).toBe(S);
		expect(count(row)).toBe(T);
	});
	it('scores the decoder target only in an encoder-decoder, never the input', () => {
		expect(count(scoredTokens('encoder-decoder', 'encoder-self', model))).toBe(0);
		expect(scoredTokens('encoder-decoder', 'encoder-self', model)).toHaveLength(S);
		expect(count(scoredTokens('encoder-decoder', 'decoder-self', model))).toBe(T);
		expect(scoredTokens('encoder-decoder', 'cross', model)).toBeNull();
		expect(scoredTokens('encoder', 'self', model)).toBeNull();
	});
	it('joined, scores what the prefix LM at the default prefix scores', () => {
		expect(scoredTokens('encoder-decoder', 'joined', model)).toEqual(scoredTokens('prefix', 'self', model));
	});
	it('has one entry per column of every matrix it draws a row for', () => {
		for (const arch of ARCHITECTURES) {
			for (const m of matricesFor(arch, model)) {
				const row = scoredTokens(arch, m.id, model);
				if (row) expect(row, `${arch} ${m.id}`).toHaveLength(m.cols.length);
			}
		}
	});
});

describe('joinedEncoderDecoder', () => {
	it("is the encoder-decoder's combined mask, and the prefix LM's mask with the prefix at the input's end", () => {
		const joined = joinedEncoderDecoder(model);
		expect(joined.mask).toEqual(combinedEncoderDecoderMask(S, T));
		expect(joined.mask).toEqual(prefixMask(S + T, S));
		expect(joined.visible).toBe(S * S + T * S + (T * (T + 1)) / 2);
	});
});
