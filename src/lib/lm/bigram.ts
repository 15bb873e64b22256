// The bigram softmax model: a V x V table of logits, row a holding the scores for the character after a.
// p(b | a) = softmax(logits[a])[b]. Trained by maximum likelihood, its rows converge to the counting estimate
// count(ab) / count(a): that is the closed-form maximum-likelihood solution for a table of conditional distributions.
import { logSumExp, softmax } from './maths';
import { mulberry32, normal } from '$lib/random';

/** Bigram counts in compressed-row form: for each context a that occurs, the following characters and their counts. */
export interface PairCounts {
	V: number;
	/** Context ids that occur (ascending). */
	rows: Int32Array;
	/** count(a) for each of `rows` (as a context, i.e. followed by something). */
	rowTotal: Float64Array;
	/** Offsets into cols/counts: row k's entries are start[k] .. start[k+1]. */
	start: Int32Array;
	cols: Int32Array;
	counts: Float64Array;
	/** Number of pairs. */
	total: number;
}

/** Counts the pairs (ids[i], ids[i+1]) for the given start positions i (all positions when omitted). */
export function countPairs(ids: Int32Array, V: number, positions?: Int32Array): PairCounts {
	const byRow = new Map<number, Map<number, number>>();
	const n = positions ? positions.length : Math.max(0, ids.length - 1);
	for (let k = 0; k < n; k++) {
		const i = positions ? positions[k] : k;
		const a = ids[i];
		const b = ids[i + 1];
		let row = byRow.get(a);
		if (!row) byRow.set(a, (row = new Map()));
		row.set(b, (row.get(b) ?? 0) + 1);
	}
	const rows = Int32Array.from([...byRow.keys()].sort((x, y) => x - y));
	const rowTotal = new Float64Array(rows.length);
	const start = new Int32Array(rows.length + 1);
	const cols: number[] = [];
	const counts: number[] = [];
	rows.forEach((a, k) => {
		const row = [...byRow.get(a)!.entries()].sort((x, y) => x[0] - y[0]);
		start[k] = cols.length;
		for (const [b, c] of row) {
			cols.push(b);
			counts.push(c);
			rowTotal[k] += c;
		}
	});
	start[rows.length] = cols.length;
	return { V, rows, rowTotal, start, cols: Int32Array.from(cols), counts: Float64Array.from(counts), total: n };
}

/** The counting estimate p(b | a) = count(ab) / count(a) for one context, as a dense row (all zeros if a never occurs). */
export function countingRow(counts: PairCounts, a: number): Float64Array {
	const out = new Float64Array(counts.V);
	const k = rowIndex(counts, a);
	if (k < 0) return out;
	for (let j = counts.start[k]; j < counts.start[k + 1]; j++) out[counts.cols[j]] = counts.counts[j] / counts.rowTotal[k];
	return out;
}

/** count(a) as a context, 0 if it never occurs. */
export function contextCount(counts: PairCounts, a: number): number {
	const k = rowIndex(counts, a);
	return k < 0 ? 0 : counts.rowTotal[k];
}

function rowIndex(counts: PairCounts, a: number): number {
	let lo = 0;
	let hi = counts.rows.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (counts.rows[mid] === a) return mid;
		if (counts.rows[mid] < a) lo = mid + 1;
		else hi = mid - 1;
	}
	return -1;
}

/** Initial logits: small seeded normal noise, so the untrained model is close to uniform (loss near log V). */
export function initLogits(V: number, seed: number, scale = 0.01): Float32Array {
	const random = mulberry32(seed);
	const logits = new Float32Array(V * V);
	for (let i = 0; i < logits.length; i++) logits[i] = scale * normal(random);
	return logits;
}

/** p(. | a) from the model. */
export function modelRow(logits: Float32Array, V: number, a: number, out: Float64Array = new Float64Array(V)): Float64Array {
	return softmax(logits, out, a * V, V);
}

/**
 * Mean negative log-likelihood (nats per pair) of the counted pairs, and its gradient with respect to the logits,
 * written to the counted rows of `grad` (other rows are left alone). For row a:
 * d loss / d logits[a][b] = (count(a) p(b | a) - count(ab)) / N.
 */
export function lossAndGrad(logits: Float32Array, counts: PairCounts, grad: Float32Array): number {
	const { V, rows, rowTotal, start, cols } = counts;
	const N = counts.total;
	if (N === 0) return 0;
	const p = new Float64Array(V);
	let loss = 0;
	for (let k = 0; k < rows.length; k++) {
		const offset = rows[k] * V;
		softmax(logits, p, offset, V);
		const scale = rowTotal[k] / N;
		for (let b = 0; b < V; b++) grad[offset + b] = scale * p[b];
		for (let j = start[k]; j < start[k + 1]; j++) {
			const b = cols[j];
			const c = counts.counts[j];
			grad[offset + b] -= c / N;
			loss -= (c / N) * Math.log(p[b]);
		}
	}
	return loss;
}

/** Mean negative log-likelihood (nats per pair) of counted pairs under the model; 0 when there are none. */
export function meanNll(logits: Float32Array, counts: PairCounts): number {
	const { V, rows, start, cols } = counts;
	if (counts.total === 0) return 0;
	let loss = 0;
	for (let k = 0; k < rows.length; k++) {
		const offset = rows[k] * V;
		const lse = logSumExp(logits, offset, V);
		for (let j = start[k]; j < start[k + 1]; j++) loss += counts.counts[j] * (lse - logits[offset + cols[j]]);
	}
	return loss / counts.total;
}

/** Conditional entropy H(B | A) of the counting estimate, in nats: the lowest mean NLL any bigram model can reach on
 * these pairs (reached by the counting estimate itself). */
export function countingEntropy(counts: PairCounts): number {
	let h = 0;
	for (let k = 0; k < counts.rows.length; k++) {
		for (let j = counts.start[k]; j < counts.start[k + 1]; j++) {
			const c = counts.counts[j];
			h -= (c / counts.total) * Math.log(c / counts.rowTotal[k]);
		}
	}
	return h;
}

/**
 * KL divergence from the counting estimate to the model, averaged over contexts weighted by count(a):
 * sum_a (count(a) / N) KL(p_count(. | a) || p_model(. | a)), in nats. Zero exactly when the model equals the
 * counting estimate on every context that occurs. Equals meanNll - countingEntropy on the same pairs.
 */
export function klToCounting(logits: Float32Array, counts: PairCounts): number {
	const { V, rows, rowTotal, start, cols } = counts;
	if (counts.total === 0) return 0;
	let kl = 0;
	for (let k = 0; k < rows.length; k++) {
		const offset = rows[k] * V;
		const lse = logSumExp(logits, offset, V);
		for (let j = start[k]; j < start[k + 1]; j++) {
			const c = counts.counts[j];
			const pHat = c / rowTotal[k];
			kl += (c / counts.total) * (Math.log(pHat) - (logits[offset + cols[j]] - lse));
		}
	}
	return Math.max(0, kl);
}
