import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	MAX_TOKENS,
	causalMask,
	combinedEncoderDecoderMask,
	countVisible,
	encoderDecoderMasks,
	fullMask,
	maskedSoftmax,
	prefixMask,
	slidingWindowMask,
	type Mask
} from './masks';

const T = true;
const F = false;

/** Sequence lengths for the properties. */
const size = fc.integer({ min: 0, max: 64 });
/** A length n together with a prefix length 0..n. */
const sizeAndPrefix = size.chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n })));

describe('hand-checked masks', () => {
	it('causalMask(3) is lower-triangular including the diagonal', () => {
		expect(causalMask(3)).toEqual([
			[T, F, F],
			[T, T, F],
			[T, T, T]
		]);
	});
	it('prefixMask(4, 2) makes the first two columns fully visible', () => {
		expect(prefixMask(4, 2)).toEqual([
			[T, T, F, F],
			[T, T, F, F],
			[T, T, T, F],
			[T, T, T, T]
		]);
	});
	it('slidingWindowMask(4, 2) sees itself and the previous key', () => {
		expect(slidingWindowMask(4, 2)).toEqual([
			[T, F, F, F],
			[T, T, F, F],
			[F, T, T, F],
			[F, F, T, T]
		]);
	});
	it('encoderDecoderMasks(2, 3) has the right shapes and values', () => {
		const { encoderSelf, decoderSelf, cross } = encoderDecoderMasks(2, 3);
		expect(encoderSelf).toEqual([
			[T, T],
			[T, T]
		]);
		expect(decoderSelf).toEqual([
			[T, F, F],
			[T, T, F],
			[T, T, T]
		]);
		// 3 decoder queries (rows) x 2 encoder keys (columns).
		expect(cross).toEqual([
			[T, T],
			[T, T],
			[T, T]
		]);
	});
	it('encoderDecoderMasks handles an empty source or target', () => {
		expect(encoderDecoderMasks(0, 2)).toEqual({ encoderSelf: [], decoderSelf: [[T, F], [T, T]], cross: [[], []] });
		expect(encoderDecoderMasks(2, 0).cross).toEqual([]);
	});
	it('combinedEncoderDecoderMask(2, 2) matches the hand-drawn layout', () => {
		expect(combinedEncoderDecoderMask(2, 2)).toEqual([
			[T, T, F, F],
			[T, T, F, F],
			[T, T, T, F],
			[T, T, T, T]
		]);
	});
	it('size 0 gives an empty mask', () => {
		expect(fullMask(0)).toEqual([]);
		expect(causalMask(0)).toEqual([]);
		expect(prefixMask(0, 0)).toEqual([]);
		expect(slidingWindowMask(0, 3)).toEqual([]);
		expect(combinedEncoderDecoderMask(0, 0)).toEqual([]);
	});
	it('rows are distinct arrays, so editing one leaves the others alone', () => {
		const { cross } = encoderDecoderMasks(2, 2);
		cross[0][0] = false;
		expect(cross[1][0]).toBe(true);
		const full = fullMask(2);
		full[0][1] = false;
		expect(full[1][1]).toBe(true);
	});
});

describe('countVisible', () => {
	it('counts true cells of a literal mask', () => {
		expect(countVisible([])).toBe(0);
		expect(countVisible([[T, F, T], [F, F, F]])).toBe(2);
	});
	it('full mask has n^2 visible cells', () => {
		fc.assert(fc.property(size, (n) => countVisible(fullMask(n)) === n * n));
	});
	it('causal mask has n(n+1)/2 visible cells', () => {
		fc.assert(fc.property(size, (n) => countVisible(causalMask(n)) === (n * (n + 1)) / 2));
	});
	it('prefix mask has n(n+1)/2 + P(P-1)/2 visible cells', () => {
		fc.assert(
			fc.property(sizeAndPrefix, ([n, p]) => countVisible(prefixMask(n, p)) === (n * (n + 1)) / 2 + (p * (p - 1)) / 2)
		);
	});
	it('sliding-window mask has sum over q of min(q+1, w) visible cells', () => {
		fc.assert(
			fc.property(size, fc.integer({ min: 1, max: 80 }), (n, w) => {
				let expected = 0;
				for (let q = 0; q < n; q++) expected += Math.min(q + 1, w);
				return countVisible(slidingWindowMask(n, w)) === expected;
			})
		);
	});
	it('encoder-decoder masks have S^2, T(T+1)/2 and T*S visible cells', () => {
		fc.assert(
			fc.property(size, size, (s, t) => {
				const { encoderSelf, decoderSelf, cross } = encoderDecoderMasks(s, t);
				expect(countVisible(encoderSelf)).toBe(s * s);
				expect(countVisible(decoderSelf)).toBe((t * (t + 1)) / 2);
				expect(countVisible(cross)).toBe(t * s);
				expect(cross).toHaveLength(t);
				for (const row of cross) expect(row).toHaveLength(s);
			})
		);
	});
});

describe('mask identities', () => {
	it('prefixMask(n, 0) and prefixMask(n, 1) equal causalMask(n)', () => {
		fc.assert(
			fc.property(size, (n) => {
				expect(prefixMask(n, 0)).toEqual(causalMask(n));
				if (n >= 1) expect(prefixMask(n, 1)).toEqual(causalMask(n));
			})
		);
	});
	it('prefixMask(n, n) equals fullMask(n)', () => {
		fc.assert(
			fc.property(size, (n) => {
				expect(prefixMask(n, n)).toEqual(fullMask(n));
			})
		);
	});
	it('a sliding window at least as long as the sequence equals the causal mask', () => {
		fc.assert(
			fc.property(size, fc.integer({ min: 0, max: 100 }), (n, extra) => {
				expect(slidingWindowMask(n, Math.max(1, n + extra))).toEqual(causalMask(n));
			})
		);
	});
	it('a window shorter than the sequence hides some causal cell', () => {
		fc.assert(
			fc.property(fc.integer({ min: 2, max: 64 }), fc.integer({ min: 1, max: 63 }), (n, w) => {
				fc.pre(w < n);
				expect(slidingWindowMask(n, w)).not.toEqual(causalMask(n));
			})
		);
	});
	it('combinedEncoderDecoderMask(S, T) equals prefixMask(S + T, S)', () => {
		const part = fc.integer({ min: 0, max: 32 });
		fc.assert(
			fc.property(part, part, (s, t) => {
				expect(combinedEncoderDecoderMask(s, t)).toEqual(prefixMask(s + t, s));
			})
		);
	});
	it('combinedEncoderDecoderMask(S, T) contains the three encoder-decoder masks as blocks', () => {
		const part = fc.integer({ min: 0, max: 16 });
		fc.assert(
			fc.property(part, part, (s, t) => {
				const combined = combinedEncoderDecoderMask(s, t);
				const { encoderSelf, decoderSelf, cross } = encoderDecoderMasks(s, t);
				const block = (rows: number, cols: number, r0: number, c0: number): Mask =>
					Array.from({ length: rows }, (_, q) => combined[r0 + q].slice(c0, c0 + cols));
				expect(block(s, s, 0, 0)).toEqual(encoderSelf);
				expect(countVisible(block(s, t, 0, s))).toBe(0); // encoder never sees the target
				expect(block(t, s, s, 0)).toEqual(cross);
				expect(block(t, t, s, s)).toEqual(decoderSelf);
			})
		);
	});
	it('causal mask is exactly the lower triangle', () => {
		fc.assert(
			fc.property(size, (n) => {
				const m = causalMask(n);
				expect(m).toHaveLength(n);
				// One assertion per matrix, not per cell: the same check, fast enough for hundreds of sizes.
				expect(m.every((row, q) => row.length === n && row.every((cell, k) => cell === k <= q))).toBe(true);
			})
		);
	});
	it('prefix mask is monotone in the prefix length', () => {
		fc.assert(
			fc.property(
				size.filter((n) => n >= 1),
				fc.nat(),
				(n, seed) => {
					const p = seed % n; // 0..n-1, so p + 1 is still valid
					const before = prefixMask(n, p);
					const after = prefixMask(n, p + 1);
					before.forEach((row, q) =>
						row.forEach((cell, k) => {
							if (cell) expect(after[q][k]).toBe(true);
						})
					);
				}
			)
		);
	});
});

describe('maskedSoftmax', () => {
	const score = fc.double({ min: -50, max: 50, noNaN: true, noDefaultInfinity: true });
	/** Random scores and a same-shaped mask with at least one visible key in every row. */
	const scoredMask = fc
		.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }))
		.chain(([rows, cols]) =>
			fc.array(
				fc.record({
					scores: fc.array(score, { minLength: cols, maxLength: cols }),
					visible: fc.array(fc.boolean(), { minLength: cols, maxLength: cols }),
					forced: fc.integer({ min: 0, max: cols - 1 })
				}),
				{ minLength: rows, maxLength: rows }
			)
		)
		.map((rows) => ({
			scores: rows.map((r) => r.scores),
			mask: rows.map((r) => r.visible.map((v, k) => v || k === r.forced))
		}));

	it('gives masked keys weight exactly 0, weights in [0, 1] and rows summing to 1', () => {
		fc.assert(
			fc.property(scoredMask, ({ scores, mask }) => {
				const weights = maskedSoftmax(scores, mask);
				expect(weights).toHaveLength(mask.length);
				weights.forEach((row, q) => {
					expect(row).toHaveLength(mask[q].length);
					row.forEach((w, k) => {
						if (!mask[q][k]) expect(Object.is(w, 0)).toBe(true);
						expect(w).toBeGreaterThanOrEqual(0);
						expect(w).toBeLessThanOrEqual(1);
					});
					const sum = row.reduce((a, b) => a + b, 0);
					expect(Math.abs(sum - 1)).toBeLessThanOrEqual(1e-9);
				});
			})
		);
	});
	it('gives a higher score at least as much weight within a row', () => {
		fc.assert(
			fc.property(scoredMask, ({ scores, mask }) => {
				const weights = maskedSoftmax(scores, mask);
				scores.forEach((row, q) =>
					row.forEach((a, i) =>
						row.forEach((b, j) => {
							if (mask[q][i] && mask[q][j] && a > b) expect(weights[q][i]).toBeGreaterThanOrEqual(weights[q][j]);
						})
					)
				);
			})
		);
	});
	it('spreads equal scores uniformly over the visible keys', () => {
		fc.assert(
			fc.property(scoredMask, score, ({ mask }, c) => {
				const weights = maskedSoftmax(
					mask.map((row) => row.map(() => c)),
					mask
				);
				weights.forEach((row, q) => {
					const visible = mask[q].filter(Boolean).length;
					row.forEach((w, k) => expect(w).toBeCloseTo(mask[q][k] ? 1 / visible : 0, 12));
				});
			})
		);
	});
	it('matches a hand-computed example', () => {
		const [row] = maskedSoftmax([[0, Math.log(3), 99]], [[T, T, F]]);
		expect(row[0]).toBeCloseTo(0.25, 12);
		expect(row[1]).toBeCloseTo(0.75, 12);
		expect(row[2]).toBe(0);
	});
	it('stays finite for scores whose exponentials overflow', () => {
		const weights = maskedSoftmax(
			[
				[1000, 0, -1000],
				[1000, 1000, 5]
			],
			[
				[T, T, T],
				[T, T, F]
			]
		);
		for (const w of weights.flat()) expect(Number.isFinite(w)).toBe(true);
		expect(weights[0][0]).toBe(1);
		expect(weights[0][1]).toBe(0);
		expect(weights[1]).toEqual([0.5, 0.5, 0]);
	});
	it('ignores scores at masked positions, even -Infinity or NaN', () => {
		expect(maskedSoftmax([[2, -Infinity, NaN]], [[T, F, F]])).toEqual([[1, 0, 0]]);
	});
	it('throws a RangeError naming the row when a row has no visible key', () => {
		const scores = [
			[1, 2],
			[3, 4],
			[5, 6]
		];
		const call = () => maskedSoftmax(scores, [[T, F], [T, T], [F, F]]);
		expect(call).toThrow(RangeError);
		expect(call).toThrow(/row 2\b/);
		expect(() => maskedSoftmax([[]], [[]])).toThrow(/row 0\b/);
	});
	it('throws a RangeError on shape mismatch', () => {
		expect(() => maskedSoftmax([[1, 2]], [[T, T], [T, T]])).toThrow(RangeError);
		expect(() => maskedSoftmax([[1, 2], [3, 4]], [[T, T]])).toThrow(RangeError);
		expect(() => maskedSoftmax([[1, 2], [3]], [[T, T], [T, T]])).toThrow(/row 1\b/);
		expect(() => maskedSoftmax([[1, 2, 3]], [[T, T]])).toThrow(RangeError);
	});
	it('throws a RangeError for a non-finite visible score', () => {
		for (const bad of [NaN, Infinity, -Infinity]) {
			expect(() => maskedSoftmax([[0, 0], [0, bad]], [[T, T], [T, T]])).toThrow(RangeError);
			expect(() => maskedSoftmax([[0, 0], [0, bad]], [[T, T], [T, T]])).toThrow(/row 1\b/);
		}
	});
});

describe('argument validation', () => {
	type Case = { label: string; name: string; min: number; max: number; call: (v: number) => unknown };
	const N = 5;
	const cases: Case[] = [
		{ label: 'fullMask n', name: 'n', min: 0, max: MAX_TOKENS, call: (v) => fullMask(v) },
		{ label: 'causalMask n', name: 'n', min: 0, max: MAX_TOKENS, call: (v) => causalMask(v) },
		{ label: 'prefixMask n', name: 'n', min: 0, max: MAX_TOKENS, call: (v) => prefixMask(v, 0) },
		{ label: 'prefixMask prefixLength', name: 'prefixLength', min: 0, max: N, call: (v) => prefixMask(N, v) },
		{ label: 'slidingWindowMask n', name: 'n', min: 0, max: MAX_TOKENS, call: (v) => slidingWindowMask(v, 1) },
		{ label: 'slidingWindowMask window', name: 'window', min: 1, max: MAX_TOKENS, call: (v) => slidingWindowMask(N, v) },
		{
			label: 'encoderDecoderMasks sourceLength',
			name: 'sourceLength',
			min: 0,
			max: MAX_TOKENS,
			call: (v) => encoderDecoderMasks(v, 1)
		},
		{
			label: 'encoderDecoderMasks targetLength',
			name: 'targetLength',
			min: 0,
			max: MAX_TOKENS,
			call: (v) => encoderDecoderMasks(1, v)
		},
		{
			label: 'combinedEncoderDecoderMask sourceLength',
			name: 'sourceLength',
			min: 0,
			max: MAX_TOKENS,
			call: (v) => combinedEncoderDecoderMask(v, 1)
		},
		{
			label: 'combinedEncoderDecoderMask targetLength',
			name: 'targetLength',
			min: 0,
			max: MAX_TOKENS,
			call: (v) => combinedEncoderDecoderMask(1, v)
		}
	];

	describe.each(cases)('$label', ({ name, min, max, call }) => {
		const bad = [
			...new Set([-1, min - 1, 1.5, NaN, Infinity, -Infinity, max + 1]),
			'3' as unknown as number,
			undefined as unknown as number
		];
		it.each(bad)('rejects %s with a RangeError naming the argument and its range', (v) => {
			const got = typeof v === 'string' ? JSON.stringify(v) : String(v);
			expect(() => call(v)).toThrow(RangeError);
			expect(() => call(v)).toThrow(`${name} must be an integer from ${min} to ${max} (got ${got})`);
		});
		it(`accepts ${min} and ${max}`, () => {
			expect(() => call(min)).not.toThrow();
			expect(() => call(max)).not.toThrow();
		});
	});

	it('rejects a prefix one longer than the sequence, with the documented message', () => {
		expect(() => prefixMask(5, 7)).toThrow(new RangeError('prefixLength must be an integer from 0 to 5 (got 7)'));
		expect(() => prefixMask(3, 4)).toThrow('prefixLength must be an integer from 0 to 3 (got 4)');
	});
	it('rejects window 0', () => {
		expect(() => slidingWindowMask(4, 0)).toThrow('window must be an integer from 1 to 1024 (got 0)');
	});
	it('builds causalMask(MAX_TOKENS) with MAX_TOKENS rows', () => {
		const m = causalMask(MAX_TOKENS);
		expect(m).toHaveLength(1024);
		expect(m[1023]).toHaveLength(1024);
		expect(m[1023].every(Boolean)).toBe(true);
		expect(countVisible([m[0]])).toBe(1);
	});
});

describe('visibleRuns', () => {
	it('finds every run of visible keys, and agrees with a cell-by-cell count', async () => {
		const { visibleRuns, countVisible } = await import('./masks');
		expect(visibleRuns([])).toEqual([]);
		expect(visibleRuns([false, false])).toEqual([]);
		expect(visibleRuns([true, false, true, true])).toEqual([
			[0, 1],
			[2, 4]
		]);
		fc.assert(
			fc.property(fc.array(fc.array(fc.boolean(), { minLength: 0, maxLength: 20 }), { maxLength: 20 }), (mask) => {
				const byCell = mask.flat().filter(Boolean).length;
				expect(countVisible(mask)).toBe(byCell);
				for (const row of mask) {
					const cells = new Array(row.length).fill(false);
					for (const [from, to] of visibleRuns(row)) cells.fill(true, from, to);
					expect(cells).toEqual(row);
				}
			})
		);
	});
});
