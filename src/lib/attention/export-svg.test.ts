import { describe, expect, it } from 'vitest';
import { escapeXml, masksToSvg } from './export-svg';
import { causalMask, countVisible, encoderDecoderMasks } from './masks';

describe('masksToSvg', () => {
	it('draws one rect per cell, marking the visible ones', () => {
		const mask = causalMask(5);
		const svg = masksToSvg([{ title: 'Causal', mask, rows: ['a', 'b', 'c', 'd', 'e'], cols: ['a', 'b', 'c', 'd', 'e'] }], 't5');
		expect(svg.match(/<rect [^>]*data-q=/g)).toHaveLength(25);
		expect(svg.match(/data-visible="true"/g)).toHaveLength(countVisible(mask));
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
	});

	it('escapes token text, so typed markup stays text', () => {
		const { encoderSelf } = encoderDecoderMasks(2, 0);
		const svg = masksToSvg([{ title: 'A & B', mask: encoderSelf, rows: ['<b>', '"x"'], cols: ['<b>', '"x"'] }], 'unilm');
		expect(svg).not.toContain('<b>');
		expect(svg).toContain('&lt;b&gt;');
		expect(svg).toContain('A &amp; B');
		expect(escapeXml(`<'&">`)).toBe('&lt;&apos;&amp;&quot;&gt;');
	});
});

describe('large masks', () => {
	it('export as runs of visible cells, one per row for a prefix mask', async () => {
		const { prefixMask, visibleRuns } = await import('./masks');
		expect(visibleRuns([true, true, false, true])).toEqual([
			[0, 2],
			[3, 4]
		]);
		const n = 1024;
		const svg = masksToSvg([{ title: 'Prefix', mask: prefixMask(n, 100), rows: [], cols: [] }], 't5');
		expect(svg.match(/data-run=/g)).toHaveLength(n);
		expect(svg.length).toBeLessThan(200_000);
	});
});
