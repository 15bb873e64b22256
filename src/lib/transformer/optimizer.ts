// AdamW (Loshchilov and Hutter 2019, arXiv:1711.05101): Adam's bias-corrected moment estimates (Kingma and Ba 2014,
// arXiv:1412.6980) with weight decay applied to the weights directly, not through the gradient. Decay touches the
// matrices (embeddings and linear weights) only, not biases or norm gains, as in GPT-2/nanoGPT practice. Gradients
// are first clipped to a global L2 norm.

export interface AdamWOptions {
	learningRate: number;
	beta1?: number;
	beta2?: number;
	eps?: number;
	/** Decoupled weight decay per step, multiplied by the learning rate. */
	weightDecay?: number;
	/** Largest global gradient norm; larger gradients are scaled down to it. Infinity switches clipping off. */
	clipNorm?: number;
}

export interface AdamWState {
	m: Record<string, Float32Array>;
	v: Record<string, Float32Array>;
	/** Steps taken. */
	step: number;
}

export function createAdamW(params: Record<string, Float32Array>): AdamWState {
	const m: Record<string, Float32Array> = {};
	const v: Record<string, Float32Array> = {};
	for (const [name, tensor] of Object.entries(params)) {
		m[name] = new Float32Array(tensor.length);
		v[name] = new Float32Array(tensor.length);
	}
	return { m, v, step: 0 };
}

/** Whether weight decay applies: matrices (embeddings, w* weights), not biases and gains. */
export function isDecayed(name: string): boolean {
	const last = name.slice(name.lastIndexOf('.') + 1);
	return last.startsWith('w') || last.endsWith('Embedding');
}

/** Global L2 norm of all gradients. */
export function gradientNorm(grads: Record<string, ArrayLike<number>>): number {
	let sum = 0;
	for (const g of Object.values(grads)) for (let i = 0; i < g.length; i++) sum += g[i] * g[i];
	return Math.sqrt(sum);
}

/**
 * One AdamW step on params (in place) from grads (clipped first, without changing grads). Returns the gradient norm
 * before clipping.
 */
export function adamWStep(
	params: Record<string, Float32Array>,
	state: AdamWState,
	grads: Record<string, Float32Array | Float64Array>,
	options: AdamWOptions
): number {
	const { learningRate: lr, beta1 = 0.9, beta2 = 0.99, eps = 1e-8, weightDecay = 0, clipNorm = Infinity } = options;
	if (!(lr >= 0) || !Number.isFinite(lr)) throw new RangeError(`learningRate must be a finite number of at least 0 (got ${lr})`);
	const norm = gradientNorm(grads);
	const clip = norm > clipNorm ? clipNorm / norm : 1;
	state.step += 1;
	const c1 = 1 - beta1 ** state.step;
	const c2 = 1 - beta2 ** state.step;
	for (const [name, w] of Object.entries(params)) {
		const g = grads[name];
		const m = state.m[name];
		const v = state.v[name];
		const decay = isDecayed(name) ? 1 - lr * weightDecay : 1;
		for (let i = 0; i < w.length; i++) {
			const gi = g[i] * clip;
			m[i] = beta1 * m[i] + (1 - beta1) * gi;
			v[i] = beta2 * v[i] + (1 - beta2) * gi * gi;
			w[i] = w[i] * decay - (lr * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + eps);
		}
	}
	return norm;
}
