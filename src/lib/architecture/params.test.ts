import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	BYTES_PER_VALUE,
	CONFIG_LIMITS,
	PRESETS,
	PRESET_IDS,
	attentionShapes,
	countParameters,
	headDim,
	kvCacheBytesPerToken,
	trainingFlops,
	validateConfig,
	weightBytes,
	type ModelConfig,
	type ParameterCounts
} from './params';

const PARTS = ['embeddings', 'positions', 'attention', 'feedForward', 'norms', 'outputHead'] as const;
const sumOfParts = (c: ParameterCounts): number => PARTS.reduce((s, k) => s + c[k], 0);

/**
 * Rounds `total` the way `published` is written ("124M", "6.7B", "8B") and returns it in the same form, so
 * "does the exact count match the headline figure" is a string comparison.
 */
function roundLike(total: number, published: string): string {
	const match = /^(\d+)(?:\.(\d+))?([MB])$/.exec(published);
	if (!match) throw new Error(`unexpected published figure ${published}`);
	const decimals = match[2]?.length ?? 0;
	const unit = match[3] === 'M' ? 1e6 : 1e9;
	return `${(total / unit).toFixed(decimals)}${match[3]}`;
}

/**
 * Valid configs. Heads are built from headDim x nKvHeads x group so every divisibility rule holds; nKvHeads is
 * sometimes left out (ordinary multi-head attention).
 */
const validConfig: fc.Arbitrary<ModelConfig> = fc
	.record({
		vocabSize: fc.integer({ min: 1, max: 300_000 }),
		contextLength: fc.integer({ min: 1, max: 1_000_000 }),
		headDim: fc.integer({ min: 1, max: 256 }),
		kv: fc.integer({ min: 1, max: 16 }),
		group: fc.integer({ min: 1, max: 8 }),
		withKv: fc.boolean(),
		nLayers: fc.integer({ min: 1, max: 200 }),
		dFF: fc.integer({ min: 1, max: 100_000 }),
		ffn: fc.constantFrom('mlp' as const, 'swiglu' as const),
		norm: fc.constantFrom('layernorm' as const, 'rmsnorm' as const),
		bias: fc.boolean(),
		positions: fc.constantFrom('learned' as const, 'rotary' as const, 'sinusoidal' as const),
		tiedEmbeddings: fc.boolean()
	})
	.map(({ headDim: hd, kv, group, withKv, ...rest }) => {
		const nHeads = kv * group;
		const config: ModelConfig = { ...rest, dModel: nHeads * hd, nHeads };
		if (withKv) config.nKvHeads = kv;
		return config;
	});

/**
 * Valid configs with a `headDim` of their own, unrelated to dModel / nHeads (dModel need not be a multiple of nHeads),
 * and sometimes Q, K, V biases. nHeads x headDim stays within CONFIG_LIMITS.dModel.
 */
const configWithHeadDim: fc.Arbitrary<ModelConfig> = fc
	.record({
		base: validConfig,
		dModel: fc.integer({ min: 1, max: 20_000 }),
		headDim: fc.integer({ min: 1, max: 512 }),
		qkvBias: fc.boolean()
	})
	.filter(({ base, headDim: hd }) => base.nHeads * hd <= CONFIG_LIMITS.dModel)
	.map(({ base, dModel, headDim: hd, qkvBias }) => ({ ...base, dModel, headDim: hd, qkvBias }));

const gpt2 = PRESETS['gpt2-small'].config;
const gpt3 = PRESETS['gpt3-175b'].config;
const llama = PRESETS['llama-7b'].config;
const llama3 = PRESETS['llama3-8b'].config;
const qwen2 = PRESETS['qwen2-7b'].config;
const gemma = PRESETS['gemma-7b'].config;

describe('countParameters: published models, exact totals', () => {
	it('GPT-2 small = 124,439,808', () => {
		/*
		 * d = 768, L = 12, dFF = 3072, V = 50257, context 1024, biases everywhere, LayerNorm (weight + bias), tied.
		 * embeddings  50257 x 768                                              =  38,597,376
		 * positions   1024 x 768                                               =     786,432
		 * attention   12 x (4 x 768^2 + 4 x 768) = 12 x 2,362,368              =  28,348,416
		 * feedForward 12 x (2 x 768 x 3072 + 3072 + 768) = 12 x 4,722,432      =  56,669,184
		 * norms       25 LayerNorms x 2 x 768 = 25 x 1,536                     =      38,400
		 * outputHead  tied                                                     =           0
		 * total                                                                = 124,439,808
		 * (checked with python3: 50257*768 + 1024*768 + 12*(12*768**2 + 13*768) + 2*768 = 124439808)
		 */
		expect(countParameters(gpt2)).toEqual({
			total: 124_439_808,
			embeddings: 38_597_376,
			positions: 786_432,
			attention: 28_348_416,
			feedForward: 56_669_184,
			norms: 38_400,
			outputHead: 0
		});
		expect(countParameters(gpt2).total).toBe(124_439_808);
	});

	it('GPT-3 175B = 174,604,259,328, which rounds to the published 175B', () => {
		/*
		 * d = 12288, L = 96, dFF = 4d = 49152, V = 50257, context 2048, GPT-2 conventions.
		 * embeddings  50257 x 12288                                            =     617,558,016
		 * positions   2048 x 12288                                             =      25,165,824
		 * attention   96 x (4 x 12288^2 + 4 x 12288) = 96 x 604,028,928        =  57,986,777,088
		 * feedForward 96 x (2 x 12288 x 49152 + 49152 + 12288)
		 *             = 96 x 1,208,020,992                                     = 115,970,015,232
		 * norms       193 x 2 x 12288 = 193 x 24,576                           =       4,743,168
		 * total                                                                = 174,604,259,328
		 * (python3: 50257*12288 + 2048*12288 + 96*(12*12288**2 + 13*12288) + 2*12288 = 174604259328)
		 */
		const counts = countParameters(gpt3);
		expect(counts.total).toBe(174_604_259_328);
		expect(counts.embeddings).toBe(617_558_016);
		expect(counts.positions).toBe(25_165_824);
		expect(counts.attention).toBe(57_986_777_088);
		expect(counts.feedForward).toBe(115_970_015_232);
		expect(counts.norms).toBe(4_743_168);
		expect(counts.outputHead).toBe(0);
		expect(roundLike(counts.total, '175B')).toBe('175B');
		expect(roundLike(counts.total, '174.6B')).toBe('174.6B');
	});

	it('LLaMA-7B = 6,738,415,616', () => {
		/*
		 * d = 4096, L = 32, dFF = 11008, V = 32000, SwiGLU, RMSNorm (gain only), no biases, RoPE, untied.
		 * embeddings  32000 x 4096                                             =   131,072,000
		 * positions   RoPE                                                     =             0
		 * attention   32 x 4 x 4096^2 = 32 x 67,108,864                        = 2,147,483,648
		 * feedForward 32 x 3 x 4096 x 11008 = 32 x 135,266,304                 = 4,328,521,728
		 * norms       65 x 4096                                                =       266,240
		 * outputHead  4096 x 32000                                             =   131,072,000
		 * total                                                                = 6,738,415,616
		 */
		expect(countParameters(llama)).toEqual({
			total: 6_738_415_616,
			embeddings: 131_072_000,
			positions: 0,
			attention: 2_147_483_648,
			feedForward: 4_328_521_728,
			norms: 266_240,
			outputHead: 131_072_000
		});
		expect(countParameters(llama).total).toBe(6_738_415_616);
	});

	it('Llama-3-8B = 8,030,261,248', () => {
		/*
		 * d = 4096, L = 32, 32 query heads, 8 KV heads, headDim 128, kvDim 8 x 128 = 1024, dFF = 14336,
		 * V = 128256, SwiGLU, RMSNorm, no biases, RoPE, untied.
		 * embeddings  128256 x 4096                                            =   525,336,576
		 * attention   32 x (2 x 4096^2 + 2 x 4096 x 1024)
		 *             = 32 x (33,554,432 + 8,388,608) = 32 x 41,943,040        = 1,342,177,280
		 * feedForward 32 x 3 x 4096 x 14336 = 32 x 176,160,768                 = 5,637,144,576
		 * norms       65 x 4096                                                =       266,240
		 * outputHead  4096 x 128256                                            =   525,336,576
		 * total                                                                = 8,030,261,248
		 */
		expect(countParameters(llama3)).toEqual({
			total: 8_030_261_248,
			embeddings: 525_336_576,
			positions: 0,
			attention: 1_342_177_280,
			feedForward: 5_637_144_576,
			norms: 266_240,
			outputHead: 525_336_576
		});
		expect(countParameters(llama3).total).toBe(8_030_261_248);
	});

	it('Qwen2-7B = 7,615,616,512: biases on Q, K and V only', () => {
		/*
		 * config.json: d = 3584, L = 28, 28 query heads and 4 KV heads of 128 (kvDim 512), dFF = 18944, V = 152064,
		 * SwiGLU, RMSNorm, q/k/v biases (o_proj and the MLP have none), RoPE, untied.
		 * embeddings  152064 x 3584                                             =   544,997,376
		 * attention   28 x (3584 x 3584 + 2 x 3584 x 512 + 3584 x 3584 + 3584 + 2 x 512)
		 *             = 28 x (29,360,128 + 4,608) = 28 x 29,364,736              =   822,212,608
		 * feedForward 28 x 3 x 3584 x 18944 = 28 x 203,685,888                   = 5,703,204,864
		 * norms       57 x 3584 (gain only)                                      =       204,288
		 * outputHead  3584 x 152064                                              =   544,997,376
		 * total                                                                  = 7,615,616,512
		 * (python3: 2*152064*3584 + 28*(2*3584**2 + 2*3584*512 + 4608 + 3*3584*18944) + 57*3584 = 7615616512)
		 */
		expect(countParameters(qwen2)).toEqual({
			total: 7_615_616_512,
			embeddings: 544_997_376,
			positions: 0,
			attention: 822_212_608,
			feedForward: 5_703_204_864,
			norms: 204_288,
			outputHead: 544_997_376
		});
		expect(countParameters(qwen2).total).toBe(7_615_616_512);
		expect(attentionShapes(qwen2)).toEqual({ query: [3584, 3584], key: [3584, 512], value: [3584, 512], output: [3584, 3584] });
		// The release blog's 7.07B counts the embedding matrix once: the total less the untied head.
		expect(roundLike(countParameters(qwen2).total - countParameters(qwen2).outputHead, '7.07B')).toBe('7.07B');
		// KV cache: 2 x 28 layers x 4 heads x 128 x 2 bytes = 57,344 bytes per token.
		expect(kvCacheBytesPerToken(qwen2, 2)).toBe(57_344);
	});

	it('Gemma-7B = 8,537,680,896: 16 heads of 256 on a width of 3072', () => {
		/*
		 * config.json: d = 3072, L = 28, 16 query and 16 KV heads of head_dim 256 (4096 wide, not d / heads = 192),
		 * dFF = 24576, V = 256000, GeGLU (3 matrices), RMSNorm, no biases, RoPE, tied.
		 * embeddings  256000 x 3072                                             =   786,432,000
		 * attention   28 x (3072 x 4096 + 2 x 3072 x 4096 + 4096 x 3072)
		 *             = 28 x 50,331,648                                          = 1,409,286,144
		 * feedForward 28 x 3 x 3072 x 24576 = 28 x 226,492,416                   = 6,341,787,648
		 * norms       57 x 3072                                                  =       175,104
		 * outputHead  tied                                                       =             0
		 * total                                                                  = 8,537,680,896
		 * (python3: 256000*3072 + 28*(4*3072*4096 + 3*3072*24576) + 57*3072 = 8537680896)
		 */
		expect(countParameters(gemma)).toEqual({
			total: 8_537_680_896,
			embeddings: 786_432_000,
			positions: 0,
			attention: 1_409_286_144,
			feedForward: 6_341_787_648,
			norms: 175_104,
			outputHead: 0
		});
		expect(countParameters(gemma).total).toBe(8_537_680_896);
		expect(headDim(gemma)).toBe(256);
		expect(attentionShapes(gemma)).toEqual({ query: [3072, 4096], key: [3072, 4096], value: [3072, 4096], output: [4096, 3072] });
		// Table 2 of the Gemma report: 7,751,248,896 non-embedding parameters, exactly the count without the embeddings.
		expect(countParameters(gemma).total - countParameters(gemma).embeddings).toBe(7_751_248_896);
		// With heads of d / heads = 192 the attention would be 28 x 4 x 3072^2, a quarter smaller.
		expect(countParameters({ ...gemma, headDim: undefined }).attention).toBe(28 * 4 * 3072 * 3072);
		// KV cache: 2 x 28 layers x 16 heads x 256 x 2 bytes = 458,752 bytes per token.
		expect(kvCacheBytesPerToken(gemma, 2)).toBe(458_752);
	});

	it('the 2017 Transformer base stand-in: one decoder-only stack of 6 base blocks = 37,859,328', () => {
		/*
		 * d = 512, L = 6, dFF = 2048, V = 37000, biases, LayerNorm, sinusoidal, tied.
		 * embeddings 37000 x 512 = 18,944,000; attention 6 x (4 x 512^2 + 4 x 512) = 6 x 1,050,624 = 6,303,744;
		 * feedForward 6 x (2 x 512 x 2048 + 2048 + 512) = 6 x 2,099,712 = 12,598,272; norms 13 x 1024 = 13,312;
		 * total 37,859,328. The published 65M counts an encoder and cross-attention too, so it is not comparable.
		 * Cross-check: the same sizes as the paper's encoder-decoder, post-norm (2 norms per encoder layer,
		 * 3 per decoder layer, no final norm) = embeddings + 3 x attention + 2 x feedForward + 30 x 1024
		 * = 63,082,496, near but not at 65M (the paper gives the vocabulary only as "about 37000").
		 */
		const c = countParameters(PRESETS['transformer-base'].config);
		expect(c.total).toBe(37_859_328);
		expect(c.embeddings + 3 * c.attention + 2 * c.feedForward + 30 * 1024).toBe(63_082_496);
	});

	it('every comparable preset rounds to its published figure; the one that is not says so', () => {
		for (const id of PRESET_IDS) {
			const p = PRESETS[id];
			const rounded = roundLike(countParameters(p.config).total, p.published);
			expect(rounded === p.published, id).toBe(p.matchesPublished);
		}
		expect(PRESET_IDS.filter((id) => !PRESETS[id].matchesPublished)).toEqual(['qwen2-7b', 'transformer-base']);
		expect(PRESETS['transformer-base'].note).toMatch(/encoder-decoder/);
		expect(PRESETS['qwen2-7b'].note).toMatch(/7\.07B/);
	});

	it('presets: published figures as stated, an arXiv abstract or official source, valid and frozen', () => {
		expect(Object.keys(PRESETS)).toEqual([...PRESET_IDS]);
		expect(PRESET_IDS.map((id) => PRESETS[id].published)).toEqual(['124M', '175B', '6.7B', '8B', '7B', '8.54B', '65M']);
		for (const id of PRESET_IDS) {
			const p = PRESETS[id];
			expect(p.source).toMatch(/^https:\/\/(arxiv\.org\/abs\/\d{4}\.\d{4,5}|github\.com\/openai\/gpt-2)$/);
			expect(p.note.length).toBeGreaterThan(20);
			expect(validateConfig(p.config)).toBe(p.config);
			expect(Object.isFrozen(p)).toBe(true);
			expect(Object.isFrozen(p.config)).toBe(true);
		}
		expect(Object.isFrozen(PRESETS)).toBe(true);
	});
});

describe('countParameters: conventions', () => {
	it('hand-worked tiny model, every option on', () => {
		/*
		 * V 10, context 6, d 4, 2 heads (headDim 2), 1 KV head (kvDim 2), L 2, dFF 8, SwiGLU, LayerNorm, biases,
		 * learned positions, untied.
		 * embeddings 10 x 4 = 40; positions 6 x 4 = 24;
		 * attention per layer: Q 16 + 4, K 8 + 2, V 8 + 2, O 16 + 4 = 60, x 2 = 120;
		 * feedForward per layer: 3 x 4 x 8 = 96 + 8 + 8 + 4 = 116, x 2 = 232;
		 * norms: 5 LayerNorms x (4 + 4) = 40; outputHead 10 x 4 = 40; total 496.
		 */
		const tiny: ModelConfig = {
			vocabSize: 10,
			contextLength: 6,
			dModel: 4,
			nLayers: 2,
			nHeads: 2,
			nKvHeads: 1,
			dFF: 8,
			ffn: 'swiglu',
			norm: 'layernorm',
			bias: true,
			positions: 'learned',
			tiedEmbeddings: false
		};
		expect(countParameters(tiny)).toEqual({
			total: 496,
			embeddings: 40,
			positions: 24,
			attention: 120,
			feedForward: 232,
			norms: 40,
			outputHead: 40
		});
		/*
		 * Same sizes with MLP, RMSNorm, no biases, rotary, tied:
		 * attention per layer 16 + 8 + 8 + 16 = 48, x 2 = 96; feedForward 2 x 4 x 8 = 64, x 2 = 128;
		 * norms 5 x 4 = 20; total 40 + 96 + 128 + 20 = 284.
		 */
		const plain: ModelConfig = { ...tiny, ffn: 'mlp', norm: 'rmsnorm', bias: false, positions: 'rotary', tiedEmbeddings: true };
		expect(countParameters(plain)).toEqual({
			total: 284,
			embeddings: 40,
			positions: 0,
			attention: 96,
			feedForward: 128,
			norms: 20,
			outputHead: 0
		});
		// LayerNorm without biases has its gain only (nanoGPT's bias=False): 5 x 4 = 20, like RMSNorm.
		expect(countParameters({ ...plain, norm: 'layernorm' }).norms).toBe(20);
		// RMSNorm ignores `bias`: still 5 x 4.
		expect(countParameters({ ...tiny, norm: 'rmsnorm' }).norms).toBe(20);
	});

	it('the parts sum to the total and every count is a safe non-negative integer', () => {
		fc.assert(
			fc.property(validConfig, (config) => {
				const c = countParameters(config);
				expect(sumOfParts(c)).toBe(c.total);
				for (const v of Object.values(c)) {
					expect(Number.isSafeInteger(v)).toBe(true);
					expect(v).toBeGreaterThanOrEqual(0);
				}
				expect(c.embeddings).toBe(config.vocabSize * config.dModel);
			}),
			{ numRuns: 500 }
		);
	});

	it('stays exact at every limit at once', () => {
		const huge: ModelConfig = {
			vocabSize: CONFIG_LIMITS.vocabSize,
			contextLength: CONFIG_LIMITS.contextLength,
			dModel: CONFIG_LIMITS.dModel,
			nLayers: CONFIG_LIMITS.nLayers,
			nHeads: CONFIG_LIMITS.dModel,
			dFF: CONFIG_LIMITS.dFF,
			ffn: 'swiglu',
			norm: 'layernorm',
			bias: true,
			positions: 'learned',
			tiedEmbeddings: false
		};
		const c = countParameters(huge);
		expect(Number.isSafeInteger(c.total)).toBe(true);
		expect(sumOfParts(c)).toBe(c.total);
		// embeddings + head 2 x 1e7 x 1e5, positions 1e8 x 1e5, per layer attention 4 d^2 + 4 d = 4e10 + 4e5 and
		// SwiGLU 3 d dFF + 2 dFF + d = 3e11 + 2e6 + 1e5, norms 2001 x 2d: 352,002,900,200,000 (python3 agrees).
		expect(c.total).toBe(2e12 + 1e13 + 1e3 * (4e10 + 4e5 + 3e11 + 2e6 + 1e5) + 2001 * 2e5);
		expect(c.total).toBe(352_002_900_200_000);
	});

	it('is pure: same answer twice, input untouched (frozen inputs work)', () => {
		fc.assert(
			fc.property(validConfig, (config) => {
				const copy = structuredClone(config);
				const first = countParameters(Object.freeze(config));
				expect(countParameters(config)).toEqual(first);
				expect(config).toEqual(copy);
			}),
			{ numRuns: 100 }
		);
	});

	it('grouped-query attention removes exactly 2 x L x (nHeads - nKvHeads) x headDim x (d + bias) and nothing else', () => {
		// Llama-3-8B with full multi-head attention: 32 x 4 x 4096^2 = 2,147,483,648; GQA saves
		// 2 x 32 x (32 - 8) x 128 x 4096 = 805,306,368, leaving 1,342,177,280.
		const mha = countParameters({ ...llama3, nKvHeads: undefined });
		expect(mha.attention).toBe(2_147_483_648);
		expect(mha.attention - countParameters(llama3).attention).toBe(805_306_368);
		expect(mha.total - countParameters(llama3).total).toBe(805_306_368);
		fc.assert(
			fc.property(validConfig, (config) => {
				const full = countParameters({ ...config, nKvHeads: undefined });
				expect(countParameters({ ...config, nKvHeads: config.nHeads })).toEqual(full);
				const hd = config.dModel / config.nHeads;
				const kv = config.nKvHeads ?? config.nHeads;
				const grouped = countParameters({ ...config, nKvHeads: kv });
				const saved = 2 * config.nLayers * (config.nHeads - kv) * hd * (config.dModel + (config.bias ? 1 : 0));
				expect(full.attention - grouped.attention).toBe(saved);
				expect(full.total - grouped.total).toBe(saved);
				for (const part of PARTS.filter((p) => p !== 'attention')) expect(grouped[part]).toBe(full[part]);
			}),
			{ numRuns: 300 }
		);
	});

	it('tying the output head removes exactly vocabSize x dModel, from the output head only', () => {
		expect(countParameters({ ...gpt2, tiedEmbeddings: false }).total).toBe(124_439_808 + 50257 * 768);
		expect(countParameters({ ...llama, tiedEmbeddings: true }).total).toBe(6_738_415_616 - 32000 * 4096);
		fc.assert(
			fc.property(validConfig, (config) => {
				const untied = countParameters({ ...config, tiedEmbeddings: false });
				const tied = countParameters({ ...config, tiedEmbeddings: true });
				expect(untied.total - tied.total).toBe(config.vocabSize * config.dModel);
				expect(tied.outputHead).toBe(0);
				expect(untied.outputHead).toBe(config.vocabSize * config.dModel);
				for (const part of PARTS.filter((p) => p !== 'outputHead')) expect(tied[part]).toBe(untied[part]);
			}),
			{ numRuns: 200 }
		);
	});

	it('only learned positions have parameters, contextLength x dModel; context length matters only for them', () => {
		fc.assert(
			fc.property(validConfig, fc.integer({ min: 1, max: 1_000_000 }), (config, ctx) => {
				const learned = countParameters({ ...config, positions: 'learned' });
				const rotary = countParameters({ ...config, positions: 'rotary' });
				const sinusoidal = countParameters({ ...config, positions: 'sinusoidal' });
				expect(learned.positions).toBe(config.contextLength * config.dModel);
				expect(learned.total - rotary.total).toBe(config.contextLength * config.dModel);
				expect(rotary).toEqual(sinusoidal);
				expect(rotary.positions).toBe(0);
				expect(countParameters({ ...config, positions: 'rotary', contextLength: ctx })).toEqual(rotary);
			}),
			{ numRuns: 200 }
		);
	});

	it('biases add exactly the bias vectors of attention, feed-forward and LayerNorm', () => {
		fc.assert(
			fc.property(validConfig, (config) => {
				const on = countParameters({ ...config, bias: true });
				const off = countParameters({ ...config, bias: false });
				const d = config.dModel;
				const kvDim = (config.nKvHeads ?? config.nHeads) * (d / config.nHeads);
				const L = config.nLayers;
				expect(on.attention - off.attention).toBe(L * (d + kvDim + kvDim + d));
				expect(on.feedForward - off.feedForward).toBe(L * ((config.ffn === 'swiglu' ? 2 : 1) * config.dFF + d));
				expect(on.norms - off.norms).toBe(config.norm === 'layernorm' ? (2 * L + 1) * d : 0);
				expect(on.embeddings).toBe(off.embeddings);
				expect(on.outputHead).toBe(off.outputHead);
			}),
			{ numRuns: 200 }
		);
	});

	it('SwiGLU has one more d x dFF matrix than the MLP (and one more dFF bias)', () => {
		fc.assert(
			fc.property(validConfig, (config) => {
				const swiglu = countParameters({ ...config, ffn: 'swiglu' });
				const mlp = countParameters({ ...config, ffn: 'mlp' });
				expect(swiglu.feedForward - mlp.feedForward).toBe(config.nLayers * config.dFF * (config.dModel + (config.bias ? 1 : 0)));
			}),
			{ numRuns: 200 }
		);
	});

	it('headDim is dModel / nHeads', () => {
		expect(headDim(gpt2)).toBe(64);
		expect(headDim(gpt3)).toBe(128);
		expect(headDim(llama3)).toBe(128);
	});
});

describe('countParameters: head size and Q, K, V biases (issue 19)', () => {
	it('a given headDim is the head size; left out it is dModel / nHeads, and giving that value changes nothing', () => {
		expect(headDim({ ...gpt2, headDim: 100 })).toBe(100);
		expect(headDim({ ...gpt2, nHeads: 7, headDim: 64 })).toBe(64);
		fc.assert(
			fc.property(validConfig, (config) => {
				const hd = config.dModel / config.nHeads;
				expect(headDim(config)).toBe(hd);
				expect(countParameters({ ...config, headDim: hd })).toEqual(countParameters(config));
				expect(attentionShapes({ ...config, headDim: hd })).toEqual(attentionShapes(config));
				expect(kvCacheBytesPerToken({ ...config, headDim: hd }, 2)).toBe(kvCacheBytesPerToken(config, 2));
			}),
			{ numRuns: 200 }
		);
	});

	it('Q is d x (nHeads headDim), K and V d x (nKvHeads headDim), O (nHeads headDim) x d', () => {
		// Without headDim every projection is as wide as the model: GPT-2 small, 768 x 768 each.
		expect(attentionShapes(gpt2)).toEqual({ query: [768, 768], key: [768, 768], value: [768, 768], output: [768, 768] });
		// Llama-3-8B: 8 key/value heads of 128 = 1024 wide.
		expect(attentionShapes(llama3)).toEqual({ query: [4096, 4096], key: [4096, 1024], value: [4096, 1024], output: [4096, 4096] });
		// GPT-2 small with heads of 100 instead of 64: the heads are 1200 wide, the residual stream stays 768.
		expect(attentionShapes({ ...gpt2, headDim: 100 })).toEqual({ query: [768, 1200], key: [768, 1200], value: [768, 1200], output: [1200, 768] });
		// ... and its attention grows from 12 x (4 x 768^2 + 4 x 768) to 12 x (4 x 768 x 1200 + 3 x 1200 + 768).
		expect(countParameters({ ...gpt2, headDim: 100 }).attention).toBe(12 * (4 * 768 * 1200 + 3 * 1200 + 768));
		expect(countParameters({ ...gpt2, headDim: 100 }).attention).toBe(44_289_216);
		fc.assert(
			fc.property(configWithHeadDim, (config) => {
				const d = config.dModel;
				const hd = config.headDim!;
				const qDim = config.nHeads * hd;
				const kvDim = (config.nKvHeads ?? config.nHeads) * hd;
				expect(attentionShapes(config)).toEqual({ query: [d, qDim], key: [d, kvDim], value: [d, kvDim], output: [qDim, d] });
				const withBias = config.bias || config.qkvBias ? qDim + 2 * kvDim : 0;
				expect(countParameters(config).attention).toBe(
					config.nLayers * (d * qDim + 2 * d * kvDim + qDim * d + withBias + (config.bias ? d : 0))
				);
				expect(kvCacheBytesPerToken(config, 2)).toBe(2 * config.nLayers * (config.nKvHeads ?? config.nHeads) * hd * 2);
			}),
			{ numRuns: 300 }
		);
	});

	it('headDim changes the attention part and the KV cache, nothing else', () => {
		fc.assert(
			fc.property(configWithHeadDim, (config) => {
				const wider = { ...config, headDim: config.headDim! + 1 };
				const a = countParameters(config);
				const b = countParameters(wider);
				for (const part of PARTS.filter((p) => p !== 'attention')) expect(b[part], part).toBe(a[part]);
				expect(b.attention).toBeGreaterThan(a.attention);
				expect(kvCacheBytesPerToken(wider, 2)).toBeGreaterThan(kvCacheBytesPerToken(config, 2));
				expect(sumOfParts(a)).toBe(a.total);
			}),
			{ numRuns: 200 }
		);
	});

	it('qkvBias adds exactly nLayers x (nHeads + 2 nKvHeads) x headDim, to the attention part only', () => {
		// Llama-3-8B's shape with Q, K, V biases: 32 x (32 + 2 x 8) x 128 = 196,608 bias values.
		expect(countParameters({ ...llama3, qkvBias: true }).total - countParameters(llama3).total).toBe(196_608);
		expect(countParameters({ ...llama3, qkvBias: undefined })).toEqual(countParameters({ ...llama3, qkvBias: false }));
		// Qwen2-7B: 28 x (28 + 2 x 4) x 128 = 129,024 bias values.
		expect(countParameters(qwen2).total - countParameters({ ...qwen2, qkvBias: false }).total).toBe(129_024);
		for (const arbitrary of [validConfig, configWithHeadDim]) {
			fc.assert(
				fc.property(arbitrary, (config) => {
					const off = countParameters({ ...config, bias: false, qkvBias: false });
					const on = countParameters({ ...config, bias: false, qkvBias: true });
					const added = config.nLayers * (config.nHeads + 2 * (config.nKvHeads ?? config.nHeads)) * headDim(config);
					expect(on.total - off.total).toBe(added);
					expect(on.attention - off.attention).toBe(added);
					for (const part of PARTS.filter((p) => p !== 'attention')) expect(on[part]).toBe(off[part]);
					// With biases everywhere, the Q, K and V biases are already counted: qkvBias adds nothing, and
					// `bias` adds the output projection's bias (and the feed-forward and LayerNorm ones) on top.
					const all = countParameters({ ...config, bias: true, qkvBias: false });
					expect(countParameters({ ...config, bias: true, qkvBias: true })).toEqual(all);
					expect(all.attention - on.attention).toBe(config.nLayers * config.dModel);
				}),
				{ numRuns: 200 }
			);
		}
	});

	it('stays exact at the attention-width limit with every option on', () => {
		const huge: ModelConfig = {
			vocabSize: CONFIG_LIMITS.vocabSize,
			contextLength: CONFIG_LIMITS.contextLength,
			dModel: CONFIG_LIMITS.dModel,
			nLayers: CONFIG_LIMITS.nLayers,
			nHeads: 1,
			headDim: CONFIG_LIMITS.dModel,
			dFF: CONFIG_LIMITS.dFF,
			ffn: 'swiglu',
			norm: 'layernorm',
			bias: true,
			qkvBias: true,
			positions: 'learned',
			tiedEmbeddings: false
		};
		// nHeads x headDim = dModel: the same count as the all-limits config without headDim.
		expect(countParameters(huge).total).toBe(352_002_900_200_000);
		expect(() => countParameters({ ...huge, nHeads: 2 })).toThrow(
			'headDim must keep nHeads x headDim at most 100000 (got nHeads 2, headDim 100000)'
		);
	});
});

describe('validation: RangeError naming the field', () => {
	const bad: [string, Partial<Record<keyof ModelConfig, unknown>>][] = [
		['vocabSize', { vocabSize: 0 }],
		['vocabSize', { vocabSize: -5 }],
		['vocabSize', { vocabSize: 50257.5 }],
		['vocabSize', { vocabSize: NaN }],
		['vocabSize', { vocabSize: CONFIG_LIMITS.vocabSize + 1 }],
		['vocabSize', { vocabSize: '50257' }],
		['contextLength', { contextLength: 0 }],
		['contextLength', { contextLength: Infinity }],
		['contextLength', { contextLength: 1.5 }],
		['dModel', { dModel: 0 }],
		['dModel', { dModel: -768 }],
		['dModel', { dModel: NaN }],
		['dModel', { dModel: 767.5 }],
		['nLayers', { nLayers: 0 }],
		['nLayers', { nLayers: -1 }],
		['nLayers', { nLayers: 2.5 }],
		['nLayers', { nLayers: NaN }],
		['nLayers', { nLayers: undefined }],
		['nHeads', { nHeads: 0 }],
		['nHeads', { nHeads: -12 }],
		['nHeads', { nHeads: 1.5 }],
		['nHeads', { nHeads: NaN }],
		['nKvHeads', { nKvHeads: 0 }],
		['nKvHeads', { nKvHeads: -4 }],
		['nKvHeads', { nKvHeads: 2.5 }],
		['nKvHeads', { nKvHeads: NaN }],
		['nKvHeads', { nKvHeads: null }],
		['dFF', { dFF: 0 }],
		['dFF', { dFF: -3072 }],
		['dFF', { dFF: 3072.1 }],
		['dFF', { dFF: NaN }],
		['ffn', { ffn: 'gelu' }],
		['ffn', { ffn: undefined }],
		['norm', { norm: 'batchnorm' }],
		['bias', { bias: 'yes' }],
		['bias', { bias: 1 }],
		['positions', { positions: 'alibi' }],
		['tiedEmbeddings', { tiedEmbeddings: undefined }],
		['dModel', { dModel: 770 }], // 770 is not divisible by 12 heads
		['dModel', { nHeads: 7 }], // 768 is not divisible by 7
		['nKvHeads', { nKvHeads: 5 }], // 12 heads are not divisible by 5 KV heads
		['nKvHeads', { nKvHeads: 24 }], // more KV heads than heads
		['headDim', { headDim: 0 }],
		['headDim', { headDim: -64 }],
		['headDim', { headDim: 64.5 }],
		['headDim', { headDim: NaN }],
		['headDim', { headDim: Infinity }],
		['headDim', { headDim: null }],
		['headDim', { headDim: '64' }],
		['headDim', { headDim: CONFIG_LIMITS.headDim + 1 }],
		['headDim', { headDim: 10_000 }], // 12 heads x 10000 is wider than CONFIG_LIMITS.dModel
		['headDim', { nHeads: 7, headDim: 20_000 }],
		['dModel', { nHeads: 7, headDim: undefined }], // without headDim, 768 must still be divisible by the heads
		['nKvHeads', { headDim: 100, nKvHeads: 5 }], // headDim does not lift the KV-head rule
		['qkvBias', { qkvBias: 'yes' }],
		['qkvBias', { qkvBias: 1 }],
		['qkvBias', { qkvBias: null }]
	];
	it.each(bad)('%s: %o', (field, change) => {
		const config = { ...gpt2, ...change } as ModelConfig;
		const call = () => countParameters(config);
		expect(call).toThrow(RangeError);
		expect(call).toThrow(new RegExp(`^${field} must `));
		expect(() => validateConfig(config)).toThrow(new RegExp(`^${field} must `));
		expect(() => kvCacheBytesPerToken(config, 2)).toThrow(new RegExp(`^${field} must `));
		expect(() => headDim(config)).toThrow(RangeError);
	});

	it('messages state the rule and the value', () => {
		expect(() => countParameters({ ...gpt2, nLayers: 0 })).toThrow('nLayers must be an integer from 1 to 1000 (got 0)');
		expect(() => countParameters({ ...gpt2, dModel: 770 })).toThrow(
			'dModel must be divisible by nHeads (got dModel 770, nHeads 12)'
		);
		expect(() => countParameters({ ...llama3, nKvHeads: 5 })).toThrow('nKvHeads must divide nHeads (got nKvHeads 5, nHeads 32)');
		expect(() => countParameters({ ...gpt2, ffn: 'gelu' as 'mlp' })).toThrow('ffn must be one of "mlp", "swiglu" (got "gelu")');
	});

	it('with headDim given, dModel need not be divisible by nHeads', () => {
		// 768 / 7 is not an integer, but 7 heads of 64 are a valid (if unusual) attention layer.
		const seven = { ...gpt2, nHeads: 7, headDim: 64 };
		expect(validateConfig(seven)).toBe(seven);
		expect(attentionShapes(seven)).toEqual({ query: [768, 448], key: [768, 448], value: [768, 448], output: [448, 768] });
		expect(() => countParameters({ ...gpt2, headDim: 0 })).toThrow('headDim must be an integer from 1 to 100000 (got 0)');
		expect(() => countParameters({ ...gpt2, qkvBias: 'yes' as unknown as boolean })).toThrow('qkvBias must be true or false (got "yes")');
		fc.assert(
			fc.property(configWithHeadDim, (config) => {
				expect(validateConfig(config)).toBe(config);
			}),
			{ numRuns: 200 }
		);
	});

	it('a config that is not an object is a RangeError naming config', () => {
		for (const notAConfig of [null, undefined, 42, 'gpt2']) {
			expect(() => countParameters(notAConfig as unknown as ModelConfig)).toThrow(/^config must be an object/);
		}
	});

	it('accepts every valid config', () => {
		fc.assert(
			fc.property(validConfig, (config) => {
				expect(validateConfig(config)).toBe(config);
			}),
			{ numRuns: 200 }
		);
	});
});

describe('compute and memory', () => {
	it('trainingFlops = 6 N D', () => {
		// GPT-3 175B on 300B tokens: 6 x 174,604,259,328 x 3e11 = 3.1428766679e23, the 3.14e23 FLOPs that Brown et
		// al. 2020 report (Wei et al. 2022 round it to 3.1e23).
		expect(Number(trainingFlops(countParameters(gpt3).total, 300e9).toPrecision(3))).toBe(3.14e23);
		// LLaMA-7B on 1T tokens: 6 x 6,738,415,616 x 1e12 = 4.0430493696e22.
		expect(trainingFlops(6_738_415_616, 1e12)).toBe(4.0430493696e22);
		expect(trainingFlops(1000, 20_000)).toBe(120_000_000);
		expect(trainingFlops(0, 1e12)).toBe(0);
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 1e12 }), (n, d) => {
				expect(trainingFlops(n, d)).toBe(6 * n * d);
			})
		);
	});

	it('trainingFlops rejects bad arguments by name', () => {
		expect(() => trainingFlops(-1, 10)).toThrow(RangeError);
		expect(() => trainingFlops(-1, 10)).toThrow(/^params must/);
		expect(() => trainingFlops(NaN, 10)).toThrow(/^params must/);
		expect(() => trainingFlops(10, -1)).toThrow(/^tokens must/);
		expect(() => trainingFlops(10, Infinity)).toThrow(/^tokens must/);
	});

	it('weightBytes: 4, 2, 1 and 0.5 bytes per parameter', () => {
		expect(BYTES_PER_VALUE).toEqual({ fp32: 4, bf16: 2, int8: 1, int4: 0.5 });
		// GPT-2 small in fp32: 124,439,808 x 4 = 497,759,232 bytes.
		expect(weightBytes(124_439_808, 'fp32')).toBe(497_759_232);
		// LLaMA-7B: bf16 13,476,831,232; int8 6,738,415,616; int4 3,369,207,808 bytes.
		expect(weightBytes(6_738_415_616, 'bf16')).toBe(13_476_831_232);
		expect(weightBytes(6_738_415_616, 'int8')).toBe(6_738_415_616);
		expect(weightBytes(6_738_415_616, 'int4')).toBe(3_369_207_808);
		expect(() => weightBytes(100, 'fp16' as 'bf16')).toThrow(RangeError);
		expect(() => weightBytes(100, 'fp16' as 'bf16')).toThrow(/^format must be one of "fp32", "bf16", "int8", "int4"/);
		expect(() => weightBytes(-1, 'fp32')).toThrow(/^params must/);
	});

	it('KV cache per token: 2 x layers x KV heads x headDim x bytes', () => {
		// Llama-2-7B-like (the LLaMA-7B shape): 2 x 32 x 32 x 128 x 2 bytes (bf16) = 524,288 bytes = 512 KiB.
		expect(kvCacheBytesPerToken(llama, BYTES_PER_VALUE.bf16)).toBe(524_288);
		// Llama-3-8B: 2 x 32 x 8 x 128 x 2 = 131,072 bytes = 128 KiB, a quarter thanks to 8 KV heads for 32.
		expect(kvCacheBytesPerToken(llama3, 2)).toBe(131_072);
		// GPT-2 small in fp32: 2 x 12 x 12 x 64 x 4 = 73,728.
		expect(kvCacheBytesPerToken(gpt2, 4)).toBe(73_728);
		fc.assert(
			fc.property(validConfig, (config) => {
				const kv = config.nKvHeads ?? config.nHeads;
				const mha = kvCacheBytesPerToken({ ...config, nKvHeads: undefined }, 2);
				expect(kvCacheBytesPerToken(config, 2)).toBe((mha * kv) / config.nHeads);
				expect(mha).toBe(2 * config.nLayers * config.dModel * 2);
			}),
			{ numRuns: 200 }
		);
	});

	it('kvCacheBytesPerToken rejects a bad bytesPerValue by name', () => {
		for (const b of [0, -2, NaN, Infinity]) {
			expect(() => kvCacheBytesPerToken(llama3, b)).toThrow(RangeError);
			expect(() => kvCacheBytesPerToken(llama3, b)).toThrow(/^bytesPerValue must/);
		}
	});
});
