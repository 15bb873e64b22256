/**
 * Singular value decomposition by one-sided Jacobi rotations (Hestenes 1958; Demmel and Veselić 1992), for the small
 * dense matrices of the figures (n up to a few dozen). Columns of a working copy of A are rotated in pairs until every
 * pair is orthogonal; the column norms are then the singular values, the normalised columns U, the accumulated
 * rotations V. Accurate to a few ulps relative to the largest singular value, and often better for small ones.
 */

export interface Svd {
	/** m x n, orthonormal columns where the singular value is non-zero (a zero column where it is exactly 0). */
	U: number[][];
	/** Singular values, largest first, all >= 0. */
	S: number[];
	/** n x n orthogonal. */
	V: number[][];
}

const EPS = 2 ** -52;

/** Throws a RangeError unless `a` is a non-empty rectangular array of finite numbers. */
function checkMatrix(a: number[][]): { m: number; n: number } {
	const m = a.length;
	if (m === 0 || !Array.isArray(a[0]) || a[0].length === 0) throw new RangeError('matrix must have at least one row and one column');
	const n = a[0].length;
	for (const row of a) {
		if (row.length !== n) throw new RangeError('matrix rows must all have the same length');
		for (const x of row) if (!Number.isFinite(x)) throw new RangeError(`matrix entries must be finite (got ${x})`);
	}
	return { m, n };
}

/** Transpose of a rectangular matrix. */
export function transpose(a: number[][]): number[][] {
	return a[0].map((_, j) => a.map((row) => row[j]));
}

/** Matrix product a b. */
export function multiply(a: number[][], b: number[][]): number[][] {
	return a.map((row) => b[0].map((_, j) => row.reduce((sum, x, k) => sum + x * b[k][j], 0)));
}

/**
 * The SVD A = U diag(S) V^T of an m x n matrix. For m < n it decomposes A^T and swaps the factors, so U is m x m and
 * V is n x m in that case (the thin SVD). Throws a RangeError for an empty, ragged or non-finite matrix.
 */
export function svd(a: number[][]): Svd {
	const { m, n } = checkMatrix(a);
	if (m < n) {
		const t = svd(transpose(a));
		return { U: t.V, S: t.S, V: t.U };
	}
	// Work on columns: cols[j] is column j of A (length m); v[j] is column j of V (length n).
	const cols = Array.from({ length: n }, (_, j) => Float64Array.from(a, (row) => row[j]));
	const v = Array.from({ length: n }, (_, j) => {
		const e = new Float64Array(n);
		e[j] = 1;
		return e;
	});
	const dot = (x: Float64Array, y: Float64Array) => {
		let s = 0;
		for (let i = 0; i < x.length; i++) s += x[i] * y[i];
		return s;
	};
	const rotate = (x: Float64Array, y: Float64Array, c: number, s: number) => {
		for (let i = 0; i < x.length; i++) {
			const xi = x[i];
			const yi = y[i];
			x[i] = c * xi - s * yi;
			y[i] = s * xi + c * yi;
		}
	};
	// Squared column norms: recomputed exactly at the start of each sweep, updated by the rotation formulas within it
	// (alpha' = alpha - t gamma, beta' = beta + t gamma), which saves two of the three dot products per pair.
	const norms2 = new Float64Array(n);
	for (let sweep = 0; sweep < 60; sweep++) {
		let rotated = false;
		for (let j = 0; j < n; j++) norms2[j] = dot(cols[j], cols[j]);
		for (let p = 0; p < n - 1; p++) {
			for (let q = p + 1; q < n; q++) {
				const alpha = norms2[p];
				const beta = norms2[q];
				const gamma = dot(cols[p], cols[q]);
				if (gamma === 0 || Math.abs(gamma) <= EPS * Math.sqrt(alpha * beta)) continue;
				rotated = true;
				// The rotation that zeroes the (p, q) entry of the 2 x 2 Gram matrix [[alpha, gamma], [gamma, beta]].
				const zeta = (beta - alpha) / (2 * gamma);
				const t = Math.sign(zeta || 1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
				const c = 1 / Math.sqrt(1 + t * t);
				const s = c * t;
				rotate(cols[p], cols[q], c, s);
				rotate(v[p], v[q], c, s);
				norms2[p] = alpha - t * gamma;
				norms2[q] = beta + t * gamma;
			}
		}
		if (!rotated) break;
	}
	const norms = cols.map((col) => Math.sqrt(dot(col, col)));
	const order = norms.map((_, j) => j).sort((i, j) => norms[j] - norms[i]);
	const S = order.map((j) => norms[j]);
	const U = Array.from({ length: m }, (_, i) => order.map((j) => (norms[j] > 0 ? cols[j][i] / norms[j] : 0)));
	const V = Array.from({ length: n }, (_, i) => order.map((j) => v[j][i]));
	return { U, S, V };
}

/** Singular values only, largest first. */
export function singularValues(a: number[][]): number[] {
	return svd(a).S;
}

/**
 * The tolerance below which a singular value counts as zero: sigma_max x max(m, n) x machine epsilon, the default of
 * NumPy's matrix_rank (and of MATLAB's rank).
 */
export function rankTolerance(S: readonly number[], m: number, n: number): number {
	return (S[0] ?? 0) * Math.max(m, n) * EPS;
}

/** Numerical rank: the number of singular values above {@link rankTolerance}. */
export function numericalRank(S: readonly number[], m: number, n: number): number {
	const tol = rankTolerance(S, m, n);
	return S.filter((s) => s > tol).length;
}

/** sigma_max / sigma_min, or Infinity when the smallest singular value is exactly 0. */
export function conditionNumber(S: readonly number[]): number {
	const min = S[S.length - 1];
	return min > 0 ? S[0] / min : Infinity;
}
