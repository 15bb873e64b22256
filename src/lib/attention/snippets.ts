/**
 * Copyable PyTorch and NumPy code that builds the same boolean attention masks as the figure
 * (row = query position, column = key position, True = may attend).
 */

export type MaskSpec =
	| { kind: 'causal'; n: number }
	| { kind: 'full'; n: number }
	| { kind: 'prefix'; n: number; prefix: number }
	| { kind: 'sliding'; n: number; window: number }
	| { kind: 'encoder-decoder'; source: number; target: number };

/** Throws a RangeError naming `name` unless `value` is a safe integer >= `min` (and <= `max` when given). */
function checkInt(name: string, value: unknown, min: number, max?: number, maxName?: string): number {
	if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
		throw new RangeError(`${name} must be an integer >= ${min} (got ${String(value)})`);
	}
	if (max !== undefined && value > max) {
		throw new RangeError(`${name} must be at most ${maxName ?? max} (${max}) (got ${value})`);
	}
	return value;
}

/** Checks every number in `spec`, returning a copy with only the known fields. */
function validate(spec: MaskSpec): MaskSpec {
	switch (spec.kind) {
		case 'causal':
		case 'full':
			return { kind: spec.kind, n: checkInt('n', spec.n, 0) };
		case 'prefix': {
			const n = checkInt('n', spec.n, 0);
			return { kind: 'prefix', n, prefix: checkInt('prefix', spec.prefix, 0, n, 'n') };
		}
		case 'sliding':
			return { kind: 'sliding', n: checkInt('n', spec.n, 0), window: checkInt('window', spec.window, 1) };
		case 'encoder-decoder':
			return {
				kind: 'encoder-decoder',
				source: checkInt('source', spec.source, 0),
				target: checkInt('target', spec.target, 0)
			};
		default: {
			// Reached only by a spec from outside the type (a kind missing above is a compile error here).
			const unexpected: never = spec;
			throw new RangeError(`kind must be causal, full, prefix, sliding or encoder-decoder (got ${String((unexpected as { kind: unknown }).kind)})`);
		}
	}
}

/** The library-specific pieces of a snippet. */
interface Dialect {
	header: string[];
	/** An all-True boolean matrix of the given shape, e.g. `torch.ones(n, n, dtype=torch.bool)`. */
	ones(rows: string, cols: string): string;
	/** Lower triangle (diagonal included) of an expression. */
	tril(expr: string): string;
	/** Query positions as a column, shape (n, 1). */
	queryPositions: string;
	/** Key positions as a row, shape (1, n). */
	keyPositions: string;
}

/** The one-line statement of the convention, for one mask or several. */
const convention = (masks: string) =>
	`# ${masks}: row = query, column = key, True = may attend (as attn_mask of torch.nn.functional.scaled_dot_product_attention, where True = take part in attention).`;

const TORCH: Dialect = {
	header: ['import torch', ''],
	ones: (rows, cols) => `torch.ones(${rows}, ${cols}, dtype=torch.bool)`,
	tril: (expr) => `${expr}.tril()`,
	queryPositions: 'torch.arange(n).unsqueeze(1)',
	keyPositions: 'torch.arange(n).unsqueeze(0)'
};

const NUMPY: Dialect = {
	header: ['import numpy as np', ''],
	ones: (rows, cols) => `np.ones((${rows}, ${cols}), dtype=bool)`,
	tril: (expr) => `np.tril(${expr})`,
	queryPositions: 'np.arange(n)[:, None]',
	keyPositions: 'np.arange(n)[None, :]'
};

function snippet(spec: MaskSpec, d: Dialect, extraNote: string[]): string {
	const s = validate(spec);
	const lines = [...d.header];
	if (s.kind === 'encoder-decoder') {
		lines.push(
			`source = ${s.source}  # encoder (source) tokens`,
			`target = ${s.target}  # decoder (target) tokens`,
			convention('Boolean masks'),
			...extraNote,
			`encoder_self = ${d.ones('source', 'source')}  # every source token sees every source token`,
			`decoder_self = ${d.tril(d.ones('target', 'target'))}  # causal: a target token sees itself and earlier ones`,
			`cross = ${d.ones('target', 'source')}  # target queries (rows) see every source key (columns)`
		);
		return lines.join('\n') + '\n';
	}

	lines.push(`n = ${s.n}  # number of tokens`);
	if (s.kind === 'prefix') lines.push(`prefix = ${s.prefix}  # prefix tokens, visible to every query`);
	if (s.kind === 'sliding') lines.push(`window = ${s.window}  # each query sees itself and the window - 1 tokens before it`);
	lines.push(convention('Boolean mask'), ...extraNote);
	const causal = d.tril(d.ones('n', 'n'));
	switch (s.kind) {
		case 'full':
			lines.push(`mask = ${d.ones('n', 'n')}`);
			break;
		case 'causal':
			lines.push(`mask = ${causal}`);
			break;
		case 'prefix':
			lines.push(`k = ${d.keyPositions}  # key (column) positions`, `mask = ${causal} | (k < prefix)`);
			break;
		case 'sliding':
			lines.push(
				`q = ${d.queryPositions}  # query (row) positions`,
				`k = ${d.keyPositions}  # key (column) positions`,
				`mask = ${causal} & (q - k < window)`
			);
			break;
		default: {
			const unhandled: never = s;
			throw new Error(`no snippet for mask kind "${String((unhandled as { kind: unknown }).kind)}"`);
		}
	}
	return lines.join('\n') + '\n';
}

/** PyTorch code that builds the boolean mask(s) of `spec`. Throws a RangeError naming a bad field. */
export function pytorchSnippet(spec: MaskSpec): string {
	return snippet(spec, TORCH, [
		'# Careful: nn.MultiheadAttention and nn.Transformer use the opposite (True = not allowed), so pass ~mask there.'
	]);
}

/** NumPy code that builds the boolean mask(s) of `spec`. Throws a RangeError naming a bad field. */
export function numpySnippet(spec: MaskSpec): string {
	return snippet(spec, NUMPY, []);
}
