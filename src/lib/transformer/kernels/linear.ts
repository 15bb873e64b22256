// The linear layer (y = x W^T + b over n rows) run by WebAssembly SIMD (linear.wat), bit for bit what ops.ts's
// JavaScript loops compute, two to three times faster in Chromium (see the README's Transformer section). The module is
// under a kilobyte and compiled synchronously on first use; where WebAssembly or its SIMD is missing, or a Content
// Security Policy refuses it, `linearKernel` returns false and the caller runs its JavaScript loops.
import { LINEAR_WASM_BASE64 } from './linear-wasm';

interface Kernel {
	memory: WebAssembly.Memory;
	linear: (x: number, n: number, inDim: number, w: number, b: number, outDim: number, y: number) => void;
}

let kernel: Kernel | null | undefined;

function instantiate(): Kernel | null {
	try {
		const bytes = Uint8Array.from(atob(LINEAR_WASM_BASE64), (c) => c.charCodeAt(0));
		const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes));
		return { memory: exports.memory as WebAssembly.Memory, linear: exports.linear as Kernel['linear'] };
	} catch {
		return null;
	}
}

/** Whether the WebAssembly kernel runs here (compiles it on first call). */
export function linearKernelAvailable(): boolean {
	if (kernel === undefined) kernel = instantiate();
	return kernel !== null;
}

const PAGE = 65536;
/** Views on the kernel's memory, made again only when it grows (growing detaches the old buffer). */
let views: { buffer: ArrayBuffer; f64: Float64Array; f32: Float32Array } | undefined;
const align16 = (bytes: number) => (bytes + 15) & ~15;

/**
 * y = x W^T + b for n rows (x [n, inDim] f64, W [outDim, inDim] f32, b [outDim] f32, y [n, outDim] f64, overwritten),
 * in WebAssembly. Returns false, leaving y untouched, when the kernel cannot run here.
 */
export function linearKernel(x: Float64Array, n: number, inDim: number, W: Float32Array, b: Float32Array, outDim: number, y: Float64Array): boolean {
	if (!linearKernelAvailable()) return false;
	const k = kernel!;
	const xBytes = align16(n * inDim * 8);
	const wBytes = align16(outDim * inDim * 4);
	const bBytes = align16(outDim * 4);
	const yBytes = n * outDim * 8;
	const need = xBytes + wBytes + bBytes + yBytes;
	if (need > k.memory.buffer.byteLength) k.memory.grow(Math.ceil((need - k.memory.buffer.byteLength) / PAGE));
	if (views?.buffer !== k.memory.buffer) views = { buffer: k.memory.buffer, f64: new Float64Array(k.memory.buffer), f32: new Float32Array(k.memory.buffer) };
	const { f64, f32 } = views;
	const wAt = xBytes;
	const bAt = wAt + wBytes;
	const yAt = bAt + bBytes;
	f64.set(x.length === n * inDim ? x : x.subarray(0, n * inDim), 0);
	f32.set(W.length === outDim * inDim ? W : W.subarray(0, outDim * inDim), wAt / 4);
	f32.set(b.length === outDim ? b : b.subarray(0, outDim), bAt / 4);
	k.linear(0, n, inDim, wAt, bAt, outDim, yAt);
	y.set(f64.subarray(yAt / 8, yAt / 8 + n * outDim));
	return true;
}
