/**
 * The architecture comparison of T5 (Raffel et al. 2019, arXiv 1910.10683, sec. 3.2, Table 2), denoising objective,
 * GLUE average after fine-tuning. Only the rows and columns checked in the project's reference list are here.
 *
 * Parameters and compute follow sec. 3.2.2: P is the parameter count of one 12-layer Transformer stack, M the FLOPs
 * an L + L encoder-decoder spends on a sequence. An L + L encoder-decoder has about the parameters of a 2L-layer
 * decoder (2P) and the compute of an L-layer one (M); sharing its encoder and decoder weights halves its parameters
 * (P) but not its compute; an L-layer decoder-only model (language model or prefix LM) reading input and target as one
 * sequence has P parameters and compute M.
 */

export const T5_SOURCE = 'https://arxiv.org/abs/1910.10683';

export interface T5Row {
	id: 'encdec' | 'encdec-shared' | 'prefix' | 'lm';
	/** Parameters in units of P (one 12-layer stack). */
	params: 1 | 2;
	/** Compute per sequence in units of M (the L + L encoder-decoder). */
	compute: 1;
	/** GLUE average score. */
	glue: number;
}

export const T5_TABLE2: readonly T5Row[] = Object.freeze([
	{ id: 'encdec', params: 2, compute: 1, glue: 83.28 },
	{ id: 'encdec-shared', params: 1, compute: 1, glue: 82.81 },
	{ id: 'prefix', params: 1, compute: 1, glue: 81.82 },
	{ id: 'lm', params: 1, compute: 1, glue: 74.7 }
] as const);

export const FRAMINGS = ['params', 'compute'] as const;
export type Framing = (typeof FRAMINGS)[number];

/** Whether a row belongs to the matched comparison under a framing: same parameters (P) or same compute (M). */
export function matched(row: T5Row, framing: Framing): boolean {
	return framing === 'params' ? row.params === 1 : row.compute === 1;
}

/** Rows of the comparison under a framing, best GLUE first, with the gap to the best matched row. */
export function compare(framing: Framing): { row: T5Row; matched: boolean; gap: number }[] {
	const best = Math.max(...T5_TABLE2.filter((r) => matched(r, framing)).map((r) => r.glue));
	return [...T5_TABLE2]
		.sort((a, b) => b.glue - a.glue)
		.map((row) => ({ row, matched: matched(row, framing), gap: Math.round((row.glue - best) * 100) / 100 }));
}
