// The Transformer's heaviest loops, the linear layer (forward and backward) and attention, run by WebAssembly SIMD (kernels.wat): bit for
// bit what ops.ts's JavaScript computes (the same sums in the same order, and Math.exp itself), several times faster in
// Chromium (the README's Transformer section has the numbers). The module is under two kilobytes and compiled
// synchronously on first use. Where WebAssembly or its SIMD is missing, or a Content Security Policy refuses it, these
// functions return false and the caller runs its JavaScript loops.
//
// Each call copies its inputs into the module's memory (laid out one after another from address 0) and its outputs
// back: a copy costs far less than the loops it replaces, and callers keep plain typed arrays.
import { KERNELS_WASM_BASE64 } from './kernels-wasm';

interface Kernels {
	memory: WebAssembly.Memory;
	linear: (x: number, n: number, inDim: number, w: number, b: number, outDim: number, y: number) => void;
	attention: (q: number, k: number, v: number, nq: number, nk: number, d: number, heads: number, mask: number, probs: number, ctx: number) => void;
	dotRows: (a: number, rows: number, b: number, cols: number, len: number, out: number) => void;
}

let kernels: Kernels | null | undefined;

function instantiate(): Kernels | null {
	try {
		const bytes = Uint8Array.from(atob(KERNELS_WASM_BASE64), (c) => c.charCodeAt(0));
		const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes), { math: { exp: Math.exp } });
		return exports as unknown as Kernels;
	} catch {
		return null;
	}
}

/** Whether the WebAssembly kernels run here (compiles them on first call). */
export function kernelsAvailable(): boolean {
	if (kernels === undefined) kernels = instantiate();
	return kernels !== null;
}

const PAGE = 65536;
/** Views on the module's whole memory, made again when it grows (growing detaches the old buffer). The memory grows
 * only in `reserve` (the module never grows it), so memory.buffer, slow to read, is read only then. */
let views: { f64: Float64Array; f32: Float32Array; u8: Uint8Array } | undefined;

/** Addresses for blocks of these byte sizes, one after another from 0 (each on a 16-byte boundary), with memory
 * enough; null when the memory cannot grow that far (the caller then runs its JavaScript loops). */
function reserve(k: Kernels, sizes: number[]): number[] | null {
	const at: number[] = [];
	let end = 0;
	for (const size of sizes) {
		at.push(end);
		end += (size + 15) & ~15;
	}
	if (!views || end > views.u8.byteLength) {
		const have = k.memory.buffer.byteLength;
		try {
			if (end > have) k.memory.grow(Math.ceil((end - have) / PAGE));
		} catch {
			return null;
		}
		const buffer = k.memory.buffer;
		views = { f64: new Float64Array(buffer), f32: new Float32Array(buffer), u8: new Uint8Array(buffer) };
	}
	return at;
}

/** Whether every array holds at least its length: shorter ones are left to the JavaScript loops, which read them as
 * they always have (a kernel would read what the last call left in its memory). */
function longEnough(...pairs: [ArrayLike<number>, number][]): boolean {
	return pairs.every(([array, length]) => array.length >= length);
}

/** The first `length` elements of an array (itself when that is all of it). */
function head<T extends Float64Array | Float32Array | Uint8Array>(array: T, length: number): T {
	return (array.length === length ? array : array.subarray(0, length)) as T;
}

/**
 * y = x W^T + b for n rows (x [n, inDim] f64, W [outDim, inDim] f32, b [outDim] f32, y [n, outDim] f64, overwritten):
 * ops.ts's linearForward. Returns false, leaving y untouched, when the kernels cannot run here.
 */
export function linearKernel(x: Float64Array, n: number, inDim: number, W: Float32Array, b: Float32Array, outDim: number, y: Float64Array): boolean {
	if (!kernelsAvailable() || !longEnough([x, n * inDim], [W, outDim * inDim], [b, outDim], [y, n * outDim])) return false;
	const k = kernels!;
	const at = reserve(k, [n * inDim * 8, outDim * inDim * 4, outDim * 4, n * outDim * 8]);
	if (!at) return false;
	const [xAt, wAt, bAt, yAt] = at;
	const { f64, f32 } = views!;
	f64.set(head(x, n * inDim), xAt / 8);
	f32.set(head(W, outDim * inDim), wAt / 4);
	f32.set(head(b, outDim), bAt / 4);
	k.linear(xAt, n, inDim, wAt, bAt, outDim, yAt);
	y.set(f64.subarray(yAt / 8, yAt / 8 + n * outDim));
	return true;
}

/**
 * Attention of nq queries over nk keys in H heads: probs [H, nq, nk] (softmax of the scaled scores over the keys the
 * mask [nq * nk, 1 = visible] shows, exactly 0 elsewhere) and, when v and ctx are given, ctx [nq, d] = the weighted
 * sum of the values (overwritten): ops.ts's attentionForward, or attentionProbs without them. Returns false, leaving
 * the outputs untouched, when the kernels cannot run here.
 */
export function attentionKernel(
	q: Float64Array,
	k: Float64Array,
	v: Float64Array | null,
	nq: number,
	nk: number,
	d: number,
	H: number,
	mask: Uint8Array,
	probs: Float64Array,
	ctx: Float64Array | null
): boolean {
	if ((v === null) !== (ctx === null)) throw new RangeError('attentionKernel takes v and ctx together, or neither');
	const values = v !== null && ctx !== null;
	const sizesFit = H > 0 && d > 0 && nk > 0 && d % H === 0 && longEnough([q, nq * d], [k, nk * d], [mask, nq * nk], [probs, H * nq * nk]);
	if (!kernelsAvailable() || !sizesFit || (values && !longEnough([v, nk * d], [ctx, nq * d]))) return false;
	const m = kernels!;
	const at = reserve(m, [nq * d * 8, nk * d * 8, values ? nk * d * 8 : 0, nq * nk, H * nq * nk * 8, values ? nq * d * 8 : 0]);
	if (!at) return false;
	const [qAt, kAt, vAt, maskAt, probsAt, ctxAt] = at;
	const { f64, u8 } = views!;
	f64.set(head(q, nq * d), qAt / 8);
	f64.set(head(k, nk * d), kAt / 8);
	if (values) f64.set(head(v, nk * d), vAt / 8);
	u8.set(head(mask, nq * nk), maskAt);
	// v's block follows q's and k's, so its address is never 0 (d > 0): a 0 tells the kernel there are no values.
	m.attention(qAt, kAt, values ? vAt : 0, nq, nk, d, H, maskAt, probsAt, values ? ctxAt : 0);
	probs.set(f64.subarray(probsAt / 8, probsAt / 8 + H * nq * nk));
	if (values) ctx.set(f64.subarray(ctxAt / 8, ctxAt / 8 + nq * d));
	return true;
}

/**
 * out[r, s] += a[r] . b[s] for every row r of a [rows, len] and s of b [cols, len] (all f64; out [rows, cols]): the
 * products of ops.ts's linearBackward, each dot formed as dotActs forms it. Returns false, leaving out untouched, when
 * the kernels cannot run here.
 */
export function dotRowsKernel(a: Float64Array, rows: number, b: Float64Array, cols: number, len: number, out: Float64Array): boolean {
	if (!kernelsAvailable() || !longEnough([a, rows * len], [b, cols * len], [out, rows * cols])) return false;
	const k = kernels!;
	const at = reserve(k, [rows * len * 8, cols * len * 8, rows * cols * 8]);
	if (!at) return false;
	const [aAt, bAt, outAt] = at;
	const { f64 } = views!;
	f64.set(head(a, rows * len), aAt / 8);
	f64.set(head(b, cols * len), bAt / 8);
	f64.set(head(out, rows * cols), outAt / 8);
	k.dotRows(aAt, rows, bAt, cols, len, outAt);
	out.set(f64.subarray(outAt / 8, outAt / 8 + rows * cols));
	return true;
}
