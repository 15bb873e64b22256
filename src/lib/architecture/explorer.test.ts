import { describe, expect, it } from 'vitest';
import { PARTS, VARIANTS } from './blocks';
import { defaultExplorer, partAfterSwitch, readExplorer, writeExplorer } from './explorer';

describe('explorer settings', () => {
	it('round-trips and keeps other keys', () => {
		const s = { variant: 'llama' as const, part: 'ffn' as const, batch: 4, seq: 128, toyLayer: 2, toyWeights: 'untrained' as const, seed: 77 };
		const params = writeExplorer(s, new URLSearchParams('arch=prefix'));
		expect(params.get('arch')).toBe('prefix');
		expect(readExplorer(params)).toEqual({ settings: s, problems: [] });
		expect(writeExplorer(defaultExplorer(), new URLSearchParams()).toString()).toBe('');
	});
	it('reports bad values and a part the variant lacks', () => {
		const { settings, problems } = readExplorer(new URLSearchParams('variant=llama&part=positions&batch=0&seq=1e3&toylayer=3&toyweights=random&seed=-1'));
		expect(settings).toEqual({ ...defaultExplorer(), variant: 'llama' });
		expect(problems.map((p) => p.key)).toEqual(['batch', 'seq', 'toylayer', 'toyweights', 'seed', 'part']);
		expect(problems.every((p) => p.reason !== 'retired')).toBe(true);
		expect(problems.at(-1)).toEqual({ key: 'part', value: 'positions', reason: 'unknown' });
		expect(readExplorer(new URLSearchParams('toylayer=0')).problems).toEqual([{ key: 'toylayer', value: '0', reason: 'out-of-range' }]);
	});
	it('reports an old toyheads link as retired, uses the defaults, and drops the key at the next write', () => {
		const params = new URLSearchParams('toyheads=4&toylayer=2');
		const { settings, problems } = readExplorer(params);
		expect(settings).toEqual({ ...defaultExplorer(), toyLayer: 2 });
		expect(problems).toEqual([{ key: 'toyheads', value: '4', reason: 'retired' }]);
		expect(writeExplorer(settings, params).toString()).toBe('toylayer=2');
	});
	it('never throws on odd input', () => {
		for (const q of ['toylayer=', 'toylayer=1.5', 'toyweights=', 'toyweights=TRAINED', `toyheads=${'x'.repeat(99)}`, 'seed=9999999'])
			expect(() => readExplorer(new URLSearchParams(q))).not.toThrow();
		expect(readExplorer(new URLSearchParams(`toyheads=${'x'.repeat(99)}`)).problems[0].value).toHaveLength(40);
	});
	it('switching variant always lands on a part the variant has', () => {
		for (const from of VARIANTS)
			for (const part of PARTS[from])
				for (const to of VARIANTS) expect(PARTS[to].map((p) => p.id)).toContain(partAfterSwitch(part.id, to));
	});
});
