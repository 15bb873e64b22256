import { describe, expect, it } from 'vitest';
import { numpySnippet, pytorchSnippet, type MaskSpec } from './snippets';

const CONVENTION =
	'row = query, column = key, True = may attend (as attn_mask of torch.nn.functional.scaled_dot_product_attention, where True = take part in attention).';

describe('pytorchSnippet and numpySnippet: each kind', () => {
	it('causal', () => {
		const spec: MaskSpec = { kind: 'causal', n: 7 };
		const torch = pytorchSnippet(spec);
		expect(torch).toMatch(/^import torch\n/);
		expect(torch).toContain('n = 7  #');
		expect(torch).toContain('mask = torch.ones(n, n, dtype=torch.bool).tril()\n');
		expect(torch).toContain(CONVENTION);
		const np = numpySnippet(spec);
		expect(np).toMatch(/^import numpy as np\n/);
		expect(np).toContain('n = 7  #');
		expect(np).toContain('mask = np.tril(np.ones((n, n), dtype=bool))\n');
		expect(np).toContain(CONVENTION);
	});

	it('full', () => {
		const spec: MaskSpec = { kind: 'full', n: 4 };
		expect(pytorchSnippet(spec)).toContain('n = 4  #');
		expect(pytorchSnippet(spec)).toContain('mask = torch.ones(n, n, dtype=torch.bool)\n');
		expect(pytorchSnippet(spec)).not.toContain('tril');
		expect(numpySnippet(spec)).toContain('n = 4  #');
		expect(numpySnippet(spec)).toContain('mask = np.ones((n, n), dtype=bool)\n');
		expect(numpySnippet(spec)).not.toContain('tril');
	});

	it('prefix', () => {
		const spec: MaskSpec = { kind: 'prefix', n: 9, prefix: 4 };
		expect(pytorchSnippet(spec)).toContain('n = 9  #');
		expect(pytorchSnippet(spec)).toContain('prefix = 4  #');
		expect(pytorchSnippet(spec)).toContain('mask = torch.ones(n, n, dtype=torch.bool).tril() | (k < prefix)\n');
		expect(numpySnippet(spec)).toContain('n = 9  #');
		expect(numpySnippet(spec)).toContain('prefix = 4  #');
		expect(numpySnippet(spec)).toContain('mask = np.tril(np.ones((n, n), dtype=bool)) | (k < prefix)\n');
	});

	it('sliding', () => {
		const spec: MaskSpec = { kind: 'sliding', n: 8, window: 3 };
		const torch = pytorchSnippet(spec);
		expect(torch).toContain('n = 8  #');
		expect(torch).toContain('window = 3  #');
		expect(torch).toContain('q = torch.arange(n).unsqueeze(1)');
		expect(torch).toContain('k = torch.arange(n).unsqueeze(0)');
		expect(torch).toContain('mask = torch.ones(n, n, dtype=torch.bool).tril() & (q - k < window)\n');
		const np = numpySnippet(spec);
		expect(np).toContain('n = 8  #');
		expect(np).toContain('window = 3  #');
		expect(np).toContain('q = np.arange(n)[:, None]');
		expect(np).toContain('k = np.arange(n)[None, :]');
		expect(np).toContain('mask = np.tril(np.ones((n, n), dtype=bool)) & (q - k < window)\n');
	});

	it('encoder-decoder', () => {
		const spec: MaskSpec = { kind: 'encoder-decoder', source: 6, target: 4 };
		const torch = pytorchSnippet(spec);
		expect(torch).toContain('source = 6  #');
		expect(torch).toContain('target = 4  #');
		expect(torch).toContain('encoder_self = torch.ones(source, source, dtype=torch.bool)  #');
		expect(torch).toContain('decoder_self = torch.ones(target, target, dtype=torch.bool).tril()  #');
		expect(torch).toContain('cross = torch.ones(target, source, dtype=torch.bool)  #');
		const np = numpySnippet(spec);
		expect(np).toContain('encoder_self = np.ones((source, source), dtype=bool)  #');
		expect(np).toContain('decoder_self = np.tril(np.ones((target, target), dtype=bool))  #');
		expect(np).toContain('cross = np.ones((target, source), dtype=bool)  #');
	});

	it('accepts zero sizes and a window larger than n', () => {
		expect(pytorchSnippet({ kind: 'causal', n: 0 })).toContain('n = 0  #');
		expect(numpySnippet({ kind: 'prefix', n: 0, prefix: 0 })).toContain('prefix = 0  #');
		expect(numpySnippet({ kind: 'prefix', n: 3, prefix: 3 })).toContain('prefix = 3  #');
		expect(pytorchSnippet({ kind: 'sliding', n: 2, window: 10 })).toContain('window = 10  #');
		expect(numpySnippet({ kind: 'encoder-decoder', source: 0, target: 0 })).toContain('source = 0  #');
	});
});

describe('exact snippets (review any change by running them)', () => {
	it('prefix, n = 5, prefix = 2', () => {
		const spec: MaskSpec = { kind: 'prefix', n: 5, prefix: 2 };
		expect(pytorchSnippet(spec)).toBe(`import torch

n = 5  # number of tokens
prefix = 2  # prefix tokens, visible to every query
# Boolean mask: ${CONVENTION}
# Careful: nn.MultiheadAttention and nn.Transformer use the opposite (True = not allowed), so pass ~mask there.
k = torch.arange(n).unsqueeze(0)  # key (column) positions
mask = torch.ones(n, n, dtype=torch.bool).tril() | (k < prefix)
`);
		expect(numpySnippet(spec)).toBe(`import numpy as np

n = 5  # number of tokens
prefix = 2  # prefix tokens, visible to every query
# Boolean mask: ${CONVENTION}
k = np.arange(n)[None, :]  # key (column) positions
mask = np.tril(np.ones((n, n), dtype=bool)) | (k < prefix)
`);
	});

	it('encoder-decoder, source = 3, target = 2', () => {
		const spec: MaskSpec = { kind: 'encoder-decoder', source: 3, target: 2 };
		expect(pytorchSnippet(spec)).toBe(`import torch

source = 3  # encoder (source) tokens
target = 2  # decoder (target) tokens
# Boolean masks: ${CONVENTION}
# Careful: nn.MultiheadAttention and nn.Transformer use the opposite (True = not allowed), so pass ~mask there.
encoder_self = torch.ones(source, source, dtype=torch.bool)  # every source token sees every source token
decoder_self = torch.ones(target, target, dtype=torch.bool).tril()  # causal: a target token sees itself and earlier ones
cross = torch.ones(target, source, dtype=torch.bool)  # target queries (rows) see every source key (columns)
`);
		expect(numpySnippet(spec)).toBe(`import numpy as np

source = 3  # encoder (source) tokens
target = 2  # decoder (target) tokens
# Boolean masks: ${CONVENTION}
encoder_self = np.ones((source, source), dtype=bool)  # every source token sees every source token
decoder_self = np.tril(np.ones((target, target), dtype=bool))  # causal: a target token sees itself and earlier ones
cross = np.ones((target, source), dtype=bool)  # target queries (rows) see every source key (columns)
`);
	});
});

describe('validation', () => {
	const cases: [MaskSpec, RegExp][] = [
		[{ kind: 'causal', n: -1 }, /^n /],
		[{ kind: 'causal', n: 2.5 }, /^n /],
		[{ kind: 'full', n: Number.NaN }, /^n /],
		[{ kind: 'full', n: Number.POSITIVE_INFINITY }, /^n /],
		[{ kind: 'full', n: 1e21 }, /^n /],
		[{ kind: 'causal', n: '3' as unknown as number }, /^n /],
		[{ kind: 'prefix', n: -2, prefix: 0 }, /^n /],
		[{ kind: 'prefix', n: 5, prefix: 6 }, /^prefix .*n/],
		[{ kind: 'prefix', n: 5, prefix: -1 }, /^prefix /],
		[{ kind: 'prefix', n: 5, prefix: 1.5 }, /^prefix /],
		[{ kind: 'sliding', n: 5, window: 0 }, /^window /],
		[{ kind: 'sliding', n: 5, window: Number.NaN }, /^window /],
		[{ kind: 'sliding', n: -5, window: 2 }, /^n /],
		[{ kind: 'encoder-decoder', source: -1, target: 2 }, /^source /],
		[{ kind: 'encoder-decoder', source: 3, target: 0.5 }, /^target /],
		[{ kind: 'attention' } as unknown as MaskSpec, /^kind /]
	];

	it.each(cases)('rejects %o', (spec, message) => {
		expect(() => pytorchSnippet(spec)).toThrow(RangeError);
		expect(() => pytorchSnippet(spec)).toThrow(message);
		expect(() => numpySnippet(spec)).toThrow(RangeError);
		expect(() => numpySnippet(spec)).toThrow(message);
	});
});
