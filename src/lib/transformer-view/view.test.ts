import { describe, expect, it } from 'vitest';
import { causalMask, prefixMask } from '$lib/attention/masks';
import {
	fitPrefix,
	forwardInPrefix,
	gridPath,
	heatmapGeometry,
	heatmapPaths,
	labelIndices,
	LEVELS,
	maxDifference,
	mostForwardHead,
	shade,
	shadeOpacity,
	tokenLabel,
	viewMask,
	viewTokens,
	LABEL_PX,
	MAP_LAYOUT_PX,
	THUMBNAIL_LEVELS
} from './view';

describe('viewTokens', () => {
	it('marks characters the model maps to <unk> as unknown', () => {
		const tokens = viewTokens(['a', 'é', 'b'], [3, 0, 4], 0);
		expect(tokens.map((t) => t.unknown)).toEqual([false, true, false]);
		expect(tokens.map(tokenLabel)).toEqual(['a', '?', 'b']);
	});
	it('throws when characters and ids do not pair up', () => {
		expect(() => viewTokens(['a'], [], 0)).toThrow(RangeError);
	});
	it('writes a space so it can be seen', () => {
		expect(tokenLabel({ text: ' ', id: 1, unknown: false })).toBe('␣');
	});
});

describe('viewMask', () => {
	it('is the causal mask or the prefix mask of $lib/attention/masks', () => {
		expect(viewMask('causal', 5, 3)).toEqual(causalMask(5));
		expect(viewMask('prefix', 5, 3)).toEqual(prefixMask(5, 3));
	});
	it('fits the prefix into the text', () => {
		expect(fitPrefix(10, 4)).toBe(4);
		expect(fitPrefix(0, 4)).toBe(1);
		expect(fitPrefix(3, 0)).toBe(0);
		expect(viewMask('prefix', 3, 99)).toEqual(prefixMask(3, 3));
	});
});

describe('shading', () => {
	it('runs from the lightest shade at 0 to the darkest at 1, monotonically', () => {
		expect(shade(0)).toBe(0);
		expect(shade(1)).toBe(LEVELS - 1);
		let last = 0;
		for (let w = 0; w <= 1; w += 0.01) {
			expect(shade(w)).toBeGreaterThanOrEqual(last);
			last = shade(w);
		}
		expect(shadeOpacity(0)).toBeGreaterThan(0);
	});
	it('draws blocked cells apart from visible ones, one path per shade used', () => {
		const weights = [
			[1, 0, 0],
			[0.5, 0.5, 0],
			[0.2, 0.3, 0.5]
		];
		const paths = heatmapPaths(weights, causalMask(3), 10);
		// Blocked: (0,1)-(0,2) merged into one run, and (1,2).
		expect(paths.blocked).toBe('M10 0h20v10h-20zM20 10h10v10h-10z');
		const area = (d: string) => [...d.matchAll(/h(\d+)v(\d+)/g)].reduce((a, m) => a + Number(m[1]) * Number(m[2]), 0);
		expect(paths.shades.reduce((n, s) => n + area(s.d), 0)).toBe(600); // the 6 visible cells, 10 x 10 each
		expect(paths.shades.find((s) => s.level === LEVELS - 1)?.d).toContain('M0 0h10');
		// Row 1: 0.5 and 0.5 share a shade, so one run of two cells.
		expect(paths.shades.find((s) => s.level === shade(0.5))?.d).toContain('M0 10h20v10h-20z');
	});
});

describe('heatmapGeometry', () => {
	it('labels every token when cells are wide enough for a 12 px character, and fits a 360 px phone', () => {
		const short = heatmapGeometry(14, 320);
		expect(short.allLabels).toBe(true);
		expect(short.width).toBeLessThanOrEqual(320);
		const long = heatmapGeometry(64, 320);
		expect(long.allLabels).toBe(false);
		expect(long.width).toBeLessThanOrEqual(320);
	});
	it('keeps one size from 10 tokens up, so a keystroke that changes the length never resizes the map', () => {
		const sizes = new Set<string>();
		for (let n = 10; n <= 64; n++) {
			const g = heatmapGeometry(n, MAP_LAYOUT_PX);
			sizes.add(`${g.width}x${g.height}`);
			expect(g.cell * n).toBeCloseTo(g.width - g.left - 4, 9);
		}
		expect([...sizes]).toEqual([`${MAP_LAYOUT_PX}x${MAP_LAYOUT_PX}`]);
		// Short texts keep cells of at most 28 px.
		expect(heatmapGeometry(3, MAP_LAYOUT_PX).cell).toBe(28);
	});
	it('always labels the focused row and spaces the others so they do not overlap', () => {
		const g = heatmapGeometry(64, 320);
		const labels = labelIndices(64, g, 33);
		expect(labels).toContain(33);
		const sorted = [...labels].sort((a, b) => a - b);
		for (let i = 1; i < sorted.length; i++) expect((sorted[i] - sorted[i - 1]) * g.cell).toBeGreaterThanOrEqual(12);
	});
});

describe('forwardInPrefix', () => {
	it('is exactly 0 for a causal attention map', () => {
		const w = [
			[1, 0, 0],
			[0.4, 0.6, 0],
			[0.1, 0.2, 0.7]
		];
		expect(forwardInPrefix(w, 3)).toBe(0);
	});
	it('averages the forward weight of prefix queries', () => {
		const w = [
			[0.5, 0.5, 0],
			[0.2, 0.8, 0],
			[0.1, 0.2, 0.7]
		];
		// queries 0 (0.5 forward) in a prefix of 2: one query before the prefix's last token
		expect(forwardInPrefix(w, 2)).toBeCloseTo(0.5);
		const best = mostForwardHead([[w, [[1, 0, 0], [0, 1, 0], [0, 0, 1]]]], 2);
		expect(best).toEqual({ layer: 0, head: 0, share: 0.5 });
	});
	it('measures differences', () => {
		expect(maxDifference([[1, 0]], [[0.25, 0.75]])).toBe(0.75);
	});
});

describe('MAP_LAYOUT_PX: the enlarged map scales to its panel', () => {
	it('keeps labels at 11 px or more on the narrowest phone panel (257 px), for any text length', () => {
		for (let n = 1; n <= 64; n++) {
			const g = heatmapGeometry(n, MAP_LAYOUT_PX);
			expect(g.width).toBeLessThanOrEqual(MAP_LAYOUT_PX);
			// The map is drawn at its panel's width: its viewBox (g.width) shrinks to 257 px at most by this factor.
			expect((LABEL_PX * 257) / g.width).toBeGreaterThanOrEqual(11);
		}
	});
});

describe('thumbnail shades', () => {
	it('draws thumbnails in THUMBNAIL_LEVELS shades, from lightest to darkest, in fewer rectangles than the full scale', () => {
		expect(shade(0, THUMBNAIL_LEVELS)).toBe(0);
		expect(shade(1, THUMBNAIL_LEVELS)).toBe(THUMBNAIL_LEVELS - 1);
		expect(shadeOpacity(0, THUMBNAIL_LEVELS)).toBeGreaterThan(0.1);
		expect(shadeOpacity(THUMBNAIL_LEVELS - 1, THUMBNAIL_LEVELS)).toBeLessThan(1);
		// A causal head spreading its weight evenly over a growing prefix: 1, 1/2, 1/3, ... per row.
		const n = 24;
		const weights = Array.from({ length: n }, (_, q) => Array.from({ length: n }, (_, k) => (k <= q ? 1 / (q + 1) : 0)));
		const full = heatmapPaths(weights, causalMask(n), 1);
		const thumb = heatmapPaths(weights, causalMask(n), 1, THUMBNAIL_LEVELS);
		expect(thumb.shades.length).toBeLessThanOrEqual(THUMBNAIL_LEVELS);
		expect(thumb.shades.every((s) => s.level < THUMBNAIL_LEVELS)).toBe(true);
		expect(thumb.blocked).toBe(full.blocked);
		expect(thumb.shades.map((s) => s.d).join('').length).toBeLessThanOrEqual(full.shades.map((s) => s.d).join('').length);
	});
});

describe('gridPath', () => {
	it('draws the n + 1 lines each way between n x n cells', () => {
		expect(gridPath(2, 10)).toBe('M0 0h20M0 0v20M0 10h20M10 0v20M0 20h20M20 0v20');
		expect(gridPath(64, 4).match(/M/g)).toHaveLength(2 * 65);
	});
	it('draws rows + 1 lines across and cols + 1 down for a grid that is not square', () => {
		// 1 row, 3 columns of 10: across at y 0 and 10, 30 long; down at x 0 to 30, 10 long.
		expect(gridPath(1, 10, 3)).toBe('M0 0h30M0 0v10M0 10h30M10 0v10M20 0v10M30 0v10');
		expect(gridPath(5, 24, 2).match(/h48/g)).toHaveLength(6);
		expect(gridPath(5, 24, 2).match(/v120/g)).toHaveLength(3);
	});
});
