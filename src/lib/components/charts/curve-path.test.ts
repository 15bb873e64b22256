import fc from 'fast-check';
import { line } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { polylinePath, thinPolyline } from './curve-path';

const d3Path = (xs: number[], ys: number[]) =>
	line<number>()
		.digits(1)
		.x((_, i) => xs[i])
		.y((_, i) => ys[i])(xs.map((_, i) => i));

describe('polylinePath', () => {
	it('draws the same string as d3-shape line().digits(1)', () => {
		const coordinate = fc.oneof(
			fc.double({ min: -2000, max: 2000, noNaN: true }),
			fc.integer({ min: -50, max: 50 }).map((i) => i / 20), // halves and twentieths: rounding ties, -0
			fc.constant(-0)
		);
		fc.assert(
			fc.property(fc.array(fc.tuple(coordinate, coordinate), { minLength: 1, maxLength: 40 }), (points) => {
				const xs = points.map((p) => p[0]);
				const ys = points.map((p) => p[1]);
				expect(polylinePath(xs, ys)).toBe(d3Path(xs, ys));
			}),
			{ numRuns: 2000 }
		);
	});

	it('matches d3 at the edges: no points, one point, non-finite values', () => {
		expect(polylinePath([], [])).toBe(null);
		expect(polylinePath([3.14], [2.71])).toBe(d3Path([3.14], [2.71]));
		expect(polylinePath([NaN, Infinity, 1e20], [-Infinity, 0.05, -0.05])).toBe(d3Path([NaN, Infinity, 1e20], [-Infinity, 0.05, -0.05]));
	});
});

describe('thinPolyline', () => {
	/** The largest vertical distance from any input point to the thinned line. */
	function worst(xs: number[], ys: number[], tx: Float64Array, ty: Float64Array, m: number): number {
		let error = 0;
		for (let i = 0, s = 0; i < xs.length; i++) {
			while (s < m - 2 && tx[s + 1] < xs[i]) s++;
			const t = (xs[i] - tx[s]) / (tx[s + 1] - tx[s]);
			error = Math.max(error, Math.abs(ty[s] + t * (ty[s + 1] - ty[s]) - ys[i]));
		}
		return error;
	}
	const thin = (xs: number[], ys: number[], tolerance: number) => {
		const tx = new Float64Array(xs.length);
		const ty = new Float64Array(xs.length);
		const m = thinPolyline(xs, ys, xs.length, tolerance, tx, ty);
		return { tx, ty, m };
	};

	it('keeps the ends and a subset of the points, every point within the tolerance of the line', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.double({ min: 0.01, max: 5, noNaN: true }), fc.double({ min: -300, max: 300, noNaN: true })), { minLength: 1, maxLength: 200 }),
				fc.constantFrom(0, 0.1, 1, 5),
				(steps, tolerance) => {
					let x = 0;
					const xs = steps.map(([dx]) => (x += dx));
					const ys = steps.map(([, y]) => y);
					const { tx, ty, m } = thin(xs, ys, tolerance);
					expect(tx[0]).toBe(xs[0]);
					expect(tx[m - 1]).toBe(xs[xs.length - 1]);
					for (let s = 0; s < m; s++) expect(ys[xs.indexOf(tx[s])]).toBe(ty[s]);
					if (m >= 2) expect(worst(xs, ys, tx, ty, m)).toBeLessThanOrEqual(tolerance + 1e-9);
				}
			),
			{ numRuns: 500 }
		);
	});

	it('draws a smooth sigmoid of 500 points through far fewer, within 0.1 px', () => {
		const xs = Array.from({ length: 500 }, (_, i) => 58 + (i * 722) / 499);
		const ys = xs.map((x) => 356 - 342 * Math.exp(-Math.exp(-(x - 400) / 40)));
		const { tx, ty, m } = thin(xs, ys, 0.1);
		expect(m).toBeLessThan(150);
		expect(worst(xs, ys, tx, ty, m)).toBeLessThanOrEqual(0.1);
	});

	it('keeps every point when the x values do not increase or a value is not finite', () => {
		expect(thin([0, 1, 1, 2], [0, 0, 0, 0], 1).m).toBe(4);
		expect(thin([0, 1, 2, 3], [0, NaN, 0, 0], 1).m).toBe(4);
		expect(thin([0, 1, 2, 3], [0, 0, 0, 0], 1).m).toBe(2);
	});
});
