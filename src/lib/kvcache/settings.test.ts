import { describe, expect, it } from 'vitest';
import { readFields, writeFields } from '$lib/url/fields';
import { EVIDENCE_SCHEMA, LEDGER_SCHEMA, MEMORY_SCHEMA, RANK_SCHEMA } from './settings';

const read = <T extends object>(schema: Parameters<typeof readFields<T>>[0], query: string) => readFields(schema, new URLSearchParams(query));

describe('figure URL settings', () => {
	it('round-trips non-default settings and leaves other keys alone', () => {
		const settings = { ...LEDGER_SCHEMA.defaults, arch: 'prefix' as const, step: 4, user: 2 };
		const params = writeFields(LEDGER_SCHEMA, settings, new URLSearchParams('arch=causal&kv-turns=2'));
		expect(params.toString()).toBe('arch=causal&kv-arch=prefix&kv-user=2&kv-step=4');
		expect(read(LEDGER_SCHEMA, params.toString())).toEqual({ settings, problems: [] });
	});
	it('defaults write nothing', () => {
		expect(writeFields(RANK_SCHEMA, RANK_SCHEMA.defaults, new URLSearchParams()).toString()).toBe('');
	});
	it('bad values fall back with a problem each', () => {
		const { settings, problems } = read(RANK_SCHEMA, 'rank-n=1e3&rank-d=65&rank-mask=%3Cscript%3E&rank-scale=NaN&rank-seed=-1');
		expect(settings).toEqual(RANK_SCHEMA.defaults);
		expect(problems.map((p) => [p.key, p.reason])).toEqual([
			['rank-n', 'not-integer'],
			['rank-d', 'out-of-range'],
			['rank-seed', 'not-integer'],
			['rank-mask', 'unknown'],
			['rank-scale', 'unknown']
		]);
	});
	it('cross-field checks: step past the end, prefix past n, context not a power of two', () => {
		expect(read(LEDGER_SCHEMA, 'kv-turns=1&kv-answer=2&kv-step=4').settings.step).toBe(0);
		expect(read(LEDGER_SCHEMA, 'kv-turns=1&kv-answer=2&kv-step=3').settings.step).toBe(3);
		const rank = read(RANK_SCHEMA, 'rank-n=4&rank-prefix=9');
		expect(rank.settings).toMatchObject({ n: 4, prefix: 4 });
		expect(rank.problems).toEqual([{ key: 'rank-prefix', value: '9', reason: 'out-of-range' }]);
		expect(read(MEMORY_SCHEMA, 'mem-ctx=5000').problems).toHaveLength(1);
		expect(read(MEMORY_SCHEMA, 'mem-ctx=131072').settings.context).toBe(131072);
	});
	it('reads scales and framings', () => {
		expect(read(RANK_SCHEMA, 'rank-scale=0.25').settings.scale).toBe(0.25);
		expect(read(EVIDENCE_SCHEMA, 't5-frame=compute').settings.framing).toBe('compute');
	});
});
