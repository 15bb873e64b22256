// URL state of the why-decoder-only figures (KV-cache ledger, memory calculator, rank panel, T5 evidence). Each figure
// owns a few query keys with its own prefix, so several figures (and the attention-mask figure) share one address.
// Reading and writing are the shared schema reader's ($lib/url/fields): a malformed value falls back to its default and
// is reported, so the figure can say so.
import type { Schema } from '$lib/url/fields';
import { LEDGER_ARCHS, stepCount, type LedgerArch } from './ledger';
import { CONTEXT_EXPONENTS, MEMORY_FORMATS, MEMORY_MODELS, type MemoryFormat, type MemoryModel } from './memory';
import { LOGIT_SCALES, RANK_MASKS, type RankMask } from '$lib/linalg/attention-rank';
import { FRAMINGS, type Framing } from '$lib/evidence/t5-table2';

// ---- KV-cache ledger ----
export const METRICS = ['scores', 'kv'] as const;
export type Metric = (typeof METRICS)[number];
export interface LedgerSettings {
	arch: LedgerArch;
	turns: number;
	user: number;
	answer: number;
	/** Steps done, 0..stepCount. */
	step: number;
	/** What the turn chart shows: attention scores, or K/V pairs computed (stored + recomputed). */
	metric: Metric;
}
export const LEDGER_SCHEMA: Schema<LedgerSettings> = {
	fields: {
		arch: { kind: 'enum', key: 'kv-arch', values: LEDGER_ARCHS },
		turns: { kind: 'int', key: 'kv-turns', min: 1, max: 4 },
		user: { kind: 'int', key: 'kv-user', min: 1, max: 6 },
		answer: { kind: 'int', key: 'kv-answer', min: 1, max: 6 },
		step: { kind: 'int', key: 'kv-step', min: 0, max: 28 },
		metric: { kind: 'enum', key: 'kv-metric', values: METRICS }
	},
	defaults: { arch: 'decoder', turns: 3, user: 3, answer: 2, step: 0, metric: 'scores' },
	cross: (s) => (s.step > stepCount(s) ? ['step'] : [])
};

// ---- KV-cache memory ----
export interface MemorySettings {
	model: MemoryModel;
	format: MemoryFormat;
	/** Context length in tokens, a power of two. */
	context: number;
}
const POWERS = Array.from({ length: CONTEXT_EXPONENTS[1] - CONTEXT_EXPONENTS[0] + 1 }, (_, i) => 2 ** (CONTEXT_EXPONENTS[0] + i));
export const MEMORY_SCHEMA: Schema<MemorySettings> = {
	fields: {
		model: { kind: 'enum', key: 'mem-model', values: MEMORY_MODELS },
		format: { kind: 'enum', key: 'mem-format', values: MEMORY_FORMATS },
		context: { kind: 'int', key: 'mem-ctx', min: POWERS[0], max: POWERS.at(-1)! }
	},
	defaults: { model: 'llama3-8b', format: 'bf16', context: 8192 },
	cross: (s) => (POWERS.includes(s.context) ? [] : ['context'])
};

// ---- Rank panel ----
export interface RankSettings {
	n: number;
	d: number;
	seed: number;
	mask: RankMask;
	/** Prefix length for the prefix mask, 1..n. */
	prefix: number;
	scale: number;
}
export const RANK_SCHEMA: Schema<RankSettings> = {
	fields: {
		n: { kind: 'int', key: 'rank-n', min: 2, max: 32 },
		d: { kind: 'int', key: 'rank-d', min: 1, max: 64 },
		seed: { kind: 'int', key: 'rank-seed', min: 0, max: 99999 },
		mask: { kind: 'enum', key: 'rank-mask', values: RANK_MASKS },
		prefix: { kind: 'int', key: 'rank-prefix', min: 1, max: 32 },
		scale: { kind: 'number', key: 'rank-scale', values: LOGIT_SCALES }
	},
	defaults: { n: 8, d: 4, seed: 1, mask: 'causal', prefix: 4, scale: 1 },
	cross: (s) => (s.prefix > s.n ? ['prefix'] : [])
};

// ---- T5 evidence ----
export interface EvidenceSettings {
	framing: Framing;
}
export const EVIDENCE_SCHEMA: Schema<EvidenceSettings> = {
	fields: { framing: { kind: 'enum', key: 't5-frame', values: FRAMINGS } },
	defaults: { framing: 'params' }
};
