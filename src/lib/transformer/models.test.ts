// The shipped models (static/models/transformer-<id>.bin, written by `npm run train:transformer`): each loads, fits
// the 200 KB gzip budget, has the parameter count of $lib/architecture/params, and its held-out loss recomputed here,
// with the quantized weights as shipped, equals the one in its header and in the README (README_CLAIMS below).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { countParameters } from '$lib/architecture/params';
import { splitCorpus } from './corpus';
import { encoderDecoderShapes } from './encoder-decoder';
import { architectureConfig, parameterCount, parameterShapes } from './index';
import { exactMatchAccuracy, heldOutWords, reverseVocab } from './reverse-task';
import { bestBigram, evaluate, heldOutSequences, type Objective } from './train';
import { vocabFromTokens } from './vocab';
import { decodeWeights } from './weights';

/** What the README states for each model: held-out loss in nats (3 decimals), and whether it beats the bigram. */
const README_CLAIMS: Record<string, { heldOut: number; bigram: number; beatsBigram: boolean }> = {
	'en-causal': { heldOut: 1.968, bigram: 2.522, beatsBigram: true },
	'en-prefix': { heldOut: 2.434, bigram: 2.53, beatsBigram: true },
	'zh-causal': { heldOut: 3.822, bigram: 3.967, beatsBigram: true },
	'zh-prefix': { heldOut: 3.725, bigram: 3.835, beatsBigram: true }
};
const README_ENC_DEC = { heldOutExactMatch: 1 };

const MAX_GZIP_BYTES = 200_000;
const load = (id: string) => readFileSync(`static/models/transformer-${id}.bin`);

describe.each(Object.keys(README_CLAIMS))('shipped decoder %s', (id) => {
	const bytes = load(id);
	const { model, meta } = decodeWeights(new Uint8Array(bytes));

	it('loads, is at most 200 KB gzip, and has the parameter count of $lib/architecture/params', () => {
		expect(gzipSync(bytes, { level: 6 }).length).toBeLessThanOrEqual(MAX_GZIP_BYTES);
		expect(meta.id).toBe(id);
		expect(Object.keys(model.params)).toEqual(parameterShapes(model.config).map(([name]) => name));
		expect(parameterCount(model)).toBe(countParameters(architectureConfig(model.config)).total);
		expect(meta.parameterCount).toBe(parameterCount(model));
	});

	it('held-out loss recomputed on the held-out split equals the header and the README, beside the bigram as claimed', () => {
		const lang = meta.lang as 'en' | 'zh';
		const text = readFileSync(`src/lib/transformer/corpora/${lang}.txt`, 'utf8');
		const split = splitCorpus(text, vocabFromTokens(meta.vocab));
		const held = heldOutSequences(split.held, model.config.contextLength, meta.kind as Objective, meta.evalSeed as number);
		const loss = evaluate(model, held);
		expect(Math.abs(loss - (meta.heldOutLoss as number))).toBeLessThan(1e-3);
		expect(Math.abs(loss - README_CLAIMS[id].heldOut)).toBeLessThan(1e-3);
		const bigram = bestBigram(split.train, model.config.vocabSize, held).loss;
		expect(Math.abs(bigram - (meta.bigramHeldOutLoss as number))).toBeLessThan(1e-6);
		expect(Math.abs(bigram - README_CLAIMS[id].bigram)).toBeLessThan(1e-3);
		expect(loss < bigram).toBe(README_CLAIMS[id].beatsBigram);
	}, 60_000);
});

describe('shipped encoder-decoder', () => {
	const bytes = load('enc-dec');
	const { model, meta } = decodeWeights(new Uint8Array(bytes));

	it('loads, is at most 200 KB gzip, and writes held-out words backwards as often as its header and the README say', () => {
		expect(gzipSync(bytes, { level: 6 }).length).toBeLessThanOrEqual(MAX_GZIP_BYTES);
		expect(meta.kind).toBe('encoder-decoder');
		expect(Object.keys(model.params)).toEqual(encoderDecoderShapes(model.config).map(([name]) => name));
		const words = heldOutWords(meta.seed as number, meta.heldOutWords as number);
		const accuracy = exactMatchAccuracy(model, reverseVocab(), words);
		expect(accuracy).toBe(meta.heldOutExactMatch);
		expect(accuracy).toBeCloseTo(README_ENC_DEC.heldOutExactMatch, 3);
	}, 60_000);
});
