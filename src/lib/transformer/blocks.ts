// The two sublayers every Transformer block is made of, pre-norm with a residual, forward (keeping what backward
// needs) and backward. The decoder-only model (index.ts) and the encoder-decoder (encoder-decoder.ts) are stacks of
// these. Parameters of a sublayer live under one name prefix:
//   attention: <p>.norm.gain, <p>.norm.bias, <p>.wq, <p>.bq, <p>.wk, <p>.bk, <p>.wv, <p>.bv, <p>.wo, <p>.bo
//   MLP:       <p>.norm.gain, <p>.norm.bias, <p>.wUp, <p>.bUp, <p>.wDown, <p>.bDown
import {
	attentionBackward,
	attentionForward,
	attentionProbs,
	geluBackward,
	geluForward,
	layerNormBackward,
	layerNormForward,
	linearBackward,
	linearForward,
	type Acts
} from './ops';

export type Params = Record<string, Float32Array>;
export type Grads = Record<string, Float64Array>;

/** Where a forward pass takes its working arrays: fresh ones by default (a training step keeps them for backward). */
export type Alloc = (size: number) => Float64Array;
const fresh: Alloc = (size) => new Float64Array(size);

/**
 * Working arrays handed out again on every pass, for a caller that keeps none of them (a viewer redrawing as the reader
 * types): `reset()` before each pass, then each `take(size)` returns the next slot (a view of `size` elements), grown
 * when too small and never shared within a pass. Arrays are not zeroed (every sublayer overwrites what it takes).
 */
export function bufferPool(): { reset: () => void; take: Alloc } {
	const slots: Float64Array[] = [];
	let next = 0;
	return {
		reset: () => (next = 0),
		take: (size) => {
			let slot = slots[next];
			// Grown to at least twice its size, so that a text growing a character at a time does not reallocate it each time.
			if (!slot || slot.length < size) slots[next] = slot = new Float64Array(Math.max(size, 2 * (slot?.length ?? 0)));
			next += 1;
			return slot.length === size ? slot : slot.subarray(0, size);
		}
	};
}

/** Shapes of one sublayer's parameters, in a fixed order. */
export function attentionShapes(p: string, d: number): [string, number[]][] {
	return [
		[`${p}.norm.gain`, [d]],
		[`${p}.norm.bias`, [d]],
		[`${p}.wq`, [d, d]],
		[`${p}.bq`, [d]],
		[`${p}.wk`, [d, d]],
		[`${p}.bk`, [d]],
		[`${p}.wv`, [d, d]],
		[`${p}.bv`, [d]],
		[`${p}.wo`, [d, d]],
		[`${p}.bo`, [d]]
	];
}

export function mlpShapes(p: string, d: number, dFF: number): [string, number[]][] {
	return [
		[`${p}.norm.gain`, [d]],
		[`${p}.norm.bias`, [d]],
		[`${p}.wUp`, [dFF, d]],
		[`${p}.bUp`, [dFF]],
		[`${p}.wDown`, [d, dFF]],
		[`${p}.bDown`, [d]]
	];
}

export function normShapes(p: string, d: number): [string, number[]][] {
	return [
		[`${p}.gain`, [d]],
		[`${p}.bias`, [d]]
	];
}

export interface AttentionTrace {
	xIn: Acts;
	ln: Acts;
	mean: Acts;
	rstd: Acts;
	q: Acts;
	k: Acts;
	v: Acts;
	/** [H, n, m] */
	probs: Acts;
	ctx: Acts;
	out: Acts;
}

/**
 * out = xIn + Attention(LN(xIn)) for n query rows. Self-attention when `memory` is null (keys and values from the
 * normed input, m = n); cross-attention otherwise (keys and values from `memory` [m, d], not normed again: it is the
 * encoder's final-normed output). mask is [n * m], 1 = visible.
 */
export function attentionSublayerForward(
	P: Params,
	p: string,
	xIn: Acts,
	n: number,
	d: number,
	H: number,
	memory: Acts | null,
	m: number,
	mask: Uint8Array,
	alloc: Alloc = fresh
): AttentionTrace {
	const ln = alloc(n * d);
	const mean = alloc(n);
	const rstd = alloc(n);
	layerNormForward(xIn, n, d, P[`${p}.norm.gain`], P[`${p}.norm.bias`], ln, mean, rstd);
	const source = memory ?? ln;
	const q = alloc(n * d);
	const k = alloc(m * d);
	const v = alloc(m * d);
	linearForward(ln, n, d, P[`${p}.wq`], P[`${p}.bq`], d, q);
	linearForward(source, m, d, P[`${p}.wk`], P[`${p}.bk`], d, k);
	linearForward(source, m, d, P[`${p}.wv`], P[`${p}.bv`], d, v);
	// The weights are always a new array: they are what callers keep.
	const probs = new Float64Array(H * n * m);
	const ctx = alloc(n * d);
	attentionForward(q, k, v, n, m, d, H, mask, probs, ctx);
	const out = alloc(n * d);
	linearForward(ctx, n, d, P[`${p}.wo`], P[`${p}.bo`], d, out);
	for (let i = 0; i < n * d; i++) out[i] += xIn[i];
	return { xIn, ln, mean, rstd, q, k, v, probs, ctx, out };
}

/** The attention weights [H, n, n] of a self-attention sublayer on xIn, and nothing else: what
 * attentionSublayerForward computes as probs, without the values, the output projection and the residual (the last
 * layer of a model whose attention is shown needs no more). */
export function selfAttentionProbs(P: Params, p: string, xIn: Acts, n: number, d: number, H: number, mask: Uint8Array, alloc: Alloc = fresh): Acts {
	const ln = alloc(n * d);
	layerNormForward(xIn, n, d, P[`${p}.norm.gain`], P[`${p}.norm.bias`], ln, alloc(n), alloc(n));
	const q = alloc(n * d);
	const k = alloc(n * d);
	linearForward(ln, n, d, P[`${p}.wq`], P[`${p}.bq`], d, q);
	linearForward(ln, n, d, P[`${p}.wk`], P[`${p}.bk`], d, k);
	const probs = new Float64Array(H * n * n);
	attentionProbs(q, k, n, n, d, H, mask, probs);
	return probs;
}

/** Backward of {@link attentionSublayerForward}. Returns d xIn; adds d memory into `dMemory` for cross-attention. */
export function attentionSublayerBackward(
	P: Params,
	G: Grads,
	p: string,
	tr: AttentionTrace,
	n: number,
	d: number,
	H: number,
	memory: Acts | null,
	m: number,
	dOut: Acts,
	dMemory: Acts | null
): Acts {
	const dctx = new Float64Array(n * d);
	linearBackward(tr.ctx, n, d, P[`${p}.wo`], d, dOut, dctx, G[`${p}.wo`], G[`${p}.bo`]);
	const dq = new Float64Array(n * d);
	const dk = new Float64Array(m * d);
	const dv = new Float64Array(m * d);
	attentionBackward(tr.q, tr.k, tr.v, n, m, d, H, tr.probs, dctx, dq, dk, dv, new Float64Array(m));
	const dln = new Float64Array(n * d);
	linearBackward(tr.ln, n, d, P[`${p}.wq`], d, dq, dln, G[`${p}.wq`], G[`${p}.bq`]);
	const source = memory ?? tr.ln;
	const dSource = memory ? dMemory : dln;
	linearBackward(source, m, d, P[`${p}.wk`], d, dk, dSource, G[`${p}.wk`], G[`${p}.bk`]);
	linearBackward(source, m, d, P[`${p}.wv`], d, dv, dSource, G[`${p}.wv`], G[`${p}.bv`]);
	const dIn = Float64Array.from(dOut);
	layerNormBackward(tr.xIn, n, d, P[`${p}.norm.gain`], tr.mean, tr.rstd, dln, dIn, G[`${p}.norm.gain`], G[`${p}.norm.bias`]);
	return dIn;
}

export interface MlpTrace {
	xIn: Acts;
	ln: Acts;
	mean: Acts;
	rstd: Acts;
	up: Acts;
	act: Acts;
	out: Acts;
}

/** out = xIn + W_down GELU(W_up LN(xIn)). */
export function mlpSublayerForward(P: Params, p: string, xIn: Acts, n: number, d: number, dFF: number, alloc: Alloc = fresh): MlpTrace {
	const ln = alloc(n * d);
	const mean = alloc(n);
	const rstd = alloc(n);
	layerNormForward(xIn, n, d, P[`${p}.norm.gain`], P[`${p}.norm.bias`], ln, mean, rstd);
	const up = alloc(n * dFF);
	linearForward(ln, n, d, P[`${p}.wUp`], P[`${p}.bUp`], dFF, up);
	const act = alloc(n * dFF);
	geluForward(up, n * dFF, act);
	const out = alloc(n * d);
	linearForward(act, n, dFF, P[`${p}.wDown`], P[`${p}.bDown`], d, out);
	for (let i = 0; i < n * d; i++) out[i] += xIn[i];
	return { xIn, ln, mean, rstd, up, act, out };
}

/** Backward of {@link mlpSublayerForward}; returns d xIn. */
export function mlpSublayerBackward(P: Params, G: Grads, p: string, tr: MlpTrace, n: number, d: number, dFF: number, dOut: Acts): Acts {
	const dAct = new Float64Array(n * dFF);
	linearBackward(tr.act, n, dFF, P[`${p}.wDown`], d, dOut, dAct, G[`${p}.wDown`], G[`${p}.bDown`]);
	const dUp = new Float64Array(n * dFF);
	geluBackward(tr.up, n * dFF, dAct, dUp);
	const dln = new Float64Array(n * d);
	linearBackward(tr.ln, n, d, P[`${p}.wUp`], dFF, dUp, dln, G[`${p}.wUp`], G[`${p}.bUp`]);
	const dIn = Float64Array.from(dOut);
	layerNormBackward(tr.xIn, n, d, P[`${p}.norm.gain`], tr.mean, tr.rstd, dln, dIn, G[`${p}.norm.gain`], G[`${p}.norm.bias`]);
	return dIn;
}

/** Seeded GPT-2 style initialisation of a parameter: norm gains 1, biases 0, weights N(0, 0.02), residual
 * projections (wo, wDown) N(0, 0.02 / sqrt(2 x residual layers)) (Radford et al. 2019, GPT-2 paper sec. 2.3). */
export function initialValue(name: string, residualLayers: number, gaussian: () => number): number {
	if (name.endsWith('.gain')) return 1;
	const last = name.slice(name.lastIndexOf('.') + 1);
	if (/^b/.test(last) || name.endsWith('.bias')) return 0;
	const std = last === 'wo' || last === 'wDown' ? 0.02 / Math.sqrt(2 * residualLayers) : 0.02;
	return std * gaussian();
}

/** Flat row-major attention [H, n, m] as nested arrays [head][query][key]. */
export function nestAttention(probs: Acts, H: number, n: number, m: number): number[][][] {
	const heads: number[][][] = [];
	for (let h = 0; h < H; h++) {
		const rows: number[][] = [];
		for (let i = 0; i < n; i++) {
			const o = (h * n + i) * m;
			rows.push(Array.from(probs.subarray(o, o + m)));
		}
		heads.push(rows);
	}
	return heads;
}
