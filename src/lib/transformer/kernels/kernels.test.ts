import { describe, expect, it } from 'vitest';
import { assembleKernel } from '../../../../scripts/kernels.js';
import { mulberry32 } from '$lib/random';
import { linearForward, linearForwardLoops } from '../ops';
import { LINEAR_WASM_BASE64 } from './linear-wasm';
import { linearKernel, linearKernelAvailable } from './linear';

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

describe('the WebAssembly linear kernel', () => {
	it('is the assembly of linear.wat (npm run build:kernels after editing it)', async () => {
		const bytes: Uint8Array = await assembleKernel('linear');
		expect(Buffer.from(bytes).toString('base64')).toBe(LINEAR_WASM_BASE64);
	});

	it('runs in Node (WebAssembly SIMD)', () => {
		expect(linearKernelAvailable()).toBe(true);
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
	it.each(shapes)('gives bit for bit what the JavaScript loops give: n %i, in %i, out %i', (n, inDim, outDim) => {
		const { x, W, b } = randomArrays(n * 1000 + inDim * 10 + outDim, n, inDim, outDim);
		const fromLoops = new Float64Array(n * outDim);
		linearForwardLoops(x, n, inDim, W, b, outDim, fromLoops);
		const fromKernel = new Float64Array(n * outDim).fill(NaN);
		expect(linearKernel(x, n, inDim, W, b, outDim, fromKernel)).toBe(true);
		expect(fromKernel.some(Number.isNaN)).toBe(false);
		expect(sameBits(fromKernel, fromLoops)).toBe(true);
	});

	it('reads only the first n rows of larger arrays and grows its memory for large layers', () => {
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
});
