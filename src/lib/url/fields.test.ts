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
	it('never quotes half of an emoji', () => {
		const value = `${'x'.repeat(39)}👍tail`;
		expect(read(`d-mode=${encodeURIComponent(value)}`).problems[0].value).toBe('x'.repeat(39));
		expect(read(`d-mode=${encodeURIComponent(`${'x'.repeat(38)}👍tail`)}`).problems[0].value).toBe(`${'x'.repeat(38)}👍`);
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
	it('reports a cross-field reset with the schema’s own reason when it gives one', () => {
		const schema: Schema<Demo> = { ...DEMO, crossReason: 'unknown' };
		expect(readFields(schema, new URLSearchParams('d-mode=b&d-count=7')).problems).toEqual([{ key: 'd-count', value: '7', reason: 'unknown' }]);
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

/** A schema with the other kinds of field: real numbers, yes/no, lists, settings that may be empty, text that is only
 * used whole, settings written together, a setting not always written, and a retired key. */
interface Wide {
	rate: number;
	on: boolean;
	flag: boolean;
	tags: string[];
	prefix: number | null;
	pick: string | null;
	input: string;
	target: string;
	paste: string;
	source: 'typed' | 'paste';
}
const W: Schema<Wide> = {
	fields: {
		rate: { kind: 'real', key: 'rate', min: -2, max: 1e9 },
		on: { kind: 'bool', key: 'on' },
		flag: { kind: 'bool', key: 'flag', words: ['yes', 'no'] },
		tags: { kind: 'list', key: 'tags', values: ['a', 'b', 'c'] },
		prefix: { kind: 'int', key: 'prefix', min: 0, max: 99, nullable: true },
		pick: { kind: 'enum', key: 'pick', values: ['x', 'y'], nullable: true },
		input: { kind: 'text', key: 'in', cut },
		target: { kind: 'text', key: 'out', cut },
		paste: { kind: 'text', key: 'paste', cut, whenCut: 'ignore' },
		source: { kind: 'enum', key: 'src', values: ['typed', 'paste'] }
	},
	defaults: { rate: 1, on: false, flag: true, tags: ['a', 'b', 'c'], prefix: null, pick: null, input: 'in', target: 'out', paste: '', source: 'typed' },
	together: [['input', 'target']],
	unwritten: (s) => (s.source === 'paste' ? [] : ['paste']),
	retired: ['old']
};
const readW = (query: string) => readFields(W, new URLSearchParams(query));

describe('readFields: the other kinds', () => {
	it('reads real numbers with sign, decimals and exponent, and names what is not a number or out of range', () => {
		expect(readW('rate=2e3').settings.rate).toBe(2000);
		expect(readW('rate=%20-0.5%20').settings.rate).toBe(-0.5);
		expect(readW('rate=.25').settings.rate).toBe(0.25);
		for (const bad of ['abc', 'Infinity', 'NaN', '1,5', '0x10', '', '--1'])
			expect(readW(`rate=${encodeURIComponent(bad)}`)).toEqual({ settings: W.defaults, problems: [{ key: 'rate', value: bad, reason: 'not-number' }] });
		for (const far of ['-3', '1e10', '1e999'])
			expect(readW(`rate=${far}`)).toEqual({ settings: W.defaults, problems: [{ key: 'rate', value: far, reason: 'out-of-range' }] });
	});
	it('reads yes/no in its own words only', () => {
		expect(readW('on=true&flag=no').settings).toMatchObject({ on: true, flag: false });
		expect(readW('on=yes&flag=true').problems).toEqual([
			{ key: 'on', value: 'yes', reason: 'unknown' },
			{ key: 'flag', value: 'true', reason: 'unknown' }
		]);
	});
	it('reads a list in its own order, keeps the known items, names each unknown one; empty is none', () => {
		expect(readW('tags=c,a')).toEqual({ settings: { ...W.defaults, tags: ['a', 'c'] }, problems: [] });
		expect(readW('tags=b,<b>,zz,b')).toEqual({
			settings: { ...W.defaults, tags: ['b'] },
			problems: [
				{ key: 'tags', value: '<b>', reason: 'unknown' },
				{ key: 'tags', value: 'zz', reason: 'unknown' }
			]
		});
		expect(readW('tags=').settings.tags).toEqual([]);
	});
	it('reads the empty value as null where a setting may be empty, and only there', () => {
		expect(readW('prefix=4&pick=y').settings).toMatchObject({ prefix: 4, pick: 'y' });
		const embedded = { ...W.defaults, prefix: 3, pick: 'x' };
		expect(readFields(W, new URLSearchParams('prefix=&pick='), embedded)).toEqual({ settings: { ...embedded, prefix: null, pick: null }, problems: [] });
		expect(readW('src=').problems).toEqual([{ key: 'src', value: '', reason: 'unknown' }]);
		expect(readW('prefix=1.5').problems).toEqual([{ key: 'prefix', value: '1.5', reason: 'not-integer' }]);
	});
	it('does not use text that is only used whole when it is too long, and says so', () => {
		expect(readW('paste=abcdefgh')).toEqual({ settings: W.defaults, problems: [{ key: 'paste', value: 'abcdefgh', reason: 'too-long' }] });
		expect(readW('paste=abc').settings.paste).toBe('abc');
	});
	it('tells an old link its retired key is ignored', () => {
		expect(readW('old=4&on=true')).toEqual({ settings: { ...W.defaults, on: true }, problems: [{ key: 'old', value: '4', reason: 'retired' }] });
	});
});

describe('writeFields: the other kinds', () => {
	it('round-trips every kind and writes each in its own words', () => {
		const settings: Wide = { rate: -0.05, on: true, flag: false, tags: ['b'], prefix: 7, pick: 'x', input: 'a b', target: '', paste: 'p', source: 'paste' };
		const params = writeFields(W, settings);
		expect(params.toString()).toBe('rate=-0.05&on=true&flag=no&tags=b&prefix=7&pick=x&in=a+b&out=&paste=p&src=paste');
		expect(readFields(W, params)).toEqual({ settings, problems: [] });
	});
	it('compares lists by their items, and writes an empty list as the empty value', () => {
		expect(writeFields(W, { ...W.defaults, tags: ['a', 'b', 'c'] }).toString()).toBe('');
		expect(writeFields(W, { ...W.defaults, tags: [] }).toString()).toBe('tags=');
		expect(readFields(W, writeFields(W, { ...W.defaults, tags: [] })).settings.tags).toEqual([]);
	});
	it('writes null as the empty value when it differs from the default', () => {
		const embedded = { ...W.defaults, prefix: 3 };
		const params = writeFields(W, { ...embedded, prefix: null }, undefined, embedded);
		expect(params.toString()).toBe('prefix=');
		expect(readFields(W, params, embedded).settings.prefix).toBeNull();
	});
	it('writes settings that travel together as a group, and leaves out what is not written', () => {
		expect(writeFields(W, { ...W.defaults, input: 'new' }).toString()).toBe('in=new&out=out');
		expect(writeFields(W, { ...W.defaults, paste: 'kept out' }).toString()).toBe('');
		expect(writeFields<Wide>(W, { ...W.defaults, paste: 'kept in', source: 'paste' }).toString()).toBe('paste=kept+in&src=paste');
	});
	it('drops retired keys and its own stale keys, and keeps every other figure’s keys', () => {
		expect(writeFields(W, W.defaults, new URLSearchParams('old=4&arch=prefix&on=true')).toString()).toBe('arch=prefix');
		expect(fieldKeys(W)).toEqual(['rate', 'on', 'flag', 'tags', 'prefix', 'pick', 'in', 'out', 'paste', 'src', 'old']);
	});
});
