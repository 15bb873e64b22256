import fc from 'fast-check';
import { line } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { polylinePath } from './curve-path';

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
