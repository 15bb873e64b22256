/**
 * A KV-cache ledger: step-by-step decoding of a chat for a causal decoder, a prefix LM and an encoder-decoder, with
 * exact counts of attention scores computed and key/value pairs stored, read from the cache and recomputed.
 *
 * Conventions (the figure states them too):
 * - Counts are per layer and per head. One processed token yields one key/value pair ("K/V pair") in that layer.
 *   (In the first layer keys and values are projections of the token embeddings alone; from the second layer up they
 *   depend on what the token attended to, which is what forces a prefix LM to recompute.)
 * - A turn is `user` new prompt tokens, then `answer` answer tokens. Step 1 of a turn processes the whole new input
 *   at once (prefill, or encoding); each later step feeds one answer token in and stores its K/V pair.
 * - Cells follow the mask module (`$lib/attention/masks`): row = query, column = key. A cell is scored when its row
 *   is processed in the step and the mask lets the query see the key.
 * - Decoder-only: causal mask over the whole conversation; the cache is kept across turns.
 * - Prefix LM: the prefix is the whole conversation up to the end of the current user turn, attended bidirectionally
 *   (prefixMask). When a new user turn joins the prefix, every earlier token sees new tokens, so its K/V pair changes
 *   and is recomputed; the prefix's scores are all recomputed.
 * - Encoder-decoder: the encoder input is the whole conversation up to the end of the current user turn, re-encoded
 *   every turn; the decoder cache starts empty each turn. Over the concatenated [source; target] sequence its cells
 *   are those of prefixMask(S + T, S) (see combinedEncoderDecoderMask): encoder self-attention, cross-attention and
 *   causal decoder self-attention. With one K/V pair per token it counts the same as the prefix LM; the difference
 *   from decoder-only is what the ledger shows.
 */
import { SPANS, type RowSpan } from '$lib/attention/masks';

export const LEDGER_ARCHS = ['decoder', 'prefix', 'encdec'] as const;
export type LedgerArch = (typeof LEDGER_ARCHS)[number];

export interface Conversation {
	/** Number of turns, each a user message followed by an answer. */
	turns: number;
	/** Tokens in each user message. */
	user: number;
	/** Tokens in each answer. */
	answer: number;
}

export const CONVERSATION_LIMITS = Object.freeze({ turns: [1, 4], user: [1, 6], answer: [1, 6] } as const);

/** What happens to a cell (query, key) in one step. */
export type CellState =
	/** Scored in this step; the key/value was computed in this step for a token never seen before. */
	| 'new'
	/** Scored in this step; the key/value was read from the cache. */
	| 'cache'
	/** Scored in this step; the key/value was computed again (it was in the cache but is no longer valid). */
	| 'recompute'
	/** Scored in an earlier step of this turn and not needed again. */
	| 'past'
	/** Allowed by the mask, scored in a later step. */
	| 'future'
	/** Not allowed by the mask. */
	| 'blocked';

export interface Counters {
	/** Attention scores (query-key dot products) computed. */
	scores: number;
	/** K/V pairs computed for tokens never seen before, and stored. */
	stored: number;
	/** K/V pairs read from the cache instead of being computed. */
	fromCache: number;
	/** K/V pairs computed again for tokens already seen. */
	recomputed: number;
}

export interface Step {
	/** 1-based index over the whole conversation. */
	index: number;
	/** 1-based turn. */
	turn: number;
	/** 'prefill' processes the new user message (and, for prefix LM / encoder-decoder, the history); 'decode' feeds one answer token. */
	kind: 'prefill' | 'decode';
	/** Tokens of the sequence drawn for this turn (history + user + answer). */
	length: number;
	/** Boundary of the bidirectional part (prefix or encoder input); equals the causal part's start for decoder-only. */
	boundary: number;
	/** Rows (query positions) processed in this step, [from, to). */
	rows: [number, number];
	/** What this step alone computed. */
	delta: Counters;
	/** Totals after this step, since the start of the conversation. */
	total: Counters;
}

const ZERO: Counters = Object.freeze({ scores: 0, stored: 0, fromCache: 0, recomputed: 0 });

function add(a: Counters, b: Counters): Counters {
	return { scores: a.scores + b.scores, stored: a.stored + b.stored, fromCache: a.fromCache + b.fromCache, recomputed: a.recomputed + b.recomputed };
}

/** Throws a RangeError unless every size is an integer within CONVERSATION_LIMITS. */
export function checkConversation(c: Conversation): Conversation {
	for (const key of ['turns', 'user', 'answer'] as const) {
		const [min, max] = CONVERSATION_LIMITS[key];
		const v = c[key];
		if (!Number.isInteger(v) || v < min || v > max) throw new RangeError(`${key} must be an integer from ${min} to ${max} (got ${String(v)})`);
	}
	return c;
}

/** The row spans of the mask drawn for an architecture in a turn: causal for decoder-only, prefix otherwise. */
export function turnSpan(arch: LedgerArch, boundary: number): RowSpan {
	return arch === 'decoder' ? SPANS.causal() : SPANS.prefix(boundary);
}

/** Tokens of history before turn t (1-based): every earlier user message and answer. */
function history(c: Conversation, turn: number): number {
	return (turn - 1) * (c.user + c.answer);
}

/** Every step of the conversation for one architecture, with its counters. Pure; throws only on bad sizes. */
export function ledger(arch: LedgerArch, conversation: Conversation): Step[] {
	const c = checkConversation(conversation);
	const steps: Step[] = [];
	let total = ZERO;
	for (let turn = 1; turn <= c.turns; turn++) {
		const H = history(c, turn);
		const input = H + c.user;
		const length = input + c.answer;
		const boundary = arch === 'decoder' ? H : input;
		const span = turnSpan(arch, boundary);
		const width = (q: number) => {
			const [from, to] = span(q);
			return Math.min(length, to) - Math.max(0, from);
		};
		// Prefill: decoder-only processes only the new user tokens; the others process (again) all of the input.
		const first = arch === 'decoder' ? H : 0;
		let scores = 0;
		for (let q = first; q < input; q++) scores += width(q);
		const prefill: Counters =
			arch === 'decoder'
				? { scores, stored: c.user, fromCache: H, recomputed: 0 }
				: { scores, stored: c.user, fromCache: 0, recomputed: H };
		total = add(total, prefill);
		steps.push({ index: steps.length + 1, turn, kind: 'prefill', length, boundary, rows: [first, input], delta: prefill, total });
		for (let j = 0; j < c.answer; j++) {
			const q = input + j;
			// Every earlier key of this turn's sequence is in the cache by now (this turn's prefill put it there).
			const delta: Counters = { scores: width(q), stored: 1, fromCache: q, recomputed: 0 };
			total = add(total, delta);
			steps.push({ index: steps.length + 1, turn, kind: 'decode', length, boundary, rows: [q, q + 1], delta, total });
		}
	}
	return steps;
}

/** Totals at the end of each turn, one entry per turn. */
export function turnTotals(arch: LedgerArch, conversation: Conversation): Counters[] {
	return ledger(arch, conversation)
		.filter((s, i, all) => i === all.length - 1 || all[i + 1].turn !== s.turn)
		.map((s) => s.total);
}

/**
 * State of cell (q, k) in a step. Keys of tokens before the turn's history are cached (decoder-only) or recomputed
 * (prefix LM, encoder-decoder, in the prefill step); keys processed in the current step are new.
 */
export function cellState(arch: LedgerArch, step: Step, q: number, k: number, conversation: Conversation): CellState {
	const [from, to] = turnSpan(arch, step.boundary)(q);
	if (k < from || k >= to || k >= step.length) return 'blocked';
	const [r0, r1] = step.rows;
	if (q < r0) return 'past';
	if (q >= r1) return 'future';
	if (k >= r0 && k < r1) {
		// Processed now: new token, or an old token whose K/V pair is computed again.
		const H = history(conversation, step.turn);
		return arch !== 'decoder' && step.kind === 'prefill' && k < H ? 'recompute' : 'new';
	}
	return 'cache';
}

/** Steps in a conversation: per turn one prefill and one per answer token. */
export function stepCount(c: Conversation): number {
	return c.turns * (1 + c.answer);
}
