// Hostile URLs for the tiny-LM figure: a couple of hundred seeded random and malformed query strings. Nothing may
// throw, log an error, print NaN or Infinity, or put markup in the page; bad values come with a note.
import { expect, test } from '@playwright/test';
import { figuresLive, watchPage, randomQueries, statesAfterQueries } from './site';

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
	const queries = randomQueries(20261128, 200, KEYS, VALUES);
	const states = await statesAfterQueries(page, queries, () => {
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
	/** Whether the query asks for an objective the figure does not have (so it must say so). */
	const badObjective = (query: string) =>
		query
			.slice(1)
			.split('&')
			.some((p) => {
				const [k, v] = p.split('=').map((x) => {
					try {
						return decodeURIComponent(x);
					} catch {
						return x;
					}
				});
				return k === 'obj' && !['causal', 'prefix', 'masked', 'span', 'instruction'].includes(v);
			});
	// One assertion for all, naming each query that failed and how: Playwright records every expect as a step.
	const failures = states.flatMap((state, i) => {
		const problems = [
			...state.numbers.filter((text) => /NaN|Infinity|undefined/.test(text)).map((text) => `number "${text}"`),
			...(state.injected ? [`${state.injected} injected elements`] : []),
			...(badObjective(queries[i]) && !state.note ? ['an unknown objective without a note'] : [])
		];
		return problems.length ? [`${queries[i]}: ${problems.join('; ')}`] : [];
	});
	expect(failures).toEqual([]);
	expect(queries.filter(badObjective).length, 'queries with an unknown objective').toBeGreaterThan(10);
	watch.expectClean();
});
