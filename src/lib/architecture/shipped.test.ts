// The block explorer's "in the site's trained model" tables, read from the shipped files as
// src/lib/transformer/models.test.ts does: every part with weights names real tensors of the file, the counts add up to
// the model's parameter count, and the statistic is computed from the trained values.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTransformer, parameterCount } from '$lib/transformer';
import { decodeWeights } from '$lib/transformer/weights';
import { PARTS, VARIANTS } from './blocks';
import { rms, shippedKind, shippedPart } from './shipped';

const load = (id: string) => decodeWeights(new Uint8Array(readFileSync(`static/models/transformer-${id}.bin`))).model;
const models = { decoder: load('en-causal'), 'encoder-decoder': load('enc-dec') } as const;

describe('shipped tensors per part', () => {
	it('LLaMA has no shipped twin; GPT-2 is the decoder and 2017 the encoder-decoder', () => {
		expect(VARIANTS.map(shippedKind)).toEqual(['decoder', null, 'encoder-decoder']);
	});

	for (const variant of ['gpt2', 'transformer2017'] as const) {
		const kind = shippedKind(variant)!;
		const model = models[kind];
		it(`${variant}: every weight tensor of the file is shown once (the shared embedding aside), with its true size`, () => {
			const seen = new Map<string, number>();
			for (const part of PARTS[variant]) {
				const { tensors, total } = shippedPart(kind, part.id, model);
				expect(total).toBe(tensors.reduce((sum, t) => sum + t.count * t.copies, 0));
				for (const t of tensors) {
					const names = t.copies > 1 ? Array.from({ length: t.copies }, (_, l) => t.name.replace(/\{[\d,]+\}/, String(l))) : [t.name];
					for (const name of names) {
						expect(model.params[name], name).toBeDefined();
						expect(model.params[name].length).toBe(t.count);
						seen.set(name, (seen.get(name) ?? 0) + 1);
					}
				}
			}
			expect([...seen.keys()].sort()).toEqual(Object.keys(model.params).sort());
			const shown = [...seen.entries()].reduce((sum, [name]) => sum + model.params[name].length, 0);
			expect(shown).toBe(parameterCount(model));
			for (const [name, times] of seen) expect(times, name).toBe(name === 'tokenEmbedding' ? (variant === 'gpt2' ? 2 : 3) : 1);
		});
	}

	it('the decoder attention part: 8 tensors per layer of the right shapes, RMS of the trained values per layer', () => {
		const model = models.decoder;
		const { tensors, total } = shippedPart('decoder', 'attention', model);
		expect(tensors.map((t) => t.name)).toEqual(['wq', 'bq', 'wk', 'bk', 'wv', 'bv', 'wo', 'bo'].map((n) => `layer{0,1}.attention.${n}`));
		expect(tensors[0]).toMatchObject({ shape: [48, 48], count: 2304, copies: 2 });
		expect(total).toBe(2 * 4 * (48 * 48 + 48));
		expect(tensors[0].rms).toEqual([rms(model.params['layer0.attention.wq']), rms(model.params['layer1.attention.wq'])]);
		// Training moved the weights: the RMS differs from the same model's initial weights.
		const initial = shippedPart('decoder', 'attention', createTransformer(model.config, 1)).tensors[0].rms[0];
		expect(Math.abs(tensors[0].rms[0] - initial)).toBeGreaterThan(0.01);
	});

	it('the key-bias note is true of every attention part shipped: bk is 0 up to rounding (the softmax cancels it) in every layer', () => {
		for (const [kind, part] of [['decoder', 'attention'], ['encoder-decoder', 'enc-attention'], ['encoder-decoder', 'attention'], ['encoder-decoder', 'cross-attention']] as const) {
			const { tensors, notes } = shippedPart(kind, part, models[kind]);
			expect(notes).toContain('keyBias');
			expect(Math.max(...tensors.find((t) => t.name.endsWith('.bk'))!.rms)).toBeLessThan(1e-9);
		}
	});

	it('cross-attention comes from the encoder-decoder; parts without weights are empty', () => {
		const cross = shippedPart('encoder-decoder', 'cross-attention', models['encoder-decoder']);
		expect(cross.tensors[0]).toMatchObject({ name: 'decoder.layer{0,1}.cross.wq', shape: [32, 32], copies: 2 });
		for (const part of ['tokens', 'softmax', 'residual1'] as const) expect(shippedPart('decoder', part, models.decoder).tensors).toEqual([]);
	});

	it('rms is the root mean square', () => {
		expect(rms([3, -4])).toBeCloseTo(Math.sqrt(12.5), 12);
		expect(rms([])).toBe(0);
	});
});
