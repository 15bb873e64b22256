import { describe, expect, it } from 'vitest';
import { createTransformer, parameterShapes } from './index';
import { buildVocab, decode, encode, vocabFromTokens } from './vocab';
import { decodeWeights, encodeWeights, quantizeModel, type WeightsMeta } from './weights';

const config = { vocabSize: 9, contextLength: 5, dModel: 8, nLayers: 1, nHeads: 2, dFF: 16 };

describe('weights file', () => {
	const model = createTransformer(config, 3);
	const shapes = parameterShapes(config);
	const meta: WeightsMeta = { id: 't', kind: 'causal', lang: 'en', config, vocab: ['<unk>', '<s>', 'a', 'b', 'c', 'd', 'e', 'f', 'g'], heldOutLoss: 1.5 };

	it('decodes to the quantized weights, the same header, and encodes again to the same bytes', () => {
		const bytes = encodeWeights(model, meta, shapes);
		const { model: loaded, meta: readMeta } = decodeWeights(bytes);
		expect(readMeta).toEqual(meta);
		expect(loaded.config).toEqual(config);
		expect(loaded.params).toEqual(quantizeModel(model, shapes).params);
		expect(encodeWeights(loaded, meta, shapes)).toEqual(bytes);
	});

	it('quantization error of a matrix is at most half a step of its row scale; vectors are exact', () => {
		const q = quantizeModel(model, shapes);
		for (const [name, shape] of shapes) {
			const a = model.params[name];
			const b = q.params[name];
			if (shape.length === 1) expect(b).toEqual(a);
			else {
				const cols = shape[1];
				for (let r = 0; r < shape[0]; r++) {
					const row = a.subarray(r * cols, (r + 1) * cols);
					const step = Math.max(...row.map(Math.abs)) / 127;
					for (let c = 0; c < cols; c++) expect(Math.abs(a[r * cols + c] - b[r * cols + c])).toBeLessThanOrEqual(step / 2 + 1e-7);
				}
			}
		}
	});

	it('rejects bytes that are not a weights file, or are cut short, with a RangeError naming bytes', () => {
		expect(() => decodeWeights(new Uint8Array([1, 2, 3]))).toThrow(/^bytes/);
		const bytes = encodeWeights(model, meta, shapes);
		expect(() => decodeWeights(bytes.subarray(0, bytes.length - 10))).toThrow(/^bytes is cut short/);
	});
});

describe('vocab', () => {
	it('keeps the most frequent characters after <unk> and <s>; Chinese is one token per character', () => {
		const vocab = buildVocab('注意力注意力机制 aab', 5);
		expect(vocab.tokens).toEqual(['<unk>', '<s>', '注', '意', '力']);
		expect(encode(vocab, '注意机')).toEqual([2, 3, vocab.unk]);
	});

	it('encode never throws; unknown characters become <unk>, line breaks <s>; decode inverts known text', () => {
		const vocab = buildVocab('hello world', 20);
		expect(encode(vocab, 'hé\nl😀')).toEqual([vocab.index.get('h'), vocab.unk, vocab.bos, vocab.index.get('l'), vocab.unk]);
		expect(decode(vocab, encode(vocab, 'hello\nworld'))).toBe('hello\nworld');
		expect(decode(vocab, [vocab.unk, 999])).toBe('\uFFFD\uFFFD');
		expect(encode(vocab, '')).toEqual([]);
	});

	it('vocabFromTokens rebuilds a vocabulary and refuses lists without the specials', () => {
		const vocab = buildVocab('abc', 10);
		expect(vocabFromTokens(vocab.tokens)).toEqual(vocab);
		expect(() => vocabFromTokens(['a', 'b'])).toThrow(RangeError);
	});
});
