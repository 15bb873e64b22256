import { describe, expect, it } from 'vitest';
import { defaultSettings, readSettings, writeSettings, type LmSettings } from './settings';

const defaults = defaultSettings('en');
const read = (query: string) => readSettings(new URLSearchParams(query), defaults);

describe('tiny-LM settings in the URL', () => {
	it('defaults write an empty query', () => {
		expect(writeSettings(defaults, defaults).toString()).toBe('');
	});
	it('round-trips every setting', () => {
		const changed: LmSettings = {
			corpus: 'paste',
			paste: 'hello 👋 world',
			lr: 0.03,
			opt: 'sgd',
			batch: 32,
			seed: 42,
			objective: 'span',
			text: 'a b c',
			prefix: 2,
			rule: 'top-p',
			temperature: 0.7,
			k: 9,
			p: 0.55,
			draw: 3,
			context: '👋',
			unit: 'bits'
		};
		const { settings, problems } = read(writeSettings(changed, defaults).toString());
		expect(problems).toEqual([]);
		expect(settings).toEqual(changed);
	});
	it('garbage falls back to defaults with a problem each', () => {
		const { settings, problems } = read('corpus=x&lr=0.5&opt=&seed=-1&obj=%3Cscript%3E&temp=1e3&k=0&p=2&prefix=2.5&decode=beam&ctx=ab&unit=nat&batch=7');
		expect(settings).toEqual(defaults);
		expect(problems.map((p) => p.key).sort()).toEqual(['batch', 'corpus', 'ctx', 'decode', 'k', 'lr', 'obj', 'opt', 'p', 'prefix', 'seed', 'temp', 'unit']);
	});
	it('cuts long texts and says so; a long paste stays out of the link', () => {
		const long = read(`text=${'x'.repeat(500)}`);
		expect(long.settings.text).toHaveLength(80);
		expect(long.problems[0].reason).toBe('too-long');
		expect(writeSettings({ ...defaults, corpus: 'paste', paste: 'y'.repeat(3000) }, defaults).has('paste')).toBe(false);
		expect(read(`paste=${'y'.repeat(3000)}`).settings.paste).toBe('');
	});
});
