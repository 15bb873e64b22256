// Hostile URLs for the tiny-LM figure: a couple of hundred seeded random and malformed query strings. Nothing may
// throw, log an error, print NaN or Infinity, or put markup in the page; bad values come with a note.
import { expect, test } from '@playwright/test';
import { figuresLive, watchPage, randomQueries, replaceQuery } from './site';

const KEYS = ['corpus', 'paste', 'lr', 'opt', 'batch', 'seed', 'obj', 'text', 'prefix', 'decode', 'temp', 'k', 'p', 'draw', 'ctx', 'unit', 'x', ''];
const VALUES = [
	'zh', 'en', 'paste', 'adam', 'sgd', 'causal', 'prefix', 'masked', 'span', 'instruction', 'greedy', 'top-k', 'top-p',
	'temperature', 'bits', 'nats', '0', '1', '3', '0.5', '0.1', '256', '32', '-1', '1e309', '99999999999', 'NaN',
	'Infinity', '0x10', '2.5', ' 4', '', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>',
	'%00', '\u202e', '字'.repeat(50), '👩‍👩‍👧', 'e\u0301', 'a'.repeat(3000), '__proto__', 'constructor', 'javascript:alert(1)'
];

test('200 seeded random and malformed queries never break the tiny-LM figure', async ({ page }) => {
	test.setTimeout(180_000);
	const watch = watchPage(page);
	await page.goto('/en/lab/tiny-lm/');
	await figuresLive(page);
	for (const query of randomQueries(20261128, 200, KEYS, VALUES)) {
		await replaceQuery(page, query);
		const state = await page.evaluate(() => {
			const figure = document.querySelector('.tiny-lm-figure')!;
			const numbers = [...figure.querySelectorAll('[data-stat], [data-totals], [data-kept], [data-contributing], .nll, td[data-p], output')].map(
				(el) => el.textContent ?? ''
			);
			return {
				numbers,
				injected: figure.querySelectorAll('script, img, iframe, svg[onload]').length,
				note: figure.querySelector('[data-note="url"]') !== null
			};
		});
		// One assertion per query: Playwright records each expect as a step, and thousands of them slow the run down.
		expect(state.numbers.filter((text) => /NaN|Infinity|undefined/.test(text)), query).toEqual([]);
		expect(state.injected, query).toBe(0);
		const bad = query.slice(1).split('&').some((p) => {
			const [k, v] = p.split('=').map((x) => {
				try {
					return decodeURIComponent(x);
				} catch {
					return x;
				}
			});
			return k === 'obj' && !['causal', 'prefix', 'masked', 'span', 'instruction'].includes(v);
		});
		if (bad) expect(state.note, query).toBe(true);
	}
	watch.expectClean();
});
