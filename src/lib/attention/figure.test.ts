import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel, cellReasons, defaultPrefix, explainCell, explainPair, matricesFor } from './figure';
import { combinedEncoderDecoderMask } from './masks';
import { ARCHITECTURES, defaultSettings, type Architecture } from './settings';

const settings = (input: string, target: string, extra = {}) => ({ ...defaultSettings('en'), input, target, ...extra });

describe('buildModel', () => {
	it('joins input and target, with the prefix at their boundary (T5 sec. 3.2.1)', () => {
		const model = buildModel(settings('translate English to German: That is good.', 'Das ist gut.'));
		expect(model.inputTokens.map((t) => t.text)).toEqual(['translate', 'English', 'to', 'German', ':', 'That', 'is', 'good', '.']);
		expect(model.n).toBe(13);
		expect(model.prefix).toBe(9);
	});

	it('puts the prefix halfway without a target, and clamps a prefix past the end', () => {
		expect(defaultPrefix(5, 0)).toBe(3);
		const model = buildModel(settings('a b c', '', { prefix: 10 }));
		expect(model).toMatchObject({ n: 3, prefix: 3, prefixClamped: true });
	});

	it('caps input and target together at 1024 tokens and says how many there were', () => {
		const model = buildModel(settings('x '.repeat(1000), 'y '.repeat(100)));
		expect(model.n).toBe(1024);
		expect(model.targetTokens.length).toBe(24);
		expect(model).toMatchObject({ truncated: true, totalTokens: 1100 });
	});
});

describe('matricesFor', () => {
	const model = buildModel(settings('a b c d', 'x y'));

	it('draws encoder-decoder as three matrices with the right shapes', () => {
		const [encoder, decoder, cross] = matricesFor('encoder-decoder', model);
		expect([encoder.id, decoder.id, cross.id]).toEqual(['encoder-self', 'decoder-self', 'cross']);
		expect([encoder.rows.length, encoder.cols.length, encoder.visible]).toEqual([4, 4, 16]);
		expect([decoder.rows.length, decoder.cols.length, decoder.visible]).toEqual([2, 2, 3]);
		expect([cross.rows.length, cross.cols.length, cross.visible]).toEqual([2, 4, 8]);
		expect([cross.rowOffset, cross.colOffset]).toEqual([4, 0]);
	});

	it('leaves out the decoder when there is no target', () => {
		expect(matricesFor('encoder-decoder', buildModel(settings('a b', ''))).map((m) => m.id)).toEqual(['encoder-self']);
	});
});

describe('explaining cells', () => {
	it('agrees with the drawn mask on every cell, for every architecture', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 12 }),
				fc.integer({ min: 0, max: 6 }),
				fc.integer({ min: 0, max: 14 }),
				fc.integer({ min: 1, max: 6 }),
				(inputLength, targetLength, prefix, window) => {
					const model = buildModel(
						settings('a '.repeat(inputLength), 'b '.repeat(targetLength), { prefix: Math.min(prefix, inputLength + targetLength), window })
					);
					for (const arch of ARCHITECTURES) {
						for (const m of matricesFor(arch, model)) {
							m.mask.forEach((row, q) =>
								row.forEach((visible, k) => expect(explainCell(arch, m.id, q, k, model).visible).toBe(visible))
							);
						}
					}
				}
			)
		);
	});

	it('explains pairs of the joined sequence the way the combined encoder-decoder mask draws them', () => {
		const model = buildModel(settings('a b c', 'x y'));
		const combined = combinedEncoderDecoderMask(3, 2);
		combined.forEach((row, q) => row.forEach((visible, k) => expect(explainPair('encoder-decoder', model, q, k).visible).toBe(visible)));
		expect(explainPair('encoder-decoder', model, 0, 4)).toEqual({ matrix: null, visible: false, reason: 'source-cannot-see-target' });
		expect(explainPair('encoder-decoder', model, 4, 1)).toMatchObject({ matrix: 'cross', visible: true });
	});

	it('names the reason a learner needs', () => {
		const model = { prefix: 3, window: 2 };
		expect(explainCell('prefix', 'self', 0, 2, model).reason).toBe('in-prefix');
		expect(explainCell('prefix', 'self', 3, 4, model).reason).toBe('future-outside-prefix');
		expect(explainCell('causal', 'self', 1, 2, model).reason).toBe('future');
		expect(explainCell('sliding', 'self', 4, 2, model).reason).toBe('outside-window');
		expect(explainCell('sliding', 'self', 4, 3, model).reason).toBe('earlier');
		expect(explainCell('encoder', 'self', 0, 4, model).reason).toBe('bidirectional');
	});
});

describe('the figure draws exactly the masks of the mask module', () => {
	it('for every architecture, size, prefix and window', async () => {
		const masks = await import('./masks');
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 15 }), fc.integer({ min: 1, max: 8 }), (S, T, prefix, window) => {
				const model = buildModel(settings('a '.repeat(S), 'b '.repeat(T), { prefix, window }));
				const n = S + T;
				const expected: Record<Architecture, unknown[]> = {
					causal: [masks.causalMask(n)],
					prefix: [masks.prefixMask(n, Math.min(prefix, n))],
					encoder: [masks.fullMask(n)],
					sliding: [masks.slidingWindowMask(n, window)],
					'encoder-decoder': (() => {
						const { encoderSelf, decoderSelf, cross } = masks.encoderDecoderMasks(S, T);
						return T > 0 ? [encoderSelf, decoderSelf, cross] : [encoderSelf];
					})()
				};
				for (const arch of ARCHITECTURES) {
					const drawn = matricesFor(arch, model);
					expect(drawn.map((m) => m.mask)).toEqual(expected[arch]);
					for (const m of drawn) expect(m.visible).toBe(masks.countVisible(m.mask));
				}
			})
		);
	});
});

describe('cellReasons', () => {
	it('lists every answer explainPair gives under each architecture, for any text, prefix and window', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...ARCHITECTURES),
				fc.integer({ min: 0, max: 7 }),
				fc.integer({ min: 0, max: 7 }),
				fc.integer({ min: 0, max: 9 }),
				fc.integer({ min: 1, max: 9 }),
				(arch, sourceWords, targetWords, prefix, window) => {
					const words = (count: number, letter: string) => Array.from({ length: count }, (_, i) => `${letter}${i}`).join(' ');
					const model = buildModel(settings(words(sourceWords, 'a'), words(targetWords, 'b'), { prefix, window }));
					const listed = new Set(cellReasons(arch).map(({ visible, reason }) => `${visible} ${reason}`));
					for (let q = 0; q < model.n; q++) {
						for (let k = 0; k < model.n; k++) {
							const { visible, reason } = explainPair(arch, model, q, k);
							expect(listed.has(`${visible} ${reason}`), `${arch} (${q}, ${k}): ${visible} ${reason}`).toBe(true);
						}
					}
				}
			)
		);
	});

	it('names each architecture’s own reasons: a causal mask never speaks of a prefix or a window', () => {
		const reasons = (arch: Architecture) => cellReasons(arch).map(({ reason }) => reason).sort();
		expect(reasons('causal')).toEqual(['earlier', 'future', 'self']);
		expect(reasons('prefix')).toEqual(['earlier', 'future-outside-prefix', 'in-prefix', 'self']);
		expect(reasons('sliding')).toEqual(['earlier', 'future', 'outside-window', 'self']);
		expect(reasons('encoder')).toEqual(['bidirectional']);
		expect(reasons('encoder-decoder')).toEqual(['bidirectional', 'cross', 'earlier', 'future', 'self', 'source-cannot-see-target']);
	});
});
