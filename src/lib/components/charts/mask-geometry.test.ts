import { describe, expect, it } from 'vitest';
import { gridRowLabels, indexTicks, LABEL_PX, maskGeometry, moveCell, rowLabelRoom, shortLabel, staticCellPaths } from './mask-geometry';

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
		expect(maskGeometry(13, 13)).toMatchObject({ tokenLabels: true, unit: 1, width: 52 + 13 * 24 + 4, height: 64 + 13 * 24 + 4 });
		// Every token is named up to 32 a side (the SVG grid's limit), so a 30-token sentence keeps its labels.
		expect(maskGeometry(30, 30).tokenLabels).toBe(true);
		expect(maskGeometry(33, 33).tokenLabels).toBe(false);
		const large = maskGeometry(1024, 1024);
		expect(large.tokenLabels).toBe(false);
		expect(large.indexStep).toBe(128);
	});
	it('scales a large grid so that its labels are LABEL_PX on screen at the width it is drawn at', () => {
		for (const screen of [328, 640, 1100]) {
			const g = maskGeometry(1024, 1024, screen);
			// One CSS px is `unit` user units: the drawing's width over its screen width.
			expect(g.width / g.unit).toBeCloseTo(screen, 6);
			expect(g.left / g.unit).toBeCloseTo(36, 6);
		}
		// Without a width (the exported SVG), a typical 640 px.
		expect(maskGeometry(1024, 1024).width / maskGeometry(1024, 1024).unit).toBeCloseTo(640, 6);
	});
	it('draws SVG grids one user unit per CSS pixel, with cells of at least 24 px', () => {
		expect(maskGeometry(32, 32).unit).toBe(1);
		expect(maskGeometry(32, 32).cell).toBeGreaterThanOrEqual(24);
	});
	it('keeps room for the row labels it is given: less for one Chinese character than for a word, never more than 52 px', () => {
		// One CJK character is one em (12 px) and 6 px of gap; "loss" is four 0.7 em letters.
		expect(rowLabelRoom(['我', '爱', '你'])).toBe(LABEL_PX + 6);
		expect(rowLabelRoom(['我', '爱', '你', '损失'])).toBe(2 * LABEL_PX + 6);
		expect(rowLabelRoom(['I', 'love', 'you', 'loss'])).toBe(Math.ceil(4 * 0.7 * LABEL_PX + 6));
		// m and w count a full em; six letters of any kind get the 52 px every label had before.
		expect(rowLabelRoom(['mmm'])).toBe(3 * LABEL_PX + 6);
		expect(rowLabelRoom([shortLabel('translate')])).toBe(52);
		expect(rowLabelRoom(['👩‍👩‍👧'])).toBeGreaterThanOrEqual(LABEL_PX + 6);
		expect(rowLabelRoom([])).toBe(16);
		// The geometry puts the grid after that room, and the drawing is that much narrower.
		const chinese = maskGeometry(14, 14, undefined, gridRowLabels(Array.from('翻译成英文：我爱你。ILY.', (text) => ({ text })), '损失'));
		expect(chinese.left).toBe(2 * LABEL_PX + 6);
		expect(chinese.width).toBe(chinese.left + 14 * 24 + 4);
		expect(maskGeometry(14, 14).width - chinese.width).toBe(52 - chinese.left);
		// Large grids number their rows and take no labels' room.
		expect(maskGeometry(100, 100, 640, ['我']).left).toBe(maskGeometry(100, 100, 640).left);
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

describe('staticCellPaths', () => {
	/** Each subpath as [x, y] of its corner. */
	const squares = (d: string) => [...d.matchAll(/M(-?\d+),(-?\d+)h24v24h-24z/g)].map((m) => [Number(m[1]), Number(m[2])]);
	const causal = (n: number) => Array.from({ length: n }, (_, q) => Array.from({ length: n }, (_, k) => k <= q));

	it('draws every cell once, visible and blocked each in one path, where the live grid puts its rect', () => {
		const mask = causal(6);
		const { visible, blocked } = staticCellPaths(mask, 24);
		for (const d of [visible, blocked]) expect(d.replace(/M-?\d+,-?\d+h24v24h-24z/g, '')).toBe('');
		const at = (want: boolean) => mask.flatMap((row, q) => row.flatMap((v, k) => (v === want ? [[k * 24, q * 24]] : [])));
		expect(squares(visible)).toEqual(at(true));
		expect(squares(blocked)).toEqual(at(false));
		expect(squares(visible).length + squares(blocked).length).toBe(36);
	});

	it('is empty for an empty mask', () => {
		expect(staticCellPaths([], 24)).toEqual({ visible: '', blocked: '' });
	});
});
