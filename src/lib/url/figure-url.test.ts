import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('$app/navigation', () => ({ pushState: () => {}, replaceState: () => {} }));
const { FigureUrl, URL_DEBOUNCE_MS } = await import('./figure-url');

/** An address bar with a history list, as the browser keeps it. */
function fakeBar(start: string) {
	const entries = [start];
	let at = 0;
	const url = () => new URL(entries[at], 'https://example.org');
	return {
		entries,
		now: () => entries[at],
		back: () => (at = Math.max(0, at - 1)),
		bar: {
			location: () => ({ pathname: url().pathname, search: url().search, hash: url().hash }),
			push: (href: string) => {
				entries.splice(at + 1, entries.length, href);
				at += 1;
			},
			replace: (href: string) => (entries[at] = href)
		}
	};
}

describe('FigureUrl', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('writes its own keys, keeps other figures’ keys and the hash, and drops keys back at their defaults', () => {
		const address = fakeBar('/en/lab/?kv-step=3&arch=prefix#figure');
		let mine = new URLSearchParams('arch=causal&prefix=2');
		const url = new FigureUrl(['arch', 'prefix'], () => mine, address.bar);
		url.write('push');
		expect(address.now()).toBe('/en/lab/?kv-step=3&arch=causal&prefix=2#figure');
		mine = new URLSearchParams();
		url.write('push');
		expect(address.now()).toBe('/en/lab/?kv-step=3#figure');
	});

	it('a choice adds a history entry, and none when nothing changed', () => {
		const address = fakeBar('/en/lab/');
		let mine = new URLSearchParams('arch=prefix');
		const url = new FigureUrl(['arch'], () => mine, address.bar);
		url.write('push');
		url.write('push');
		expect(address.entries).toEqual(['/en/lab/', '/en/lab/?arch=prefix']);
		mine = new URLSearchParams('arch=causal');
		url.write('push');
		expect(address.entries).toHaveLength(3);
	});

	it('a slider rewrites the current entry once it pauses, with the last value', () => {
		const address = fakeBar('/en/lab/');
		let step = 1;
		const url = new FigureUrl(['step'], () => new URLSearchParams({ step: String(step) }), address.bar);
		for (step = 1; step <= 5; step++) url.write('replace');
		step = 5;
		vi.advanceTimersByTime(URL_DEBOUNCE_MS - 1);
		expect(address.entries).toEqual(['/en/lab/']);
		vi.advanceTimersByTime(1);
		expect(address.entries).toEqual(['/en/lab/?step=5']);
	});

	it('a choice right after a slider keeps the slider’s value in the entry it leaves, so back returns to it', () => {
		const address = fakeBar('/en/lab/');
		const settings = { step: '2', arch: 'causal' };
		const url = new FigureUrl(['step', 'arch'], () => new URLSearchParams(settings), address.bar);
		settings.step = '4';
		url.write('replace');
		settings.arch = 'prefix';
		url.write('push');
		vi.runAllTimers();
		expect(address.entries).toEqual(['/en/lab/?step=4&arch=causal', '/en/lab/?step=4&arch=prefix']);
		address.back();
		expect(address.now()).toBe('/en/lab/?step=4&arch=causal');
	});

	it('never writes onto another page, and writes nothing after destroy', () => {
		const address = fakeBar('/en/lab/');
		const url = new FigureUrl(['step'], () => new URLSearchParams('step=3'), address.bar);
		url.write('replace');
		address.bar.push('/zh/');
		vi.runAllTimers();
		expect(address.entries).toEqual(['/en/lab/', '/zh/']);
		const other = fakeBar('/en/lab/');
		const leaving = new FigureUrl(['step'], () => new URLSearchParams('step=3'), other.bar);
		leaving.write('replace');
		leaving.destroy();
		vi.runAllTimers();
		expect(other.entries).toEqual(['/en/lab/']);
	});
});
