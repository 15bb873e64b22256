import { describe, expect, it } from 'vitest';
import { fieldKeys, readFields, writeFields, type Schema } from './fields';

interface Demo {
	mode: 'a' | 'b';
	count: number;
	scale: number;
	note: string;
}
const cut = (raw: string) => ({ text: raw.slice(0, 5), cut: raw.length > 5 });
const DEMO: Schema<Demo> = {
	fields: {
		mode: { kind: 'enum', key: 'd-mode', values: ['a', 'b'] },
		count: { kind: 'int', key: 'd-count', min: 1, max: 9 },
		scale: { kind: 'number', key: 'd-scale', values: [0.5, 1, 2] },
		note: { kind: 'text', key: 'd-note', cut }
	},
	defaults: { mode: 'a', count: 3, scale: 1, note: 'hi' },
	cross: (s) => (s.mode === 'b' && s.count > 5 ? ['count'] : [])
};
const read = (query: string, defaults?: Demo) => readFields(DEMO, new URLSearchParams(query), defaults);

describe('readFields', () => {
	it('reads each kind of field over the defaults', () => {
		expect(read('d-mode=b&d-count=4&d-scale=0.5&d-note=yo').settings).toEqual({ mode: 'b', count: 4, scale: 0.5, note: 'yo' });
		expect(read('').settings).toEqual(DEMO.defaults);
	});
	it('falls back on every malformed value and names it, cut to 40 characters', () => {
		const { settings, problems } = read(`d-mode=${'<script>'.repeat(10)}&d-count=1e3&d-scale=NaN`);
		expect(settings).toEqual(DEMO.defaults);
		expect(problems).toEqual([
			{ key: 'd-mode', value: '<script>'.repeat(5), reason: 'unknown' },
			{ key: 'd-count', value: '1e3', reason: 'not-integer' },
			{ key: 'd-scale', value: 'NaN', reason: 'unknown' }
		]);
		expect(read('d-count=10').problems).toEqual([{ key: 'd-count', value: '10', reason: 'out-of-range' }]);
		expect(read('d-count=-1').problems[0].reason).toBe('not-integer');
		expect(read('d-count= 4').problems[0].reason).toBe('not-integer');
	});
	it('keeps text cut to its limit and says it was cut', () => {
		expect(read('d-note=abcdefgh')).toEqual({ settings: { ...DEMO.defaults, note: 'abcde' }, problems: [{ key: 'd-note', value: 'abcdefgh', reason: 'too-long' }] });
	});
	it('resets what a cross-field check rejects to its default', () => {
		expect(read('d-mode=b&d-count=7')).toEqual({
			settings: { ...DEMO.defaults, mode: 'b' },
			problems: [{ key: 'd-count', value: '7', reason: 'out-of-range' }]
		});
	});
	it('reads over other defaults when given (a figure embedded with its own starting point)', () => {
		const embedded = { ...DEMO.defaults, count: 8 };
		expect(read('d-scale=2', embedded).settings).toEqual({ ...embedded, scale: 2 });
		expect(read('d-count=2', embedded).settings).toEqual({ ...embedded, count: 2 });
	});
});

describe('writeFields', () => {
	it('writes only what differs from the defaults, keeps other keys, and reads back the same', () => {
		const settings: Demo = { mode: 'b', count: 3, scale: 2, note: 'x&y=z' };
		const params = writeFields(DEMO, settings, new URLSearchParams('other=1&d-count=9'));
		expect(params.toString()).toBe('other=1&d-mode=b&d-scale=2&d-note=x%26y%3Dz');
		expect(read(params.toString()).settings).toEqual(settings);
		expect(writeFields(DEMO, DEMO.defaults).toString()).toBe('');
	});
	it('lists every key it owns', () => {
		expect(fieldKeys(DEMO)).toEqual(['d-mode', 'd-count', 'd-scale', 'd-note']);
	});
});
