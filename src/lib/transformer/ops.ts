// The building blocks of the Transformer, forward and backward, on flat row-major arrays. Weights are Float32Array
// (what is trained and shipped); activations and gradients are Float64Array, so sums over many terms stay exact
// enough for finite-difference checks. Each argument position always receives the same array type, which keeps V8's
// call sites monomorphic. Inner loops run over contiguous memory and allocate nothing.
//
// Shapes: a matrix W of a linear layer is [out, in] (as PyTorch's nn.Linear stores it), y[t, j] = b[j] + x[t] . W[j]:
// every output is a dot product of two contiguous rows, which V8 runs about twice as fast as the transposed
// (axpy) order when summed in four independent accumulators.

import { attentionKernel, dotRowsKernel, linearKernel } from './kernels/kernels';

export type Weights = Float32Array;
export type Acts = Float64Array;

/** Dot product of activations a[ao .. ao+len) and weights w[wo .. wo+len), four accumulators. */
export function dotActsWeights(a: Acts, ao: number, w: Weights, wo: number, len: number): number {
	let s0 = 0;
	let s1 = 0;
	let s2 = 0;
	let s3 = 0;
	let i = 0;
	for (; i + 3 < len; i += 4) {
		s0 += a[ao + i] * w[wo + i];
		s1 += a[ao + i + 1] * w[wo + i + 1];
		s2 += a[ao + i + 2] * w[wo + i + 2];
		s3 += a[ao + i + 3] * w[wo + i + 3];
	}
	for (; i < len; i++) s0 += a[ao + i] * w[wo + i];
	return s0 + s1 + (s2 + s3);
}

/** Dot product of two activation rows, four accumulators. */
export function dotActs(a: Acts, ao: number, b: Acts, bo: number, len: number): number {
	let s0 = 0;
	let s1 = 0;
	let s2 = 0;
	let s3 = 0;
	let i = 0;
	for (; i + 3 < len; i += 4) {
		s0 += a[ao + i] * b[bo + i];
		s1 += a[ao + i + 1] * b[bo + i + 1];
		s2 += a[ao + i + 2] * b[bo + i + 2];
		s3 += a[ao + i + 3] * b[bo + i + 3];
	}
	for (; i < len; i++) s0 += a[ao + i] * b[bo + i];
	return s0 + s1 + (s2 + s3);
}

/** y = x W^T + b for n rows; x [n, inDim], W [outDim, inDim], b [outDim], y [n, outDim] (overwritten). */
export function linearForward(x: Acts, n: number, inDim: number, W: Weights, b: Weights, outDim: number, y: Acts): void {
	if (!linearKernel(x, n, inDim, W, b, outDim, y)) linearForwardLoops(x, n, inDim, W, b, outDim, y);
}

/** linearForward in JavaScript: what the WebAssembly kernel (kernels/kernels.wat) computes, bit for bit, and what runs
 * where that kernel cannot. */
export function linearForwardLoops(x: Acts, n: number, inDim: number, W: Weights, b: Weights, outDim: number, y: Acts): void {
	let t = 0;
	// Two rows at a time, so each weight is loaded once for both; each sum is still formed exactly as dotActsWeights
	// forms it (same accumulators, same order), so the result is bit for bit the one-row loop's below.
	for (; t + 1 < n; t += 2) {
		const xo = t * inDim;
		const xp = xo + inDim;
		const yo = t * outDim;
		const yp = yo + outDim;
		for (let j = 0; j < outDim; j++) {
			const wo = j * inDim;
			let a0 = 0;
			let a1 = 0;
			let a2 = 0;
			let a3 = 0;
			let c0 = 0;
			let c1 = 0;
			let c2 = 0;
			let c3 = 0;
			let i = 0;
			for (; i + 3 < inDim; i += 4) {
				const w0 = W[wo + i];
				const w1 = W[wo + i + 1];
				const w2 = W[wo + i + 2];
				const w3 = W[wo + i + 3];
				a0 += x[xo + i] * w0;
				a1 += x[xo + i + 1] * w1;
				a2 += x[xo + i + 2] * w2;
				a3 += x[xo + i + 3] * w3;
				c0 += x[xp + i] * w0;
				c1 += x[xp + i + 1] * w1;
				c2 += x[xp + i + 2] * w2;
				c3 += x[xp + i + 3] * w3;
			}
			for (; i < inDim; i++) {
				a0 += x[xo + i] * W[wo + i];
				c0 += x[xp + i] * W[wo + i];
			}
			y[yo + j] = b[j] + (a0 + a1 + (a2 + a3));
			y[yp + j] = b[j] + (c0 + c1 + (c2 + c3));
		}
	}
	for (; t < n; t++) {
		const xo = t * inDim;
		const yo = t * outDim;
		for (let j = 0; j < outDim; j++) y[yo + j] = b[j] + dotActsWeights(x, xo, W, j * inDim, inDim);
	}
}

// Grow-only scratch buffers for transposes (one set per module: the code is synchronous, so calls never overlap).
const scratchBuffers: Float64Array[] = [];
function scratch(slot: number, size: number): Float64Array {
	let buffer = scratchBuffers[slot];
	if (!buffer || buffer.length < size) scratchBuffers[slot] = buffer = new Float64Array(Math.max(size, 2 * (buffer?.length ?? 0)));
	return buffer;
}

/** out [cols, rows] = a [rows, cols] transposed. */
function transpose(a: Acts | Weights, rows: number, cols: number, out: Float64Array): void {
	for (let r = 0; r < rows; r++) {
		const o = r * cols;
		for (let c = 0; c < cols; c++) out[c * rows + r] = a[o + c];
	}
}

/**
 * Backward of {@link linearForward}: dW += dy^T x, db += column sums of dy, and dx += dy W when dx is given
 * (accumulated, so several branches can add into one gradient). Both products run as contiguous dot products over
 * transposed copies, which is several times faster in V8 than accumulating row by row.
 */
export function linearBackward(
	x: Acts,
	n: number,
	inDim: number,
	W: Weights,
	outDim: number,
	dy: Acts,
	dx: Acts | null,
	dW: Acts,
	db: Acts
): void {
	const dyT = scratch(0, outDim * n);
	const xT = scratch(1, inDim * n);
	transpose(dy, n, outDim, dyT);
	transpose(x, n, inDim, xT);
	for (let j = 0; j < outDim; j++) {
		const go = j * n;
		let sum = 0;
		for (let t = 0; t < n; t++) sum += dyT[go + t];
		db[j] += sum;
	}
	// dW[j, i] += dyT[j] . xT[i]
	if (!dotRowsKernel(dyT, outDim, xT, inDim, n, dW)) {
		for (let j = 0; j < outDim; j++) {
			const wo = j * inDim;
			for (let i = 0; i < inDim; i++) dW[wo + i] += dotActs(dyT, j * n, xT, i * n, n);
		}
	}
	if (dx === null) return;
	const WT = scratch(2, inDim * outDim);
	transpose(W, outDim, inDim, WT);
	// dx[t, i] += dy[t] . WT[i]
	if (dotRowsKernel(dy, n, WT, inDim, outDim, dx)) return;
	for (let t = 0; t < n; t++) {
		const yo = t * outDim;
		const xo = t * inDim;
		for (let i = 0; i < inDim; i++) dx[xo + i] += dotActs(dy, yo, WT, i * outDim, outDim);
	}
}

export const LAYER_NORM_EPS = 1e-5;

/** LayerNorm over each row of x [n, d]: y = gain * (x - mean) / sqrt(var + eps) + bias; keeps mean and 1/std. */
export function layerNormForward(x: Acts, n: number, d: number, gain: Weights, bias: Weights, y: Acts, mean: Acts, rstd: Acts): void {
	for (let t = 0; t < n; t++) {
		const o = t * d;
		let m = 0;
		for (let i = 0; i < d; i++) m += x[o + i];
		m /= d;
		let v = 0;
		for (let i = 0; i < d; i++) {
			const c = x[o + i] - m;
			v += c * c;
		}
		const r = 1 / Math.sqrt(v / d + LAYER_NORM_EPS);
		mean[t] = m;
		rstd[t] = r;
		for (let i = 0; i < d; i++) y[o + i] = (x[o + i] - m) * r * gain[i] + bias[i];
	}
}

/** Backward of {@link layerNormForward}: dx += ..., dGain += dy * xhat, dBias += dy. */
export function layerNormBackward(
	x: Acts,
	n: number,
	d: number,
	gain: Weights,
	mean: Acts,
	rstd: Acts,
	dy: Acts,
	dx: Acts,
	dGain: Acts,
	dBias: Acts
): void {
	for (let t = 0; t < n; t++) {
		const o = t * d;
		const m = mean[t];
		const r = rstd[t];
		let sumG = 0;
		let sumGX = 0;
		for (let i = 0; i < d; i++) {
			const xhat = (x[o + i] - m) * r;
			const g = dy[o + i] * gain[i];
			sumG += g;
			sumGX += g * xhat;
			dGain[i] += dy[o + i] * xhat;
			dBias[i] += dy[o + i];
		}
		sumG /= d;
		sumGX /= d;
		for (let i = 0; i < d; i++) {
			const xhat = (x[o + i] - m) * r;
			dx[o + i] += r * (dy[o + i] * gain[i] - sumG - xhat * sumGX);
		}
	}
}

const GELU_C = Math.sqrt(2 / Math.PI);

/** GELU, tanh approximation (as in GPT-2): 0.5 u (1 + tanh(sqrt(2/pi) (u + 0.044715 u^3))). */
export function geluForward(u: Acts, size: number, g: Acts): void {
	for (let i = 0; i < size; i++) {
		const x = u[i];
		g[i] = 0.5 * x * (1 + Math.tanh(GELU_C * (x + 0.044715 * x * x * x)));
	}
}

/** du = dg * gelu'(u) (overwrites du). */
export function geluBackward(u: Acts, size: number, dg: Acts, du: Acts): void {
	for (let i = 0; i < size; i++) {
		const x = u[i];
		const th = Math.tanh(GELU_C * (x + 0.044715 * x * x * x));
		const derivative = 0.5 * (1 + th) + 0.5 * x * (1 - th * th) * GELU_C * (1 + 3 * 0.044715 * x * x);
		du[i] = dg[i] * derivative;
	}
}

/**
 * Multi-head scaled dot-product attention. q [nq, d], k and v [nk, d], heads side by side (head h owns columns
 * h*hd .. (h+1)*hd). mask [nq * nk] (1 = visible). Writes probs [H, nq, nk] (blocked entries exactly 0, visible ones
 * a softmax of q.k / sqrt(hd)) and ctx [nq, d]. Every row must have a visible key (callers check).
 */
export function attentionForward(...args: Parameters<typeof attentionForwardLoops>): void {
	if (!attentionKernel(...args)) attentionForwardLoops(...args);
}

/** attentionForward in JavaScript (q, k, v, nq, nk, d, H, mask, probs, ctx): what the WebAssembly kernel computes,
 * bit for bit, and what runs where it cannot. */
export function attentionForwardLoops(
	q: Acts,
	k: Acts,
	v: Acts,
	nq: number,
	nk: number,
	d: number,
	H: number,
	mask: Uint8Array,
	probs: Acts,
	ctx: Acts
): void {
	const hd = d / H;
	const scale = 1 / Math.sqrt(hd);
	ctx.fill(0, 0, nq * d);
	for (let h = 0; h < H; h++) {
		const ho = h * hd;
		for (let i = 0; i < nq; i++) {
			const po = (h * nq + i) * nk;
			const mo = i * nk;
			attentionRow(q, k, i * d + ho, ho, nk, d, hd, scale, mask, mo, probs, po);
			const co = i * d + ho;
			for (let j = 0; j < nk; j++) {
				if (mask[mo + j] === 0) continue;
				const p = probs[po + j];
				const vo = j * d + ho;
				for (let c = 0; c < hd; c++) ctx[co + c] += p * v[vo + c];
			}
		}
	}
}

/** The attention weights alone, probs [H, nq, nk], as attentionForward computes them (for a viewer: no values, no
 * context vectors). */
export function attentionProbs(q: Acts, k: Acts, nq: number, nk: number, d: number, H: number, mask: Uint8Array, probs: Acts): void {
	if (!attentionKernel(q, k, null, nq, nk, d, H, mask, probs, null)) attentionProbsLoops(q, k, nq, nk, d, H, mask, probs);
}

/** attentionProbs in JavaScript: what the WebAssembly kernel computes, bit for bit, and what runs where it cannot. */
export function attentionProbsLoops(q: Acts, k: Acts, nq: number, nk: number, d: number, H: number, mask: Uint8Array, probs: Acts): void {
	const hd = d / H;
	const scale = 1 / Math.sqrt(hd);
	for (let h = 0; h < H; h++) {
		const ho = h * hd;
		for (let i = 0; i < nq; i++) attentionRow(q, k, i * d + ho, ho, nk, d, hd, scale, mask, i * nk, probs, (h * nq + i) * nk);
	}
}

/** One query's row of one head: masked scaled dot products, then a softmax over the visible keys (blocked keys get
 * exactly 0), written to probs[po .. po + nk). */
function attentionRow(q: Acts, k: Acts, qo: number, ho: number, nk: number, d: number, hd: number, scale: number, mask: Uint8Array, mo: number, probs: Acts, po: number): void {
	let max = -Infinity;
	for (let j = 0; j < nk; j++) {
		if (mask[mo + j] === 0) {
			probs[po + j] = 0;
			continue;
		}
		const s = dotActs(q, qo, k, j * d + ho, hd) * scale;
		probs[po + j] = s;
		if (s > max) max = s;
	}
	let sum = 0;
	for (let j = 0; j < nk; j++) {
		if (mask[mo + j] === 0) continue;
		const e = Math.exp(probs[po + j] - max);
		probs[po + j] = e;
		sum += e;
	}
	const inv = 1 / sum;
	for (let j = 0; j < nk; j++) if (mask[mo + j] !== 0) probs[po + j] *= inv;
}

/** Backward of {@link attentionForward}: accumulates into dq, dk, dv from dctx. `dp` is scratch of length nk. */
export function attentionBackward(
	q: Acts,
	k: Acts,
	v: Acts,
	nq: number,
	nk: number,
	d: number,
	H: number,
	probs: Acts,
	dctx: Acts,
	dq: Acts,
	dk: Acts,
	dv: Acts,
	dp: Acts
): void {
	const hd = d / H;
	const scale = 1 / Math.sqrt(hd);
	for (let h = 0; h < H; h++) {
		const ho = h * hd;
		for (let i = 0; i < nq; i++) {
			const po = (h * nq + i) * nk;
			const co = i * d + ho;
			let dot = 0;
			for (let j = 0; j < nk; j++) {
				const p = probs[po + j];
				if (p === 0) {
					dp[j] = 0;
					continue;
				}
				const vo = j * d + ho;
				let s = 0;
				for (let c = 0; c < hd; c++) {
					s += dctx[co + c] * v[vo + c];
					dv[vo + c] += p * dctx[co + c];
				}
				dp[j] = s;
				dot += p * s;
			}
			const qo = i * d + ho;
			for (let j = 0; j < nk; j++) {
				const p = probs[po + j];
				if (p === 0) continue;
				const ds = p * (dp[j] - dot) * scale;
				const ko = j * d + ho;
				for (let c = 0; c < hd; c++) {
					dq[qo + c] += ds * k[ko + c];
					dk[ko + c] += ds * q[qo + c];
				}
			}
		}
	}
}

/** logits [n, V] = x [n, d] E^T with E [V, d] (the tied output head). */
export function tiedHeadForward(x: Acts, n: number, d: number, E: Weights, V: number, logits: Acts): void {
	for (let t = 0; t < n; t++) {
		const xo = t * d;
		const lo = t * V;
		for (let v = 0; v < V; v++) {
			logits[lo + v] = dotActsWeights(x, xo, E, v * d, d);
		}
	}
}

/** Backward of {@link tiedHeadForward}: dx += dlogits E, dE += dlogits^T x. Rows of dlogits that are all 0 are skipped. */
export function tiedHeadBackward(x: Acts, n: number, d: number, E: Weights, V: number, dlogits: Acts, dx: Acts, dE: Acts): void {
	for (let t = 0; t < n; t++) {
		const xo = t * d;
		const lo = t * V;
		for (let v = 0; v < V; v++) {
			const g = dlogits[lo + v];
			if (g === 0) continue;
			const eo = v * d;
			for (let i = 0; i < d; i++) {
				dx[xo + i] += g * E[eo + i];
				dE[eo + i] += g * x[xo + i];
			}
		}
	}
}

/**
 * Cross-entropy of each weighted row: loss = sum_t w_t CE_t / sum_t w_t over rows with w_t > 0, and
 * dlogits = w_t (softmax - onehot) / sum w (overwritten; rows with w_t = 0 are zero).
 */
export function crossEntropyForwardBackward(
	logits: Acts,
	n: number,
	V: number,
	targets: readonly number[],
	weights: readonly number[],
	normaliser: number,
	dlogits: Acts | null
): number {
	let total = 0;
	for (let t = 0; t < n; t++) {
		const w = weights[t];
		const lo = t * V;
		if (!(w > 0)) {
			if (dlogits) dlogits.fill(0, lo, lo + V);
			continue;
		}
		let max = -Infinity;
		for (let v = 0; v < V; v++) if (logits[lo + v] > max) max = logits[lo + v];
		let sum = 0;
		for (let v = 0; v < V; v++) sum += Math.exp(logits[lo + v] - max);
		const logZ = max + Math.log(sum);
		total += w * (logZ - logits[lo + targets[t]]);
		if (dlogits) {
			const scale = w / normaliser;
			for (let v = 0; v < V; v++) dlogits[lo + v] = Math.exp(logits[lo + v] - logZ) * scale;
			dlogits[lo + targets[t]] -= scale;
		}
	}
	return total / normaliser;
}
