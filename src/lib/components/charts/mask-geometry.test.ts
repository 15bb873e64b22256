import { describe, expect, it } from 'vitest';
import { indexTicks, maskGeometry, moveCell, shortLabel } from './mask-geometry';

describe('moveCell', () => {
	it('moves by arrows and stays inside the grid', () => {
		expect(moveCell('ArrowRight', { q: 1, k: 1 }, 3, 4, 3)).toEqual({ q: 1, k: 2 });
		expect(moveCell('ArrowLeft', { q: 1, k: 0 }, 3, 4, 3)).toEqual({ q: 1, k: 0 });
		expect(moveCell('ArrowDown', { q: 2, k: 3 }, 3, 4, 3)).toEqual({ q: 2, k: 3 });
		expect(moveCell('End', { q: 1, k: 0 }, 3, 4, 3)).toEqual({ q: 1, k: 3 });
		expect(moveCell('PageDown', { q: 0, k: 2 }, 100, 4, 16)).toEqual({ q: 16, k: 2 });
	});
	it('ignores other keys', () => {
		expect(moveCell('a', { q: 0, k: 0 }, 3, 3, 3)).toBeNull();
	});
});

describe('maskGeometry', () => {
	it('names tokens on small grids and numbers larger ones', () => {
		expect(maskGeometry(13, 13)).toMatchObject({ tokenLabels: true, unit: 1, width: 64 + 13 * 20 + 4 });
		const large = maskGeometry(1024, 1024);
		expect(large.tokenLabels).toBe(false);
		expect(large.indexStep).toBe(128);
		expect(large.unit).toBeCloseTo((1024 * 20) / 640);
	});
	it('shortens long token labels', () => {
		expect(shortLabel('translate')).toBe('trans…');
		expect(shortLabel('good')).toBe('good');
	});
});

describe('indexTicks', () => {
	it('labels every step-th index below the count, starting at 0', () => {
		expect(indexTicks(1024, 128)).toEqual([0, 128, 256, 384, 512, 640, 768, 896]);
		expect(indexTicks(30, 8)).toEqual([0, 8, 16, 24]);
		expect(indexTicks(33, 8)).toEqual([0, 8, 16, 24, 32]);
		expect(indexTicks(1, 8)).toEqual([0]);
		expect(indexTicks(0, 8)).toEqual([]);
	});
});
