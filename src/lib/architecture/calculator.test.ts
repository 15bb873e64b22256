import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, parseSize, parseTokens, presetSettings, readCalc, writeCalc, SIZE_FIELDS, type CalcSettings } from './calculator';
import { PRESET_IDS } from './params';

const EXACT = {
	'gpt2-small': 124_439_808,
	'gpt3-175b': 174_604_259_328,
	'llama-7b': 6_738_415_616,
	'llama3-8b': 8_030_261_248,
	'qwen2-7b': 7_615_616_512,
	'gemma-7b': 8_537_680_896
};

describe('calculator evaluation', () => {
	it('each preset evaluates to its exact count and is recognised as the preset', () => {
		for (const [id, total] of Object.entries(EXACT)) {
			const result = evaluate(presetSettings(id as keyof typeof EXACT));
			expect(result.counts?.total).toBe(total);
			expect(result.isPreset).toBe(true);
			expect(result.errors).toEqual([]);
		}
	});
	it('Qwen2-7B and Gemma-7B carry their Q, K, V biases and head size into the fields', () => {
		const qwen = presetSettings('qwen2-7b');
		expect(qwen).toMatchObject({ bias: false, qkvBias: true });
		expect(qwen.fields.headDim).toBe('');
		const gemma = presetSettings('gemma-7b');
		expect(gemma).toMatchObject({ bias: false, qkvBias: false });
		expect(gemma.fields).toMatchObject({ dModel: '3072', nHeads: '16', headDim: '256' });
		// Emptying Gemma's head size falls back to 3072 / 16 = 192: 28 x 4 x 3072^2 in attention, an edit.
		const narrow = evaluate({ ...gemma, fields: { ...gemma.fields, headDim: '' } });
		expect(narrow.counts?.attention).toBe(28 * 4 * 3072 * 3072);
		expect(narrow.isPreset).toBe(false);
		// The presets survive the URL: only preset= is written.
		for (const id of ['qwen2-7b', 'gemma-7b'] as const) {
			const params = writeCalc(presetSettings(id), new URLSearchParams());
			expect(params.toString()).toBe(`preset=${id}`);
			expect(readCalc(params).settings).toEqual(presetSettings(id));
		}
		expect(evaluate(qwen).kvPerToken).toBe(2 * 28 * 4 * 128 * 2);
		expect(evaluate(gemma).kvPerToken).toBe(2 * 28 * 16 * 256 * 2);
	});
	it('6ND, weight memory and KV cache', () => {
		const r = evaluate({ ...presetSettings('llama-7b'), tokens: '1T' });
		expect(r.flops).toBe(6 * 6_738_415_616 * 1e12);
		expect(r.memory?.bf16).toBe(2 * 6_738_415_616);
		expect(r.memory?.int4).toBe(6_738_415_616 / 2);
		expect(r.kvPerToken).toBe(2 * 32 * 4096 * 2);
	});
	it('names the field of every error and never throws', () => {
		const s = presetSettings('gpt2-small');
		expect(evaluate({ ...s, fields: { ...s.fields, nLayers: '0' } }).errors).toEqual([
			expect.objectContaining({ field: 'nLayers', kind: 'range' })
		]);
		expect(evaluate({ ...s, fields: { ...s.fields, nHeads: '7' } }).errors).toEqual([
			expect.objectContaining({ field: 'dModel', kind: 'divisible' })
		]);
		expect(evaluate({ ...s, fields: { ...s.fields, nKvHeads: '5' } }).errors).toEqual([
			expect.objectContaining({ field: 'nKvHeads', kind: 'divides' })
		]);
		expect(evaluate({ ...s, fields: { ...s.fields, dFF: 'abc' } }).errors).toEqual([{ field: 'dFF', kind: 'not-integer' }]);
		expect(evaluate({ ...s, tokens: 'lots' }).errors).toEqual([{ field: 'tokens', kind: 'not-number' }]);
		fc.assert(
			fc.property(fc.constantFrom(...SIZE_FIELDS), fc.string({ maxLength: 50 }), (field, text) => {
				const r = evaluate({ ...s, fields: { ...s.fields, [field]: text } });
				if (r.counts) expect(Number.isSafeInteger(r.counts.total)).toBe(true);
				else expect(r.errors.length).toBeGreaterThan(0);
			})
		);
	});
	it('head size: empty is dModel / nHeads, a number is used as given, bad values are named', () => {
		const s = presetSettings('gpt2-small');
		expect(s.fields.headDim).toBe('');
		const wide = evaluate({ ...s, fields: { ...s.fields, headDim: '100' } });
		expect(wide.config?.headDim).toBe(100);
		// GPT-2 small with heads of 100: attention 12 x (4 x 768 x 1200 + 3 x 1200 + 768).
		expect(wide.counts?.attention).toBe(44_289_216);
		expect(wide.kvPerToken).toBe(2 * 12 * 12 * 100 * 2);
		expect(wide.isPreset).toBe(false);
		// Given as d / h, it counts the same as empty, but is an edit of the preset's fields.
		expect(evaluate({ ...s, fields: { ...s.fields, headDim: '64' } }).counts).toEqual(evaluate(s).counts);
		// With a head size, the width need not be divisible by the heads.
		expect(evaluate({ ...s, fields: { ...s.fields, nHeads: '7', headDim: '64' } }).errors).toEqual([]);
		expect(evaluate({ ...s, fields: { ...s.fields, headDim: '0' } }).errors).toEqual([
			expect.objectContaining({ field: 'headDim', kind: 'range' })
		]);
		expect(evaluate({ ...s, fields: { ...s.fields, headDim: '9000' } }).errors).toEqual([
			expect.objectContaining({ field: 'headDim', kind: 'width' })
		]);
		expect(evaluate({ ...s, fields: { ...s.fields, headDim: '6.4' } }).errors).toEqual([{ field: 'headDim', kind: 'not-integer' }]);
		expect(evaluate({ ...s, fields: { ...s.fields, headDim: '  ' } }).errors).toEqual([]);
	});
	it('biases on Q, K and V only add nLayers x (nHeads + 2 nKvHeads) x headDim', () => {
		const s = presetSettings('llama3-8b');
		expect(s.qkvBias).toBe(false);
		const r = evaluate({ ...s, qkvBias: true });
		expect(r.config?.qkvBias).toBe(true);
		expect(r.counts!.total - evaluate(s).counts!.total).toBe(32 * (32 + 2 * 8) * 128);
		expect(r.isPreset).toBe(false);
		// Biases everywhere already include them.
		expect(evaluate({ ...s, bias: true, qkvBias: true }).counts).toEqual(evaluate({ ...s, bias: true }).counts);
	});
	it('parses sizes and token counts', () => {
		expect(parseSize(' 50,257 ')).toBe(50257);
		expect(parseSize('1e3')).toBeUndefined();
		expect(parseSize('-4')).toBeUndefined();
		expect(parseTokens('300B')).toBe(300e9);
		expect(parseTokens('1.4T')).toBe(1.4e12);
		expect(parseTokens('2e9')).toBe(2e9);
		expect(parseTokens('1e99')).toBeUndefined();
		expect(parseTokens('NaN')).toBeUndefined();
	});
});

describe('calculator URL', () => {
	it('round-trips every preset with edits, keeping other keys', () => {
		for (const preset of PRESET_IDS) {
			const s: CalcSettings = { ...presetSettings(preset), tokens: '20B', bias: true, ffn: 'swiglu' };
			s.fields = { ...s.fields, nLayers: '3' };
			const params = writeCalc(s, new URLSearchParams('arch=prefix&variant=llama'));
			expect(params.get('arch')).toBe('prefix');
			expect(readCalc(params)).toEqual({ settings: s, problems: [] });
		}
		for (const preset of PRESET_IDS) {
			const s: CalcSettings = { ...presetSettings(preset), qkvBias: !presetSettings(preset).qkvBias };
			s.fields = { ...s.fields, headDim: '96' };
			const params = writeCalc(s, new URLSearchParams('arch=prefix&variant=llama'));
			expect(params.get('arch')).toBe('prefix');
			expect(readCalc(params)).toEqual({ settings: s, problems: [] });
		}
	});
	it('defaults write nothing; bad choices are reported', () => {
		expect(writeCalc(presetSettings('gpt2-small'), new URLSearchParams()).toString()).toBe('');
		const { settings, problems } = readCalc(new URLSearchParams('preset=gpt5&ffn=relu&bias=maybe'));
		expect(settings).toEqual(presetSettings('gpt2-small'));
		expect(problems.map((p) => p.key)).toEqual(['preset', 'ffn', 'bias']);
	});
	it('head size and Q, K, V biases in the URL: headdim and qkvbias', () => {
		const s: CalcSettings = { ...presetSettings('gpt2-small'), qkvBias: true };
		s.fields = { ...s.fields, headDim: '128' };
		expect(writeCalc(s, new URLSearchParams()).toString()).toBe('headdim=128&qkvbias=yes');
		expect(readCalc(new URLSearchParams('headdim=128&qkvbias=yes'))).toEqual({ settings: s, problems: [] });
		// A bad flag is reported and falls back; a bad size is kept as typed and named by the evaluation.
		const bad = readCalc(new URLSearchParams(`qkvbias=maybe&headdim=abc&heads=${'9'.repeat(50)}`));
		expect(bad.settings.qkvBias).toBe(false);
		expect(bad.problems).toEqual([
			{ key: 'heads', value: '9'.repeat(40), reason: 'too-long' },
			{ key: 'qkvbias', value: 'maybe', reason: 'unknown' }
		]);
		expect(evaluate(bad.settings).errors).toEqual([
			expect.objectContaining({ field: 'nHeads' }),
			{ field: 'headDim', kind: 'not-integer' }
		]);
		const long = readCalc(new URLSearchParams(`headdim=${'1'.repeat(41)}`));
		expect(long.problems).toEqual([{ key: 'headdim', value: '1'.repeat(40), reason: 'too-long' }]);
	});
});
