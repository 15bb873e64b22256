// Gradient steps on the rows of a logits table that received gradient. SGD: w -= lr g. Adam (Kingma & Ba 2014,
// arXiv:1412.6980): moving averages of g and g^2 with bias correction; "lazy" on untouched rows, which keep their
// moments and weights (with full-batch training every row that occurs is touched at every step, so this is plain Adam).

export type OptimiserKind = 'adam' | 'sgd';

export interface OptimiserState {
	kind: OptimiserKind;
	m: Float32Array;
	v: Float32Array;
	/** Steps taken. */
	t: number;
}

export function createOptimiser(kind: OptimiserKind, size: number): OptimiserState {
	return { kind, m: new Float32Array(kind === 'adam' ? size : 0), v: new Float32Array(kind === 'adam' ? size : 0), t: 0 };
}

export const ADAM = { beta1: 0.9, beta2: 0.999, eps: 1e-8 };

/** Updates `params` on the given rows (each `width` wide) from `grad`. */
export function optimiserStep(state: OptimiserState, params: Float32Array, grad: Float32Array, rows: Int32Array, width: number, lr: number) {
	state.t += 1;
	if (state.kind === 'sgd') {
		for (const r of rows) for (let i = r * width, end = i + width; i < end; i++) params[i] -= lr * grad[i];
		return;
	}
	const { beta1, beta2, eps } = ADAM;
	const c1 = 1 - beta1 ** state.t;
	const c2 = 1 - beta2 ** state.t;
	const { m, v } = state;
	for (const r of rows) {
		for (let i = r * width, end = i + width; i < end; i++) {
			const g = grad[i];
			m[i] = beta1 * m[i] + (1 - beta1) * g;
			v[i] = beta2 * v[i] + (1 - beta2) * g * g;
			params[i] -= (lr * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + eps);
		}
	}
}
