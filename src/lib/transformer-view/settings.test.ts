import { describe, expect, it } from 'vitest';
import { defaultSettings, MAX_VIEW_TOKENS, readSettings, writeSettings } from './settings';

describe('transformer settings in the URL', () => {
	const defaults = defaultSettings('en');
	it('round-trips every setting', () => {
		const changed = { ...defaults, text: 'héllo wörld', prefix: 4, layer: 1, head: 2, train: 'prefix' as const, seed: 7, prompt: 'Hi', rule: 'sample' as const, drawSeed: 3, toy: '951' };
		const { settings, problems } = readSettings(writeSettings(changed, defaults), defaults);
		expect(settings).toEqual(changed);
		expect(problems).toEqual([]);
	});
	it('writes nothing for the defaults', () => {
		expect(writeSettings(defaults, defaults).toString()).toBe('');
	});
	it('falls back to defaults and names each bad value', () => {
		const { settings, problems } = readSettings(new URLSearchParams('tf-train=sideways&tf-layer=-1&tf-seed=1e9&tf-head=99999&tf-decode=<b>'), defaults);
		expect(settings).toEqual(defaults);
		// In the order of the figure's settings.
		expect(problems.map((p) => [p.key, p.reason])).toEqual([
			['tf-layer', 'not-integer'],
			['tf-head', 'out-of-range'],
			['tf-train', 'unknown'],
			['tf-seed', 'not-integer'],
			['tf-decode', 'unknown']
		]);
	});
	it('cuts text past the viewer’s limit and says so', () => {
		const long = 'x'.repeat(MAX_VIEW_TOKENS + 10);
		const { settings, problems } = readSettings(new URLSearchParams({ 'tf-text': long }), defaults);
		expect([...settings.text].length).toBe(MAX_VIEW_TOKENS);
		expect(problems[0]).toMatchObject({ key: 'tf-text', reason: 'too-long' });
	});
	it('keeps other figures’ keys out of its own', () => {
		const { settings } = readSettings(new URLSearchParams('text=abc&seed=5'), defaults);
		expect(settings).toEqual(defaults);
	});
});
