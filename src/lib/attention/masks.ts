/**
 * Attention masks for the three Transformer layouts compared in T5
 * (Raffel et al., arXiv 1910.10683, sec. 3.2.1, Fig. 3): fully visible
 * (encoder), causal (decoder / language model) and causal with prefix
 * (prefix LM), plus a sliding-window variant and a masked softmax.
 *
 * Convention everywhere: row = query position, column = key position.
 */

/** `mask[q][k] === true` means query `q` may attend to key `k` (T5 Fig. 3 convention, rows = outputs, columns = inputs). */
export type Mask = boolean[][];

/** Largest size accepted for any length, window or prefix argument. */
export const MAX_TOKENS = 1024;

/** Throws a RangeError naming `name` and its range unless `value` is an integer in `min..max`. */
function checkInt(name: string, value: unknown, min: number, max: number): number {
	if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
		const got = typeof value === 'string' ? JSON.stringify(value) : String(value);
		throw new RangeError(`${name} must be an integer from ${min} to ${max} (got ${got})`);
	}
	return value;
}

/** Builds a `rows` x `cols` mask whose cells are `visible(q, k)`; every row is a fresh array. */
function build(rows: number, cols: number, visible: (q: number, k: number) => boolean): Mask {
	const mask: Mask = [];
	for (let q = 0; q < rows; q++) {
		const row: boolean[] = [];
		for (let k = 0; k < cols; k++) row.push(visible(q, k));
		mask.push(row);
	}
	return mask;
}

/** Row q of a mask as its one run of visible keys, [from, to). Every mask of this module is one run per row. */
export type RowSpan = (q: number) => [from: number, to: number];

/** The row spans of the masks below, unvalidated: for code that has already checked its sizes and wants to count or
 * paint a large mask without building n x n booleans (the figure at 1024 tokens). */
export const SPANS = {
	full: (n: number): RowSpan => () => [0, n],
	causal: (): RowSpan => (q) => [0, q + 1],
	prefix: (prefixLength: number): RowSpan => (q) => [0, Math.max(q + 1, prefixLength)],
	sliding: (window: number): RowSpan => (q) => [Math.max(0, q - window + 1), q + 1]
};

/** Builds a rows x cols mask from row spans (clamped to the columns); filling runs natively is far faster than a
 * callback per cell, which matters at 1024 x 1024. */
export function maskFromSpans(rows: number, cols: number, span: RowSpan): Mask {
	const mask: Mask = [];
	for (let q = 0; q < rows; q++) {
		const [from, to] = span(q);
		const row = new Array<boolean>(cols).fill(false);
		if (to > from) row.fill(true, Math.max(0, from), Math.min(cols, to));
		mask.push(row);
	}
	return mask;
}

/** Visible cells of a rows x cols mask given by row spans, without building it. */
export function countSpans(rows: number, cols: number, span: RowSpan): number {
	let count = 0;
	for (let q = 0; q < rows; q++) {
		const [from, to] = span(q);
		count += Math.max(0, Math.min(cols, to) - Math.max(0, from));
	}
	return count;
}

/** Fully visible n x n mask: every query sees every key (encoder-only; T5 sec. 3.2.1, Fig. 3 left). */
export function fullMask(n: number): Mask {
	checkInt('n', n, 0, MAX_TOKENS);
	return maskFromSpans(n, n, SPANS.full(n));
}

/** Causal n x n mask: query q sees keys k <= q (decoder / language model; T5 sec. 3.2.1, Fig. 3 middle). */
export function causalMask(n: number): Mask {
	checkInt('n', n, 0, MAX_TOKENS);
	return maskFromSpans(n, n, SPANS.causal());
}

/**
 * Causal mask with a fully visible prefix: query q sees key k when k <= q or k < prefixLength
 * (prefix LM; T5 sec. 3.2.1, Fig. 3 right). prefixLength 0 or 1 gives causalMask(n), n gives fullMask(n).
 */
export function prefixMask(n: number, prefixLength: number): Mask {
	checkInt('n', n, 0, MAX_TOKENS);
	checkInt('prefixLength', prefixLength, 0, n);
	return maskFromSpans(n, n, SPANS.prefix(prefixLength));
}

/**
 * Causal sliding-window mask: query q sees the `window` most recent keys, q - window < k <= q.
 * A variant of the causal mask of T5 sec. 3.2.1, Fig. 3; window >= n gives causalMask(n).
 */
export function slidingWindowMask(n: number, window: number): Mask {
	checkInt('n', n, 0, MAX_TOKENS);
	checkInt('window', window, 1, MAX_TOKENS);
	return maskFromSpans(n, n, SPANS.sliding(window));
}

/**
 * The three masks of an encoder-decoder Transformer (T5 sec. 3.2.1, built from the masks of Fig. 3):
 * fully visible encoder self-attention, causal decoder self-attention, and fully visible cross-attention
 * with `targetLength` rows (decoder queries) and `sourceLength` columns (encoder keys).
 */
export function encoderDecoderMasks(
	sourceLength: number,
	targetLength: number
): { encoderSelf: Mask; decoderSelf: Mask; cross: Mask } {
	checkInt('sourceLength', sourceLength, 0, MAX_TOKENS);
	checkInt('targetLength', targetLength, 0, MAX_TOKENS);
	return {
		encoderSelf: fullMask(sourceLength),
		decoderSelf: causalMask(targetLength),
		cross: maskFromSpans(targetLength, sourceLength, SPANS.full(sourceLength))
	};
}

/**
 * What encoder-decoder attention amounts to over the concatenated [source; target] sequence of length S + T:
 * source rows see every source column and no target column; target rows see every source column and the
 * target columns up to and including themselves (T5 sec. 3.2.1, Fig. 3). It equals prefixMask(S + T, S),
 * the causal-with-prefix mask; it is built cell by cell here, not via prefixMask, so tests can check that.
 * S + T may reach 2 * MAX_TOKENS.
 */
export function combinedEncoderDecoderMask(sourceLength: number, targetLength: number): Mask {
	checkInt('sourceLength', sourceLength, 0, MAX_TOKENS);
	checkInt('targetLength', targetLength, 0, MAX_TOKENS);
	const S = sourceLength;
	return build(S + targetLength, S + targetLength, (q, k) => (q < S ? k < S : k < S || k <= q));
}

/** Number of visible (true) cells in a mask, i.e. the number of query-key pairs scored. */
export function countVisible(mask: Mask): number {
	let count = 0;
	for (const row of mask) for (const [from, to] of visibleRuns(row)) count += to - from;
	return count;
}

/**
 * The runs of visible keys in one row, as [from, to) column ranges in order. Found with the array's native indexOf,
 * which is many times faster than a loop over cells: the figure counts and paints 1024 x 1024 masks with it.
 */
export function visibleRuns(row: readonly boolean[]): [from: number, to: number][] {
	const runs: [number, number][] = [];
	let from = row.indexOf(true);
	while (from !== -1) {
		let to = row.indexOf(false, from);
		if (to === -1) to = row.length;
		runs.push([from, to]);
		from = to < row.length ? row.indexOf(true, to) : -1;
	}
	return runs;
}

/**
 * Row-wise softmax of `scores` restricted to the visible keys of `mask` (the masking of T5 sec. 3.2.1, Fig. 3):
 * masked weights are exactly 0 and each row sums to 1. Numerically stable: the row maximum over visible
 * entries is subtracted before exponentiating. Scores at masked positions are ignored (they may be -Infinity).
 * Throws a RangeError when shapes differ, when a row has no visible key, or when a visible score is not finite.
 */
export function maskedSoftmax(scores: number[][], mask: Mask): number[][] {
	if (scores.length !== mask.length) {
		throw new RangeError(`scores has ${scores.length} rows but mask has ${mask.length}`);
	}
	return scores.map((row, q) => {
		const visible = mask[q];
		if (row.length !== visible.length) {
			throw new RangeError(`row ${q}: scores has ${row.length} columns but mask has ${visible.length}`);
		}
		let max = -Infinity;
		row.forEach((s, k) => {
			if (!visible[k]) return;
			if (!Number.isFinite(s)) throw new RangeError(`row ${q}, column ${k}: visible score must be finite (got ${s})`);
			if (s > max) max = s;
		});
		if (max === -Infinity) throw new RangeError(`row ${q} has no visible key`);
		const exps = row.map((s, k) => (visible[k] ? Math.exp(s - max) : 0));
		const sum = exps.reduce((a, b) => a + b, 0);
		return exps.map((e) => e / sum);
	});
}
