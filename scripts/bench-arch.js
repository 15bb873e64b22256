// Benchmark: time from an input to the updated figure in the architecture lab and the model atlas, in Chromium.
// "Updated" means Svelte has applied the change to the DOM and the browser has recalculated style and layout; paint
// is not included. Measured: a calculator field edit (recount, bar chart, tables), a preset change, a variant switch
// in the block explorer (new diagram), and an atlas filter toggle (new timeline layout, table).
// Usage: npm run bench:arch   (builds first). Prints a table, writes bench-results/arch.json; exits non-zero when a
// median is over one frame (16 ms).
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './browser.js';
import { startPreview } from './preview.js';

const PORT = Number(process.env.PORT ?? 4343);
const RUNS = 21;
const BUDGET_MS = 16;

/** Runs in the page: applies `count` changes through `act(i)` and times each to DOM + layout. */
async function timeChanges(page, selector, kind, count) {
	return page.evaluate(
		async ({ selector, kind, count }) => {
			const settle = async () => {
				for (let i = 0; i < 3; i++) await Promise.resolve();
				void document.body.offsetHeight; // style and layout
			};
			const times = [];
			for (let i = 0; i < count + 2; i++) {
				const start = performance.now();
				if (kind === 'text') {
					const input = document.querySelector(selector);
					input.value = i % 2 ? '24' : '12';
					input.dispatchEvent(new Event('input', { bubbles: true }));
				} else if (kind === 'radio') {
					const radios = [...document.querySelectorAll(selector)];
					const radio = radios[i % 2 ? 1 : 0];
					radio.checked = true;
					radio.dispatchEvent(new Event('change', { bubbles: true }));
				} else {
					const box = document.querySelector(selector);
					box.checked = !box.checked;
					box.dispatchEvent(new Event('change', { bubbles: true }));
				}
				await settle();
				if (i >= 2) times.push(performance.now() - start); // the first two warm up
				await new Promise((resolve) => setTimeout(resolve, 30));
			}
			return times;
		},
		{ selector, kind, count }
	);
}

const server = startPreview(PORT);
try {
	await server.ready;
	const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	const cases = [
		{ label: 'calculator: edit layers field -> recount, bars, tables', path: '/en/lab/architecture/', selector: '.param-calculator input[name="nLayers"]', kind: 'text', check: '.param-calculator [data-total]' },
		{ label: 'calculator: change preset', path: '/en/lab/architecture/', selector: '.param-calculator input[name="preset"]', kind: 'radio', check: '.param-calculator [data-total]' },
		{ label: 'explorer: switch variant -> new diagram', path: '/en/lab/architecture/', selector: '.block-explorer input[name="variant"]', kind: 'radio', check: '.block-explorer [data-part]' },
		{ label: 'atlas: toggle class filter -> timeline, table', path: '/en/lab/model-atlas/', selector: '.model-atlas input[name="class-causal"]', kind: 'checkbox', check: '.model-atlas g[data-model]' }
	];
	const rows = [];
	for (const c of cases) {
		await page.goto(`http://127.0.0.1:${PORT}${c.path}`);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' }); // the islands listen from hydration on
		// Figures start when the reader reaches for them.
		for (const island of await page.locator('[data-island]').all()) await island.dispatchEvent('pointerenter');
		// Every island, not just the first: one still being swapped for its live figure would detach the control.
		await page.waitForFunction(() => [...document.querySelectorAll('[data-island]')].every((island) => island.hasAttribute('data-live')));
		await page.locator(c.selector).first().scrollIntoViewIfNeeded();
		await page.locator(`[data-island][data-live] ${c.check}`).first().waitFor({ state: 'attached' });
		const times = await timeChanges(page, c.selector, c.kind, RUNS);
		const sorted = [...times].sort((a, b) => a - b);
		rows.push({ label: c.label, median: sorted[Math.floor(sorted.length / 2)], p90: sorted[Math.floor(sorted.length * 0.9)] });
	}
	await browser.close();
	const ms = (v) => v.toFixed(1).padStart(7);
	console.log(`Architecture lab and atlas: input -> updated DOM + layout, Chromium, ms (median / p90 of ${RUNS})\n`);
	console.log(`${'change'.padEnd(56)}  ${'median'.padStart(7)}  ${'p90'.padStart(7)}`);
	for (const r of rows) console.log(`${r.label.padEnd(56)}  ${ms(r.median)}  ${ms(r.p90)}${r.median > BUDGET_MS ? '  OVER 16 ms' : ''}`);
	const checks = rows.map((r) => ({ label: `${r.label} (median)`, value: Number(r.median.toFixed(2)), unit: 'ms', budget: BUDGET_MS, ok: r.median <= BUDGET_MS }));
	mkdirSync('bench-results', { recursive: true });
	writeFileSync('bench-results/arch.json', JSON.stringify({ date: new Date().toISOString(), figure: 'arch', checks, rows }, null, 2));
	process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
} finally {
	server.process.kill();
}
