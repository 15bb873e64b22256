import { TOKENIZER_NAMES } from '$lib/tokenizers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARCHITECTURES, defaultSettings, MAX_TEXT_CHARS, readSettings, writeSettings, type MaskSettings } from './settings';

const defaults = defaultSettings('en');
const read = (query: string) => readSettings(new URLSearchParams(query), defaults);

describe('readSettings', () => {
	it('gives the defaults for an empty query', () => {
		expect(read('')).toEqual({ settings: defaults, problems: [] });
	});

	it('reads every setting', () => {
		const { settings, problems } = read('arch=sliding&tok=gpt2&input=a+b&target=c&prefix=2&window=5&view=compare&style=unilm&joined=true');
		expect(problems).toEqual([]);
		expect(settings).toEqual({ arch: 'sliding', tokenizer: 'gpt2', input: 'a b', target: 'c', prefix: 2, window: 5, view: 'compare', style: 'unilm', joined: true });
	});

	it.each([
		['arch=transformer', 'arch', 'unknown'],
		['view=both', 'view', 'unknown'],
		['tok=bert', 'tok', 'unknown'],
		['tok=%3Cscript%3E', 'tok', 'unknown'],
		['style=', 'style', 'unknown'],
		['prefix=-1', 'prefix', 'not-integer'],
		['prefix=1.5', 'prefix', 'not-integer'],
		['prefix=NaN', 'prefix', 'not-integer'],
		['prefix=1e3', 'prefix', 'not-integer'],
		['window=0', 'window', 'out-of-range'],
		['window=99999', 'window', 'out-of-range'],
		['window=%20', 'window', 'not-integer']
	])('falls back on %s and reports it', (query, key, reason) => {
		const { settings, problems } = read(query);
		expect(problems).toEqual([expect.objectContaining({ key, reason })]);
		expect(settings[key as keyof MaskSettings]).toEqual(defaults[key as keyof MaskSettings]);
	});

	it('cuts text past the limit without splitting a surrogate pair', () => {
		const { settings, problems } = read(`input=${encodeURIComponent('a'.repeat(MAX_TEXT_CHARS - 1) + '😀😀')}`);
		expect(problems).toEqual([expect.objectContaining({ key: 'input', reason: 'too-long' })]);
		expect(settings.input).toBe('a'.repeat(MAX_TEXT_CHARS - 1));
	});

	it('takes the first of repeated keys and never throws on any query', () => {
		expect(read('arch=prefix&arch=sliding').settings.arch).toBe('prefix');
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (query) => {
				const { settings } = readSettings(new URLSearchParams(query), defaults);
				expect(ARCHITECTURES).toContain(settings.arch);
				expect(Number.isInteger(settings.window) && settings.window >= 1).toBe(true);
				expect(settings.prefix === null || (Number.isInteger(settings.prefix) && settings.prefix >= 0)).toBe(true);
			})
		);
	});
});

describe('writeSettings', () => {
	it('leaves out defaults, so the default figure has a bare address', () => {
		expect(writeSettings(defaults, defaults).toString()).toBe('');
		expect(writeSettings({ ...defaults, arch: 'prefix' }, defaults).toString()).toBe('arch=prefix');
	});

	it('writes both texts when either changes', () => {
		const params = writeSettings({ ...defaults, input: 'hello' }, defaults);
		expect(params.get('input')).toBe('hello');
		expect(params.get('target')).toBe(defaults.target);
	});

	it('round-trips any settings through the query string', () => {
		const settingsArbitrary = fc.record({
			arch: fc.constantFrom(...ARCHITECTURES),
			tokenizer: fc.constantFrom(...TOKENIZER_NAMES),
			input: fc.string({ maxLength: 50 }),
			target: fc.string({ maxLength: 50 }),
			prefix: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: null }),
			window: fc.integer({ min: 1, max: 1024 }),
			view: fc.constantFrom('single' as const, 'compare' as const),
			style: fc.constantFrom('t5' as const, 'unilm' as const),
			joined: fc.boolean()
		});
		fc.assert(
			fc.property(settingsArbitrary, fc.constantFrom<Partial<MaskSettings>>({}, { view: 'compare' }, { prefix: 3 }), (settings, start) => {
				const base = defaultSettings('zh', start);
				const query = writeSettings(settings, base).toString();
				expect(readSettings(new URLSearchParams(query), base)).toEqual({ settings, problems: [] });
			})
		);
	});
	it('reads the joined view as true or false, and reports anything else', () => {
		const base = defaultSettings('en');
		expect(readSettings(new URLSearchParams('joined=true'), base).settings.joined).toBe(true);
		expect(readSettings(new URLSearchParams('joined=yes'), base)).toMatchObject({ settings: { joined: false }, problems: [{ key: 'joined', reason: 'unknown' }] });
	});
});
