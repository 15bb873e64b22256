// Hostile input for the attention-mask figure: hundreds of seeded random and malformed query strings, and odd text
// typed into both boxes. Nothing may throw, log an error, draw NaN or put markup in the page.
import { expect, test } from '@playwright/test';
import { mulberry32 } from '../../src/lib/random';
import { figuresLive, watchPage } from './site';

const KEYS = ['arch', 'input', 'target', 'prefix', 'window', 'view', 'style', 'x', ''];
const VALUES = [
	'causal', 'prefix', 'encoder-decoder', 'encoder', 'sliding', 'compare', 'single', 't5', 'unilm',
	'-1', '0', '1', '3', '1e309', '99999999999', 'NaN', 'Infinity', '0x10', '2.5', ' 4', '',
	'<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '%00', '\u202e', '字'.repeat(50),
	'👩‍👩‍👧', 'e\u0301', 'a'.repeat(7000), '{{constructor}}', '__proto__', 'javascript:alert(1)'
];

test('300 seeded random and malformed queries never break the figure', async ({ page }) => {
	test.setTimeout(120_000); // many page loads: a busy two-core CI machine needs more than the default 30 s
	const watch = watchPage(page);
	await page.goto('/en/lab/attention-masks/');
	await figuresLive(page);
	const random = mulberry32(20261128);
	const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
	for (let i = 0; i < 300; i++) {
		const parts: string[] = [];
		const count = 1 + Math.floor(random() * 6);
		for (let j = 0; j < count; j++) parts.push(`${encodeURIComponent(pick(KEYS))}=${encodeURIComponent(pick(VALUES))}`);
		if (random() < 0.1) parts.push('%E0%A4%A'); // a broken percent escape
		const query = `?${parts.join('&')}`;
		await page.evaluate((q) => {
			history.replaceState(history.state, '', q);
			window.dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
		}, query);
		const state = await page.evaluate(() => {
			const figure = document.querySelector('.attention-mask-figure')!;
			return {
				// The numbers the figure computes (typed text and quoted bad values may say "NaN" legitimately).
				numbers: [
					...[...figure.querySelectorAll('.count, output')].map((el) => el.textContent ?? ''),
					...[...figure.querySelectorAll('[aria-valuenow]')].map((el) => el.getAttribute('aria-valuenow') ?? '')
				],
				injected: figure.querySelectorAll('script, img, iframe, svg[onload]').length,
				cells: figure.querySelectorAll('rect[data-visible]').length + figure.querySelectorAll('canvas').length,
				empty: figure.querySelector('[data-note="empty"]') !== null
			};
		});
		for (const number of state.numbers) expect(number, query).toMatch(/^(\d+|\d+ of \d+ cells visible)$/);
		expect(state.injected, query).toBe(0);
		expect(state.cells > 0 || state.empty, query).toBe(true);
	}
	watch.expectClean();
});
