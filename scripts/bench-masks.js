// Benchmark: time from a change in the attention-mask figure (new text, prefix moved) to the updated figure, in
// Chromium, for n = 16, 64, 256 and 1024 tokens. "Updated" means Svelte has applied the change to the DOM (or painted
// the canvas) and the browser has recalculated style and layout; paint itself is not included.
// Usage: npm run bench:masks   (builds first). Prints a table; exits non-zero when a median is over one frame (16 ms).
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './browser.js';
import { startPreview } from './preview.js';

const PORT = Number(process.env.PORT ?? 4177);
const SIZES = [16, 64, 256, 1024];
const RUNS = 15;
const BUDGET_MS = 16;

const server = startPreview(PORT);
try {
	await server.ready;
	const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
	// No service worker: its first-visit precache of the whole site would compete with the first cases measured.
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
	const page = await context.newPage();
	const rows = [];
	// The site's simple split in both views, and the real tokenizers (issue 20) once their vocabularies have loaded.
	for (const { view, tokenizer } of [
		{ view: 'single', tokenizer: 'simple' },
		{ view: 'compare', tokenizer: 'simple' },
		{ view: 'single', tokenizer: 'gpt2' },
		{ view: 'single', tokenizer: 'o200k' }
	]) {
	await page.goto(`http://127.0.0.1:${PORT}/en/lab/attention-masks/?view=${view}&arch=prefix&target=&tok=${tokenizer}`);
	await page.locator('[data-island][data-live]').waitFor({ state: 'attached' });
	await page.locator(`[data-tokenizer-compare] li[data-tokenizer="${tokenizer}"][data-count]`).waitFor({ state: 'attached', timeout: 60_000 });
	for (const n of SIZES) {
		const timings = await page.evaluate(
			async ({ n, runs, simple }) => {
				const settle = async () => {
					for (let i = 0; i < 3; i++) await Promise.resolve();
					void document.body.offsetHeight; // style and layout
				};
				const input = document.querySelector('textarea[name="input"]');
				const setText = async (text) => {
					const start = performance.now();
					input.value = text;
					input.dispatchEvent(new Event('input', { bubbles: true }));
					await settle();
					return performance.now() - start;
				};
				// n tokens under each tokenizer: a Chinese character each in the simple split; " a" each in a BPE.
				const texts = simple ? ['字'.repeat(n), '词'.repeat(n)] : [`a${' a'.repeat(n - 1)}`, `b${' b'.repeat(n - 1)}`];
				// Warm-up (not timed): the first changes after a page load also pay for compiling the figure's code.
				for (let i = 0; i < 6; i++) await setText(texts[(i + 1) % 2]);
				await new Promise((resolve) => setTimeout(resolve, 300));
				const text = [];
				for (let i = 0; i < runs; i++) text.push(await setText(texts[i % 2]));
				const slider = document.querySelector('input[name="prefix"]');
				const prefix = [];
				for (let i = 0; i < runs; i++) {
					const start = performance.now();
					slider.value = String(i % 2 ? Math.floor(n / 3) : Math.floor(n / 2));
					slider.dispatchEvent(new Event('input', { bubbles: true }));
					await settle();
					prefix.push(performance.now() - start);
				}
				const drawn = document.querySelector('.panels svg[data-matrix], .panels .mask-canvas[data-matrix]');
				return { text, prefix, rows: Number(drawn?.getAttribute('data-rows')), canvas: drawn?.tagName === 'DIV' };
			},
			{ n, runs: RUNS, simple: tokenizer === 'simple' }
		);
		if (timings.rows !== n) throw new Error(`expected ${n} rows drawn, found ${timings.rows}`);
		const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
		const p90 = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.9)];
		rows.push({
			view,
			tokenizer,
			n,
			renderer: timings.canvas ? 'canvas' : 'svg',
			textMedian: median(timings.text),
			textP90: p90(timings.text),
			prefixMedian: median(timings.prefix),
			prefixP90: p90(timings.prefix)
		});
	}
	}
	await browser.close();
	const ms = (value) => value.toFixed(1).padStart(7);
	console.log('Attention-mask figure: change -> updated DOM/canvas + layout, Chromium, ms (median / p90 of 15)\n');
	console.log(`${'view'.padEnd(8)}  ${'tokenizer'.padEnd(9)}  ${'n'.padStart(5)}  renderer  ${'text med'.padStart(8)}  ${'text p90'.padStart(8)}  ${'prefix med'.padStart(10)}  ${'prefix p90'.padStart(10)}`);
	for (const r of rows) {
		const over = Math.max(r.textMedian, r.prefixMedian) > BUDGET_MS ? '  OVER 16 ms' : '';
		console.log(`${r.view.padEnd(8)}  ${r.tokenizer.padEnd(9)}  ${String(r.n).padStart(5)}  ${r.renderer.padEnd(8)}  ${ms(r.textMedian)}   ${ms(r.textP90)}     ${ms(r.prefixMedian)}     ${ms(r.prefixP90)}${over}`);
	}
	mkdirSync('bench-results', { recursive: true });
	// The convention every figure benchmark follows, read by `npm run bench`: medians, because one GC pause is not the
	// figure's speed.
	const checks = rows.flatMap((r) =>
		[
			['new text', r.textMedian],
			['prefix moved', r.prefixMedian]
		].map(([change, value]) => ({
			label: `${r.view} view${r.tokenizer === 'simple' ? '' : `, ${r.tokenizer} tokens`}, n = ${r.n} (${r.renderer}): ${change}, median`,
			value: Math.round(value * 100) / 100,
			unit: 'ms',
			budget: BUDGET_MS,
			ok: value <= BUDGET_MS
		}))
	);
	writeFileSync('bench-results/masks.json', JSON.stringify({ date: new Date().toISOString(), figure: 'masks', checks, budgetMs: BUDGET_MS, rows }, null, 2));
	process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
} finally {
	server.process.kill();
}
