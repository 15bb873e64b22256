import { describe, expect, it } from 'vitest';
import { mulberry32 } from '$lib/random';
import { dotActsWeights, linearForward } from './ops';

describe('linearForward', () => {
	it('gives bit for bit the one-row dot products, for odd row counts and widths that are not a multiple of 4', () => {
		const random = mulberry32(5);
		for (const [n, inDim, outDim] of [
			[1, 3, 2],
			[5, 7, 3],
			[64, 48, 192],
			[4, 192, 48]
		]) {
			const x = Float64Array.from({ length: n * inDim }, () => random() * 2 - 1);
			const W = Float32Array.from({ length: outDim * inDim }, () => random() * 2 - 1);
			const b = Float32Array.from({ length: outDim }, () => random() * 2 - 1);
			const y = new Float64Array(n * outDim);
			linearForward(x, n, inDim, W, b, outDim, y);
			for (let t = 0; t < n; t++) for (let j = 0; j < outDim; j++) expect(y[t * outDim + j]).toBe(b[j] + dotActsWeights(x, t * inDim, W, j * inDim, inDim));
		}
	});
});
