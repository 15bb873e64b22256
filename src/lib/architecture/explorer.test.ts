import { describe, expect, it } from 'vitest';
import { PARTS, VARIANTS } from './blocks';
import { defaultExplorer, partAfterSwitch, readExplorer, writeExplorer } from './explorer';

describe('explorer settings', () => {
	it('round-trips and keeps other keys', () => {
		const s = { variant: 'llama' as const, part: 'ffn' as const, batch: 4, seq: 128, toyHeads: 8 as const, seed: 77 };
		const params = writeExplorer(s, new URLSearchParams('arch=prefix'));
		expect(params.get('arch')).toBe('prefix');
		expect(readExplorer(params)).toEqual({ settings: s, problems: [] });
		expect(writeExplorer(defaultExplorer(), new URLSearchParams()).toString()).toBe('');
	});
	it('reports bad values and a part the variant lacks', () => {
		const { settings, problems } = readExplorer(new URLSearchParams('variant=llama&part=positions&batch=0&seq=1e3&toyheads=3&seed=-1'));
		expect(settings).toEqual({ ...defaultExplorer(), variant: 'llama' });
		expect(problems.map((p) => p.key)).toEqual(['part', 'batch', 'seq', 'seed', 'toyheads']);
	});
	it('switching variant always lands on a part the variant has', () => {
		for (const from of VARIANTS)
			for (const part of PARTS[from])
				for (const to of VARIANTS) expect(PARTS[to].map((p) => p.id)).toContain(partAfterSwitch(part.id, to));
	});
});
