// The quantities the training-objective page writes down: softmax, cross-entropy in nats and bits, perplexity and
// KL divergence. All in natural logarithms unless a name says bits.

/** Softmax of `logits[offset .. offset+n)`, written to `out` (length n). Subtracts the maximum for stability. */
export function softmax<T extends Float64Array | Float32Array = Float64Array>(
	logits: ArrayLike<number>,
	out: T = new Float64Array(logits.length) as T,
	offset = 0,
	n = logits.length - offset
): T {
	let max = -Infinity;
	for (let i = 0; i < n; i++) if (logits[offset + i] > max) max = logits[offset + i];
	let sum = 0;
	for (let i = 0; i < n; i++) {
		const e = Math.exp(logits[offset + i] - max);
		out[i] = e;
		sum += e;
	}
	for (let i = 0; i < n; i++) out[i] /= sum;
	return out;
}

/** log(sum(exp(x))) over `logits[offset .. offset+n)`. */
export function logSumExp(logits: ArrayLike<number>, offset = 0, n = logits.length - offset): number {
	let max = -Infinity;
	for (let i = 0; i < n; i++) if (logits[offset + i] > max) max = logits[offset + i];
	if (max === -Infinity) return -Infinity;
	let sum = 0;
	for (let i = 0; i < n; i++) sum += Math.exp(logits[offset + i] - max);
	return max + Math.log(sum);
}

/** Cross-entropy of a one-hot target: -log p(target), in nats. */
export function crossEntropy(probs: ArrayLike<number>, target: number): number {
	return -Math.log(probs[target]);
}

export const LN2 = Math.log(2);

/** Nats to bits. */
export function toBits(nats: number): number {
	return nats / LN2;
}

/** Perplexity from a mean loss in nats per token: exp(mean NLL). */
export function perplexity(meanNats: number): number {
	return Math.exp(meanNats);
}

/** KL(p || q) in nats; terms with p = 0 contribute 0. Infinite when q = 0 where p > 0. */
export function klDivergence(p: ArrayLike<number>, q: ArrayLike<number>): number {
	let kl = 0;
	for (let i = 0; i < p.length; i++) if (p[i] > 0) kl += p[i] * Math.log(p[i] / q[i]);
	return kl;
}

/** Mean of per-position losses, or NaN-free 0 when there are none. */
export function mean(values: readonly number[]): number {
	return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
