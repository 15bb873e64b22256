import { describe, expect, it } from 'vitest';
import { assembleKernel } from '../../../../scripts/kernels.js';
import { mulberry32 } from '$lib/random';
import { attentionForward, attentionForwardLoops, attentionProbs, attentionProbsLoops, dotActs, linearForward, linearForwardLoops } from '../ops';
import { KERNELS_WASM_BASE64 } from './kernels-wasm';
import { attentionKernel, dotRowsKernel, kernelsAvailable, linearKernel } from './kernels';

function randomArrays(seed: number, n: number, inDim: number, outDim: number) {
	const random = mulberry32(seed);
	const normal = () => (random() - 0.5) * 4 + (random() < 0.05 ? 1e6 * (random() - 0.5) : 0);
	const x = Float64Array.from({ length: n * inDim }, normal);
	const W = Float32Array.from({ length: outDim * inDim }, normal);
	const b = Float32Array.from({ length: outDim }, normal);
	return { x, W, b };
}

/** Same bit patterns (so +0 and -0 differ, and NaN equals itself). */
const sameBits = (a: Float64Array, b: Float64Array) => Buffer.compare(Buffer.from(a.buffer), Buffer.from(b.buffer)) === 0;

describe('the WebAssembly kernels', () => {
	it('are the assembly of kernels.wat (npm run build:kernels after editing it)', async () => {
		const bytes: Uint8Array = await assembleKernel('kernels');
		expect(Buffer.from(bytes).toString('base64')).toBe(KERNELS_WASM_BASE64);
	});

	it('run in Node (WebAssembly SIMD)', () => {
		expect(kernelsAvailable()).toBe(true);
	});

	// Every shape the loops special-case: odd and even row counts, in-dimensions with and without a remainder of 4.
	const shapes = [
		[1, 1, 1],
		[1, 4, 3],
		[2, 3, 5],
		[3, 7, 2],
		[5, 8, 6],
		[64, 48, 144],
		[63, 192, 48],
		[9, 32, 128],
		[4, 13, 11]
	];
	it.each(shapes)('linear gives bit for bit what the JavaScript loops give: n %i, in %i, out %i', (n, inDim, outDim) => {
		const { x, W, b } = randomArrays(n * 1000 + inDim * 10 + outDim, n, inDim, outDim);
		const fromLoops = new Float64Array(n * outDim);
		linearForwardLoops(x, n, inDim, W, b, outDim, fromLoops);
		const fromKernel = new Float64Array(n * outDim).fill(NaN);
		expect(linearKernel(x, n, inDim, W, b, outDim, fromKernel)).toBe(true);
		expect(fromKernel.some(Number.isNaN)).toBe(false);
		expect(sameBits(fromKernel, fromLoops)).toBe(true);
	});

	it('linear reads only the first n rows of larger arrays and grows its memory for large layers', () => {
		const n = 300;
		const inDim = 200;
		const outDim = 120; // 480 KB of activations: more than the module's first page of memory
		const { x, W, b } = randomArrays(7, n + 2, inDim, outDim);
		const viaOps = new Float64Array(n * outDim);
		linearForward(x, n, inDim, W, b, outDim, viaOps);
		const fromLoops = new Float64Array(n * outDim);
		linearForwardLoops(x, n, inDim, W, b, outDim, fromLoops);
		expect(sameBits(viaOps, fromLoops)).toBe(true);
	});

	/** A mask [nq * nk] with at least one visible key per query: causal-like, random, or all visible. */
	function randomMask(random: () => number, nq: number, nk: number, kind: number): Uint8Array {
		const mask = new Uint8Array(nq * nk);
		for (let i = 0; i < nq; i++) {
			for (let j = 0; j < nk; j++) mask[i * nk + j] = kind === 0 ? Number(j <= i + nk - nq) : kind === 1 ? Number(random() < 0.4) : 1;
			if (!mask.subarray(i * nk, (i + 1) * nk).some(Boolean)) mask[i * nk + Math.floor(random() * nk)] = 1;
		}
		return mask;
	}

	// Head sizes even and odd, with and without a remainder of 4; one query (a KV-cache step) and many.
	const attentionShapes = [
		[1, 1, 4, 1],
		[1, 9, 48, 4],
		[5, 5, 6, 2],
		[7, 3, 15, 3],
		[64, 64, 48, 4],
		[9, 12, 32, 4],
		[4, 6, 20, 2]
	];
	it.each(attentionShapes)('attention gives bit for bit what the JavaScript loops give: %i queries, %i keys, d %i, %i heads', (nq, nk, d, H) => {
		const random = mulberry32(nq * 7919 + nk * 31 + d * 3 + H);
		const value = () => (random() - 0.5) * 6;
		const q = Float64Array.from({ length: nq * d }, value);
		const k = Float64Array.from({ length: nk * d }, value);
		const v = Float64Array.from({ length: nk * d }, value);
		for (const kind of [0, 1, 2]) {
			const mask = randomMask(random, nq, nk, kind);
			const probsJs = new Float64Array(H * nq * nk);
			const ctxJs = new Float64Array(nq * d).fill(7); // overwritten, not added to
			attentionForwardLoops(q, k, v, nq, nk, d, H, mask, probsJs, ctxJs);
			const probsWasm = new Float64Array(H * nq * nk).fill(NaN);
			const ctxWasm = new Float64Array(nq * d).fill(NaN);
			expect(attentionKernel(q, k, v, nq, nk, d, H, mask, probsWasm, ctxWasm)).toBe(true);
			expect(sameBits(probsWasm, probsJs)).toBe(true);
			expect(sameBits(ctxWasm, ctxJs)).toBe(true);
			// Blocked weights are exactly 0, and each query's weights sum to 1.
			for (let h = 0; h < H; h++)
				for (let i = 0; i < nq; i++) {
					const row = probsWasm.subarray((h * nq + i) * nk, (h * nq + i + 1) * nk);
					expect(row.every((p, j) => mask[i * nk + j] === 1 || p === 0)).toBe(true);
					expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
				}
			const probsOnly = new Float64Array(H * nq * nk);
			attentionProbs(q, k, nq, nk, d, H, mask, probsOnly);
			const probsOnlyJs = new Float64Array(H * nq * nk);
			attentionProbsLoops(q, k, nq, nk, d, H, mask, probsOnlyJs);
			expect(sameBits(probsOnly, probsJs)).toBe(true);
			expect(sameBits(probsOnlyJs, probsJs)).toBe(true);
			// Through ops.ts, as the model calls it.
			const probsOps = new Float64Array(H * nq * nk);
			const ctxOps = new Float64Array(nq * d);
			attentionForward(q, k, v, nq, nk, d, H, mask, probsOps, ctxOps);
			expect(sameBits(ctxOps, ctxJs)).toBe(true);
		}
	});

	// The backward pass's products: lengths with and without a remainder of 4, one row and many.
	const dotShapes = [
		[1, 1, 1],
		[3, 5, 7],
		[48, 48, 64],
		[64, 192, 48],
		[2, 9, 13]
	];
	it.each(dotShapes)('dotRows gives bit for bit what dotActs gives, added to what was there: %i x %i rows of %i', (rows, cols, len) => {
		const random = mulberry32(rows * 131 + cols * 17 + len);
		const value = () => (random() - 0.5) * 10;
		const a = Float64Array.from({ length: rows * len + 3 }, value); // longer than needed: only the rows are read
		const b = Float64Array.from({ length: cols * len }, value);
		const start = Float64Array.from({ length: rows * cols }, value);
		const expected = start.slice();
		for (let r = 0; r < rows; r++) for (let s = 0; s < cols; s++) expected[r * cols + s] += dotActs(a, r * len, b, s * len, len);
		const out = start.slice();
		expect(dotRowsKernel(a, rows, b, cols, len, out)).toBe(true);
		expect(sameBits(out, expected)).toBe(true);
	});

	it('attention reads only what it needs of longer arrays (a KV cache’s keys and values), and writes only its outputs', () => {
		const random = mulberry32(99);
		const value = () => (random() - 0.5) * 4;
		const [nq, nk, d, H, capacity] = [1, 5, 8, 2, 16];
		const q = Float64Array.from({ length: nq * d }, value);
		const k = Float64Array.from({ length: capacity * d }, value);
		const v = Float64Array.from({ length: capacity * d }, value);
		const mask = new Uint8Array(nq * nk).fill(1);
		const probsJs = new Float64Array(H * nq * nk + 4).fill(3);
		const ctxJs = new Float64Array(nq * d + 4).fill(3);
		attentionForwardLoops(q, k, v, nq, nk, d, H, mask, probsJs, ctxJs);
		const probsWasm = new Float64Array(H * nq * nk + 4).fill(3);
		const ctxWasm = new Float64Array(nq * d + 4).fill(3);
		expect(attentionKernel(q, k, v, nq, nk, d, H, mask, probsWasm, ctxWasm)).toBe(true);
		expect(sameBits(probsWasm, probsJs)).toBe(true);
		expect(sameBits(ctxWasm, ctxJs)).toBe(true);
	});

	it('leaves what it cannot do exactly as the loops do to the loops, and refuses values without a context', () => {
		const q = new Float64Array(8);
		const probs = new Float64Array(4);
		// Too short an output, a head size that does not divide, no heads: not the kernel's (the loops run instead).
		expect(attentionKernel(q, q, null, 1, 1, 8, 2, new Uint8Array(1), new Float64Array(1), null)).toBe(false);
		expect(attentionKernel(q, q, null, 1, 1, 8, 3, new Uint8Array(1), probs, null)).toBe(false);
		expect(attentionKernel(q, q, null, 1, 1, 8, 0, new Uint8Array(1), probs, null)).toBe(false);
		expect(linearKernel(new Float64Array(3), 2, 2, new Float32Array(4), new Float32Array(2), 2, new Float64Array(4))).toBe(false);
		expect(dotRowsKernel(new Float64Array(4), 2, new Float64Array(4), 2, 2, new Float64Array(3))).toBe(false);
		expect(() => attentionKernel(q, q, q, 1, 1, 8, 2, new Uint8Array(1), probs, null)).toThrow(RangeError);
	});
});
