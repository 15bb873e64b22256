// The attention-mask figure's model: from settings to tokens, masks and the reason each cell is visible or blocked.
// Pure and synchronous, so the figure can derive it on every change and tests can check it cell by cell.
import { countSpans, maskFromSpans, MAX_TOKENS, SPANS, type Mask, type RowSpan } from './masks';
import type { Architecture, MaskSettings } from './settings';
import { tokenize, type Token, type TokenizeResult } from './tokenize';

/** 'joined': the encoder-decoder's three matrices laid over one [input; target] sequence. */
export type MatrixId = 'self' | 'encoder-self' | 'decoder-self' | 'cross' | 'joined';

/** One attention matrix to draw: rows are queries, columns keys. Offsets place its rows and columns in the combined
 * [input; target] sequence, so a hover on one matrix can be shown on the others. */
export interface Matrix {
	id: MatrixId;
	/** Row q's visible keys, [from, to): enough to count and paint a large matrix without building it. */
	span: RowSpan;
	/** The mask itself, built on first use (grids, tables, exports). */
	readonly mask: Mask;
	/** Equal for two matrices with the same cells, so a drawing can skip repainting what did not change. */
	key: string;
	rows: Token[];
	cols: Token[];
	rowOffset: number;
	colOffset: number;
	visible: number;
}

export interface MaskFigureModel {
	inputTokens: Token[];
	targetTokens: Token[];
	/** Input then target: the single sequence decoder-only, prefix and encoder-only models read. */
	tokens: Token[];
	n: number;
	/** Prefix length actually drawn, within 0..n. */
	prefix: number;
	/** The requested prefix was larger than the sequence and was cut to n. */
	prefixClamped: boolean;
	window: number;
	/** Tokens past MAX_TOKENS (input and target together) were dropped. */
	truncated: boolean;
	/** Tokens in the text before any cut. */
	totalTokens: number;
}

/** Splits a text into at most `maxTokens` tokens: the simple split, or a loaded real tokenizer (see $lib/tokenizers). */
export type Split = (text: string, maxTokens: number) => TokenizeResult;

export function buildModel(settings: MaskSettings, split: Split = tokenize): MaskFigureModel {
	const input = split(settings.input, MAX_TOKENS);
	const target = split(settings.target, MAX_TOKENS - input.tokens.length);
	const inputTokens = input.tokens;
	const targetTokens = target.tokens;
	const tokens = [...inputTokens, ...targetTokens];
	const n = tokens.length;
	const wanted = settings.prefix ?? defaultPrefix(inputTokens.length, targetTokens.length);
	return {
		inputTokens,
		targetTokens,
		tokens,
		n,
		prefix: Math.min(wanted, n),
		prefixClamped: wanted > n,
		window: settings.window,
		truncated: input.truncated || target.truncated || input.inputTruncated || target.inputTruncated,
		totalTokens: input.totalTokens + target.totalTokens
	};
}

/** With a target, the prefix is the input (T5's prefix LM, sec. 3.2.1); with none, the first half. */
export function defaultPrefix(inputLength: number, targetLength: number): number {
	return targetLength > 0 ? inputLength : Math.ceil(inputLength / 2);
}

function matrix(
	id: MatrixId,
	[kind, span]: [string, RowSpan],
	rows: Token[],
	cols: Token[],
	rowOffset: number,
	colOffset: number
): Matrix {
	let built: Mask | undefined;
	return {
		id,
		key: `${kind}:${rows.length}x${cols.length}`,
		span,
		rows,
		cols,
		rowOffset,
		colOffset,
		visible: countSpans(rows.length, cols.length, span),
		get mask() {
			return (built ??= maskFromSpans(rows.length, cols.length, span));
		}
	};
}

/** The matrices an architecture draws: one over the whole sequence, or encoder-decoder's three. Sizes come from
 * buildModel, already within the limits of the mask module (tests check these equal its masks). */
export function matricesFor(arch: Architecture, model: MaskFigureModel): Matrix[] {
	const { tokens, n } = model;
	switch (arch) {
		case 'causal':
			return [matrix('self', ['causal', SPANS.causal()], tokens, tokens, 0, 0)];
		case 'prefix':
			return [matrix('self', [`prefix ${model.prefix}`, SPANS.prefix(model.prefix)], tokens, tokens, 0, 0)];
		case 'encoder':
			return [matrix('self', ['full', SPANS.full(n)], tokens, tokens, 0, 0)];
		case 'sliding':
			return [matrix('self', [`sliding ${model.window}`, SPANS.sliding(model.window)], tokens, tokens, 0, 0)];
		case 'encoder-decoder': {
			const source = model.inputTokens;
			const target = model.targetTokens;
			const S = source.length;
			const drawn = [matrix('encoder-self', ['full', SPANS.full(S)], source, source, 0, 0)];
			if (target.length > 0) {
				drawn.push(matrix('decoder-self', ['causal', SPANS.causal()], target, target, S, S));
				if (S > 0) drawn.push(matrix('cross', ['full', SPANS.full(S)], target, source, S, 0));
			}
			return drawn;
		}
	}
}

/** The encoder-decoder's encoder self-attention, cross-attention and decoder self-attention as one matrix over the
 * joined [input; target] sequence, the top-right block (encoder queries, target keys) blocked. Cell for cell it is the
 * prefix LM's mask with the prefix ending where the input ends (masks.ts: combinedEncoderDecoderMask). */
export function joinedEncoderDecoder(model: MaskFigureModel): Matrix {
	const S = model.inputTokens.length;
	return matrix('joined', [`prefix ${S}`, SPANS.prefix(S)], model.tokens, model.tokens, 0, 0);
}

export type CellReason =
	| 'self'
	| 'earlier'
	| 'future'
	| 'in-prefix'
	| 'future-outside-prefix'
	| 'outside-window'
	| 'bidirectional'
	| 'cross'
	| 'source-cannot-see-target';

/** Whether query q may attend to key k in a matrix, and why (q and k are the matrix's own row and column). Every
 * architecture is a case of the switch: a new one that is not is a compile error, never a silent causal answer. */
export function explainCell(
	arch: Architecture,
	id: MatrixId,
	q: number,
	k: number,
	model: Pick<MaskFigureModel, 'prefix' | 'window'>
): { visible: boolean; reason: CellReason } {
	if (id === 'cross') return { visible: true, reason: 'cross' };
	if (id === 'encoder-self') return { visible: true, reason: 'bidirectional' };
	switch (arch) {
		case 'encoder':
			return { visible: true, reason: 'bidirectional' };
		case 'causal':
		case 'encoder-decoder':
			return causalCell(q, k);
		case 'prefix':
			if (id === 'self' && k > q) {
				return k < model.prefix ? { visible: true, reason: 'in-prefix' } : { visible: false, reason: 'future-outside-prefix' };
			}
			return causalCell(q, k);
		case 'sliding':
			if (k < q && q - k >= model.window) return { visible: false, reason: 'outside-window' };
			return causalCell(q, k);
		default: {
			const unhandled: never = arch;
			throw new Error(`explainCell: no rule for architecture "${String(unhandled)}"`);
		}
	}
}

/** Every answer `explainPair` can give under an architecture (visible or not, and why), found by asking it about
 * every pair of a small sequence that has each case: a prefix of 2, a window of 2, an input of 3 then a target of 3.
 * Lets a figure make room for the longest explanation before anyone points at a cell. */
export function cellReasons(arch: Architecture): { visible: boolean; reason: CellReason }[] {
	const inputTokens: Token[] = [0, 1, 2].map((i) => ({ text: 'x', start: i, end: i + 1 }));
	const model = { prefix: 2, window: 2, inputTokens };
	const found = new Map<string, { visible: boolean; reason: CellReason }>();
	for (let q = 0; q < 6; q++) {
		for (let k = 0; k < 6; k++) {
			const { visible, reason } = explainPair(arch, model, q, k);
			found.set(`${visible} ${reason}`, { visible, reason });
		}
	}
	return [...found.values()];
}

/** A cell of a causal mask: itself, an earlier key, or a future one. */
function causalCell(q: number, k: number): { visible: boolean; reason: CellReason } {
	if (k === q) return { visible: true, reason: 'self' };
	return k > q ? { visible: false, reason: 'future' } : { visible: true, reason: 'earlier' };
}

/** Where a (query, key) pair of the combined [input; target] sequence falls under an architecture, whether it is
 * visible, and why. Lets the compare view explain the same pair under every architecture at once. */
export function explainPair(
	arch: Architecture,
	model: Pick<MaskFigureModel, 'prefix' | 'window' | 'inputTokens'>,
	q: number,
	k: number
): { matrix: MatrixId | null; visible: boolean; reason: CellReason } {
	if (arch !== 'encoder-decoder') return { matrix: 'self', ...explainCell(arch, 'self', q, k, model) };
	const S = model.inputTokens.length;
	if (q < S && k < S) return { matrix: 'encoder-self', ...explainCell(arch, 'encoder-self', q, k, model) };
	if (q < S) return { matrix: null, visible: false, reason: 'source-cannot-see-target' };
	if (k < S) return { matrix: 'cross', ...explainCell(arch, 'cross', q - S, k, model) };
	return { matrix: 'decoder-self', ...explainCell(arch, 'decoder-self', q - S, k - S, model) };
}
