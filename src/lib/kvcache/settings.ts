// URL state of the why-decoder-only figures (KV-cache ledger, memory calculator, rank panel, T5 evidence). Each figure
// owns a few query keys with its own prefix, so several figures (and the attention-mask figure) share one address.
// Reading never throws: a malformed value falls back to its default and is reported, so the figure can say so.
import { LEDGER_ARCHS, stepCount, type LedgerArch } from './ledger';
import { CONTEXT_EXPONENTS, MEMORY_FORMATS, MEMORY_MODELS, type MemoryFormat, type MemoryModel } from './memory';
import { LOGIT_SCALES, RANK_MASKS, type RankMask } from '$lib/linalg/attention-rank';
import { FRAMINGS, type Framing } from '$lib/evidence/t5-table2';

export type Field =
	| { kind: 'int'; key: string; min: number; max: number }
	| { kind: 'enum'; key: string; values: readonly string[] }
	| { kind: 'number'; key: string; values: readonly number[] };

export type ProblemReason = 'unknown' | 'not-integer' | 'out-of-range';
export interface Problem {
	/** The query key, e.g. "kv-step". */
	key: string;
	/** The value as found (cut to 40 characters). */
	value: string;
	reason: ProblemReason;
}

export interface Schema<T> {
	fields: { [K in keyof T]: Field };
	defaults: T;
	/** Checks that depend on several fields (e.g. step <= number of steps); returns the keys to reset. */
	cross?: (settings: T) => (keyof T)[];
}

/** A whole number written plainly ("7"): no sign, exponent, decimals or spaces. */
function plainInteger(value: string): number | undefined {
	return /^\d{1,7}$/.test(value) ? Number(value) : undefined;
}

export function readFields<T extends object>(schema: Schema<T>, params: URLSearchParams): { settings: T; problems: Problem[] } {
	const settings = { ...schema.defaults };
	const problems: Problem[] = [];
	const raw: Partial<Record<keyof T, string>> = {};
	for (const name of Object.keys(schema.fields) as (keyof T)[]) {
		const field: Field = schema.fields[name];
		const value = params.get(field.key);
		if (value === null) continue;
		raw[name] = value;
		const report = (reason: ProblemReason) => problems.push({ key: field.key, value: value.slice(0, 40), reason });
		if (field.kind === 'enum') {
			if (field.values.includes(value)) (settings as Record<keyof T, unknown>)[name] = value;
			else report('unknown');
		} else if (field.kind === 'number') {
			const number = /^\d{1,3}(\.\d{1,3})?$/.test(value) ? Number(value) : NaN;
			if (field.values.includes(number)) (settings as Record<keyof T, unknown>)[name] = number;
			else report('unknown');
		} else {
			const number = plainInteger(value);
			if (number === undefined) report('not-integer');
			else if (number < field.min || number > field.max) report('out-of-range');
			else (settings as Record<keyof T, unknown>)[name] = number;
		}
	}
	for (const name of schema.cross?.(settings) ?? []) {
		const field: Field = schema.fields[name];
		problems.push({ key: field.key, value: (raw[name] ?? String(settings[name])).slice(0, 40), reason: 'out-of-range' });
		settings[name] = schema.defaults[name];
	}
	return { settings, problems };
}

/** Writes the non-default settings into `params` (a copy of the page's query), removing this figure's keys first. */
export function writeFields<T extends object>(schema: Schema<T>, settings: T, params = new URLSearchParams()): URLSearchParams {
	const out = new URLSearchParams(params);
	for (const name of Object.keys(schema.fields) as (keyof T)[]) {
		const field: Field = schema.fields[name];
		out.delete(field.key);
		if (settings[name] !== schema.defaults[name]) out.set(field.key, String(settings[name]));
	}
	return out;
}

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
