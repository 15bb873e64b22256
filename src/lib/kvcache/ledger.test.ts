import { describe, expect, it } from 'vitest';
import { causalMask, countVisible, prefixMask } from '$lib/attention/masks';
import { cellState, ledger, LEDGER_ARCHS, stepCount, turnTotals, type Conversation } from './ledger';

const ONE: Conversation = { turns: 1, user: 3, answer: 2 };
const THREE: Conversation = { turns: 3, user: 3, answer: 2 };
const pick = (steps: ReturnType<typeof ledger>) => steps.map((s) => [s.delta.scores, s.delta.stored, s.delta.fromCache, s.delta.recomputed]);

describe('one turn, prompt 3 + answer 2 (worked by hand)', () => {
	it('decoder-only: 1+2+3 scores in prefill, then 4, then 5; 5 K/V pairs stored, none recomputed', () => {
		const steps = ledger('decoder', ONE);
		expect(pick(steps)).toEqual([
			[6, 3, 0, 0],
			[4, 1, 3, 0],
			[5, 1, 4, 0]
		]);
		expect(steps.at(-1)!.total).toEqual({ scores: 15, stored: 5, fromCache: 7, recomputed: 0 });
	});
	it('prefix LM: 3 x 3 bidirectional prefill, then 4, then 5', () => {
		expect(pick(ledger('prefix', ONE))).toEqual([
			[9, 3, 0, 0],
			[4, 1, 3, 0],
			[5, 1, 4, 0]
		]);
	});
	it('encoder-decoder: 3 x 3 encoder, then 3 cross + 1 self, then 3 cross + 2 self', () => {
		expect(pick(ledger('encdec', ONE))).toEqual([
			[9, 3, 0, 0],
			[4, 1, 3, 0],
			[5, 1, 4, 0]
		]);
	});
	it('scores over a whole turn equal the visible cells of the mask module', () => {
		expect(ledger('decoder', ONE).at(-1)!.total.scores).toBe(countVisible(causalMask(5)));
		expect(ledger('prefix', ONE).at(-1)!.total.scores).toBe(countVisible(prefixMask(5, 3)));
	});
});

describe('three turns of 3 + 2 tokens', () => {
	it('decoder-only keeps its cache: scores are those of one causal pass over 15 tokens, nothing recomputed', () => {
		const totals = turnTotals('decoder', THREE);
		expect(totals.map((t) => t.scores)).toEqual([15, 55, 120]);
		expect(totals.map((t) => t.recomputed)).toEqual([0, 0, 0]);
		expect(totals.map((t) => t.stored)).toEqual([5, 10, 15]);
	});
	it('prefix LM recomputes the growing prefix: 8 x 8 then 13 x 13 prefill, 5 then 10 K/V pairs recomputed', () => {
		const totals = turnTotals('prefix', THREE);
		// turn 2: 64 + 9 + 10 = 83; turn 3: 169 + 14 + 15 = 198
		expect(totals.map((t) => t.scores)).toEqual([18, 18 + 83, 18 + 83 + 198]);
		expect(totals.map((t) => t.recomputed)).toEqual([0, 5, 15]);
	});
	it('encoder-decoder re-encodes the conversation: same counts as the prefix LM here', () => {
		expect(turnTotals('encdec', THREE)).toEqual(turnTotals('prefix', THREE));
	});
	it('decoder-only prefill of turn 2 reads 5 cached pairs and scores 6+7+8', () => {
		const step = ledger('decoder', THREE)[3];
		expect(step).toMatchObject({ turn: 2, kind: 'prefill', rows: [5, 8], delta: { scores: 21, stored: 3, fromCache: 5, recomputed: 0 } });
	});
});

describe('cells', () => {
	it('count of scored cells in a step equals the step delta, for every architecture and step', () => {
		for (const arch of LEDGER_ARCHS) {
			for (const step of ledger(arch, THREE)) {
				let scored = 0;
				for (let q = 0; q < step.length; q++)
					for (let k = 0; k < step.length; k++) if (['new', 'cache', 'recompute'].includes(cellState(arch, step, q, k, THREE))) scored++;
				expect(scored, `${arch} step ${step.index}`).toBe(step.delta.scores);
			}
		}
	});
	it('labels cached, new, recomputed, past, future and blocked cells', () => {
		const dec = ledger('decoder', THREE)[3]; // turn 2 prefill, rows 5..7
		expect(cellState('decoder', dec, 5, 0, THREE)).toBe('cache');
		expect(cellState('decoder', dec, 6, 5, THREE)).toBe('new');
		expect(cellState('decoder', dec, 5, 6, THREE)).toBe('blocked');
		expect(cellState('decoder', dec, 8, 0, THREE)).toBe('future');
		const pre = ledger('prefix', THREE)[3];
		expect(cellState('prefix', pre, 0, 7, THREE)).toBe('new');
		expect(cellState('prefix', pre, 0, 4, THREE)).toBe('recompute');
		expect(cellState('prefix', pre, 2, 8, THREE)).toBe('blocked');
		const decode = ledger('prefix', THREE)[4];
		expect(cellState('prefix', decode, 3, 0, THREE)).toBe('past');
	});
	it('step counts and bad sizes', () => {
		expect(stepCount(THREE)).toBe(9);
		expect(ledger('decoder', THREE)).toHaveLength(9);
		expect(() => ledger('decoder', { turns: 0, user: 3, answer: 2 })).toThrow(RangeError);
		expect(() => ledger('decoder', { turns: 1, user: 2.5, answer: 2 })).toThrow(/user/);
	});
});
