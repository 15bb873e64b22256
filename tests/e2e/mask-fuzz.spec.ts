// Hostile input for the attention-mask figure: hundreds of seeded random and malformed query strings, and odd text
// typed into both boxes. Nothing may throw, log an error, draw NaN or put markup in the page.
import { expect, test } from '@playwright/test';
import { figuresLive, watchPage, randomQueries, statesAfterQueries } from './site';

const KEYS = ['arch', 'tok', 'input', 'target', 'prefix', 'window', 'view', 'style', 'joined', 'x', ''];
const VALUES = [
	'causal', 'prefix', 'encoder-decoder', 'encoder', 'sliding', 'compare', 'single', 't5', 'unilm', 'simple', 'true', 'false',
	'-1', '0', '1', '3', '1e309', '99999999999', 'NaN', 'Infinity', '0x10', '2.5', ' 4', '',
	'<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '%00', '\u202e', '字'.repeat(50),
	'👩‍👩‍👧', 'e\u0301', 'a'.repeat(7000), '{{constructor}}', '__proto__', 'javascript:alert(1)'
];

test('300 seeded random and malformed queries never break the figure', async ({ page }) => {
	test.setTimeout(120_000); // many page loads: a busy two-core CI machine needs more than the default 30 s
	const watch = watchPage(page);
	await page.goto('/en/lab/attention-masks/');
	await figuresLive(page);
	const queries = randomQueries(20261128, 300, KEYS, VALUES);
	const states = await statesAfterQueries(page, queries, async () => {
		const figure = document.querySelector('.attention-mask-figure')!;
		const drawn = () => figure.querySelectorAll('rect[data-visible]').length + figure.querySelectorAll('canvas').length > 0 || figure.querySelector('[data-note="empty"]') !== null;
		// A grid past the SVG limit is a canvas whose code loads the first time one is needed: wait for it to be drawn
		// rather than judge the frame before it (it must still come, or say the text is empty).
		for (let waited = 0; !drawn() && waited < 10_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
		return {
			// The numbers the figure computes (typed text and quoted bad values may say "NaN" legitimately).
			numbers: [
				...[...figure.querySelectorAll('.count, output')].map((el) => el.textContent ?? ''),
				...[...figure.querySelectorAll('[aria-valuenow]')].map((el) => el.getAttribute('aria-valuenow') ?? '')
			],
			injected: figure.querySelectorAll('script, img, iframe, svg[onload]').length,
			drawn: drawn()
		};
	});
	// One assertion for all, naming each query that failed and how: Playwright records every expect as a step.
	const failures = states.flatMap(({ numbers, injected, drawn }, i) => {
		const problems = [
			...numbers.filter((n) => !/^(\d+|\d+ of \d+ cells visible)$/.test(n)).map((n) => `number "${n}"`),
			...(injected ? [`${injected} injected elements`] : []),
			...(drawn ? [] : ['no grid and no note that the text is empty'])
		];
		return problems.length ? [`${queries[i]}: ${problems.join('; ')}`] : [];
	});
	expect(failures).toEqual([]);
	// The figure followed the address: the queries gave many different grids.
	expect(new Set(states.map((state) => state.numbers.join(' '))).size, 'different cell counts').toBeGreaterThan(20);
	watch.expectClean();
});
