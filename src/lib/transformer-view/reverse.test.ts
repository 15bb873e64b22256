// The encoder-decoder panel's numbers, from the shipped model (static/models/transformer-enc-dec.bin): it reverses
// words, its cross-attention rows sum to 1, a second-layer head puts most of each step's weight on the letter that
// step copies (the anti-diagonal), and the first layer's heads do not. Bad input never throws.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forwardEncoderDecoder } from '$lib/transformer/encoder-decoder';
import { REVERSE_MAX_LENGTH } from '$lib/transformer/reverse-task';
import { vocabFromTokens } from '$lib/transformer/vocab';
import { decodeWeights } from '$lib/transformer/weights';
import { reverseView, reverseViewOnce, toyWord } from './reverse';

const { model, meta } = decodeWeights(new Uint8Array(readFileSync('static/models/transformer-enc-dec.bin')));
const vocab = vocabFromTokens(meta.vocab);

describe('toyWord', () => {
	it('lower-cases, drops spaces, cuts to the longest trained word and names characters outside a-z', () => {
		expect(toyWord('Decoder')).toEqual({ chars: [...'decoder'], unknown: [], cut: false });
		expect(toyWord(' ab c ')).toEqual({ chars: ['a', 'b', 'c'], unknown: [], cut: false });
		expect(toyWord('transformers').chars.join('')).toBe('transfor');
		expect(toyWord('transformers').cut).toBe(true);
		expect(toyWord('x1y<b>')).toMatchObject({ unknown: ['1', '<', '>'] });
		expect(toyWord('').chars).toEqual([]);
		expect(toyWord('é😀').unknown).toEqual(['é', '😀']);
	});
});

describe('reverseView on the shipped encoder-decoder', () => {
	it('reverseViewOnce gives the view computed for the same word again (what the figure primes before it mounts), a new word anew', () => {
		const first = reverseViewOnce(model, vocab, toyWord('decoder'));
		expect(reverseViewOnce(model, vocab, toyWord('Decoder'))).toBe(first);
		const other = reverseViewOnce(model, vocab, toyWord('model'));
		expect(other).not.toBe(first);
		expect(other).toEqual(reverseView(model, vocab, toyWord('model')));
		expect(reverseViewOnce(model, vocab, toyWord('decoder'))).toEqual(first);
	});

	it('writes words backwards, as the README says it does on every held-out word', () => {
		for (const word of ['decoder', 'encoder', 'model', 'abc', 'transfor']) {
			const view = reverseView(model, vocab, toyWord(word))!;
			expect(view.output.join('')).toBe([...word].reverse().join(''));
			expect(view.correct).toBe(true);
		}
	});

	it('returns the cross-attention of one forward pass over <s> + output: rows sum to 1, one row per step plus the end', () => {
		const view = reverseView(model, vocab, toyWord('decoder'))!;
		const ids = view.output.map((c) => vocab.index.get(c)!);
		const source = [...'decoder'].map((c) => vocab.index.get(c)!);
		expect(view.cross).toEqual(forwardEncoderDecoder(model, source, [vocab.bos, ...ids]).crossAttention);
		expect(view.cross).toHaveLength(model.config.nLayers);
		for (const heads of view.cross) {
			expect(heads).toHaveLength(model.config.nHeads);
			for (const rows of heads) {
				expect(rows).toHaveLength(8);
				for (const row of rows) {
					expect(row).toHaveLength(7);
					expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
				}
			}
		}
	});

	it('a second-layer head aligns each step with the letter it copies (over 90%); no first-layer head does (under 50%)', () => {
		const view = reverseView(model, vocab, toyWord('decoder'))!;
		expect(view.best.layer).toBe(1);
		expect(view.best.share).toBeGreaterThan(0.9);
		expect(Math.max(...view.alignment[0])).toBeLessThan(0.5);
		// The share is the mean of the outlined anti-diagonal cells.
		const rows = view.cross[view.best.layer][view.best.head];
		const mean = [0, 1, 2, 3, 4, 5, 6].reduce((s, t) => s + rows[t][6 - t], 0) / 7;
		expect(view.best.share).toBeCloseTo(mean, 10);
	});

	it('reads unknown characters as <unk> and never calls that right; an empty word gives no view', () => {
		const view = reverseView(model, vocab, toyWord('a1b'))!;
		expect(view.source).toEqual(['a', '1', 'b']);
		expect(view.correct).toBe(false);
		expect(reverseView(model, vocab, toyWord('  '))).toBeNull();
		expect(reverseView(model, vocab, toyWord('z'.repeat(40)))!.source).toHaveLength(REVERSE_MAX_LENGTH);
	});
});
