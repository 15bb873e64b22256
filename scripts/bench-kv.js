// Benchmark: time from an input to the updated figure on the KV-cache lab, in Chromium. "Updated" means Svelte has
// applied the change to the DOM and the browser has recalculated style and layout; paint is not included.
// Measured: one decoding step in the largest ledger (4 turns of 6 + 6 tokens, a 48 x 48 matrix), and changes of n, d
// and the mask in the rank panel at n = 32, d = 64 (three 32 x 32 attention matrices and their SVDs each time).
// Usage: npm run bench:kv   (builds first). Prints a table, writes bench-results/kv.json, exits non-zero when a median
// is over one frame (16 ms).
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './browser.js';
import { startPreview } from './preview.js';

const PORT = Number(process.env.PORT ?? 4323);
const RUNS = 21;
const BUDGET_MS = 16;

const server = startPreview(PORT);
try {
	await server.ready;
	const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	await page.goto(`http://127.0.0.1:${PORT}/en/lab/kv-cache/?kv-turns=4&kv-user=6&kv-answer=6&rank-n=32&rank-d=64`);
	for (const island of await page.locator('[data-island]').all()) {
		await island.scrollIntoViewIfNeeded();
		await page.locator(`[data-island="${await island.getAttribute('data-island')}"][data-live]`).waitFor({ state: 'attached' });
	}
	const timings = await page.evaluate(async (runs) => {
		const settle = async () => {
			for (let i = 0; i < 3; i++) await Promise.resolve();
			void document.body.offsetHeight; // style and layout
		};
		const time = async (act) => {
			const start = performance.now();
			act();
			await settle();
			return performance.now() - start;
		};
		const pauseFrame = () => new Promise((resolve) => setTimeout(resolve, 20));
		const slider = (name, value) => () => {
			const input = document.querySelector(`input[name="${name}"]`);
			input.value = String(value);
			input.dispatchEvent(new Event('input', { bubbles: true }));
		};
		const radio = (name, value) => () => {
			const input = document.querySelector(`input[name="${name}"][value="${value}"]`);
			input.checked = true;
			input.dispatchEvent(new Event('change', { bubbles: true }));
		};
		const out = { step: [], d: [], n: [], mask: [] };
		const ledgerRows = () => Number(document.querySelector('.ledger-matrix').getAttribute('data-rows'));
		// Steps 14..34 sit in turns 2-4, where the matrix is 24 to 48 tokens wide.
		slider('kv-step', 13)();
		await settle();
		for (let i = 0; i < runs; i++) {
			out.step.push(await time(() => document.querySelector('[data-action="step"]').click()));
			await pauseFrame();
		}
		const lastRows = ledgerRows();
		for (let i = 0; i < runs; i++) {
			out.d.push(await time(slider('rank-d', i % 2 ? 64 : 63)));
			await pauseFrame();
		}
		slider('rank-d', 64)();
		await settle();
		for (let i = 0; i < runs; i++) {
			out.n.push(await time(slider('rank-n', i % 2 ? 32 : 31)));
			await pauseFrame();
		}
		slider('rank-n', 32)();
		await settle();
		const masks = ['full', 'prefix', 'causal'];
		for (let i = 0; i < runs; i++) {
			out.mask.push(await time(radio('rank-mask', masks[i % 3])));
			await pauseFrame();
		}
		const heatmapRows = Number(document.querySelector('.heatmap').getAttribute('data-rows'));
		const dAttr = document.querySelector('.rank-figure').getAttribute('data-d');
		return { ...out, lastRows, heatmapRows, dAttr };
	}, RUNS);
	await browser.close();
	if (timings.lastRows !== 48) throw new Error(`expected the ledger at 48 tokens, found ${timings.lastRows}`);
	if (timings.heatmapRows !== 32 || timings.dAttr !== '64') throw new Error(`expected the rank panel at n = 32, d = 64, found ${timings.heatmapRows}, ${timings.dAttr}`);
	const sorted = (values) => [...values].sort((a, b) => a - b);
	const median = (values) => sorted(values)[Math.floor(values.length / 2)];
	const p90 = (values) => sorted(values)[Math.floor(values.length * 0.9)];
	const LABELS = {
		step: 'ledger: one step, 48 x 48 matrix (median)',
		d: 'rank panel: change d at n = 32, d = 64 (median)',
		n: 'rank panel: change n at n = 32, d = 64 (median)',
		mask: 'rank panel: change mask at n = 32, d = 64 (median)'
	};
	const checks = Object.entries(LABELS).map(([key, label]) => {
		const value = Number(median(timings[key]).toFixed(2));
		return { label, value, unit: 'ms', budget: BUDGET_MS, ok: value <= BUDGET_MS, p90: Number(p90(timings[key]).toFixed(2)) };
	});
	console.log(`KV-cache lab: input -> updated DOM + layout, Chromium, ms (median / p90 of ${RUNS})\n`);
	for (const c of checks) console.log(`${c.label.padEnd(52)} ${c.value.toFixed(1).padStart(6)}  ${c.p90.toFixed(1).padStart(6)}${c.ok ? '' : '  OVER 16 ms'}`);
	mkdirSync('bench-results', { recursive: true });
	writeFileSync('bench-results/kv.json', JSON.stringify({ date: new Date().toISOString(), figure: 'kv', checks, runs: RUNS }, null, 2));
	process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
} finally {
	server.process.kill();
}
