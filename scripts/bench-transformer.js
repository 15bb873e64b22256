// Benchmark of the Transformer figure in Chromium (issue 15), on the English lab page:
//  1. a new 64-character text -> both shipped decoders' forward passes and the redrawn viewer (DOM updated, style and
//     layout recalculated; paint not included), median of 15 changes; also reported, not budgeted: the time until the
//     enlarged maps' hit cells carry the new data-weight, which they take in a task after that frame, and the frame time
//     while typing one character at a time from 8 to 64 characters;
//  2. live training from scratch in the Web Worker: seconds until the held-out loss is below the bigram's (the figure's
//     own clock, sent by the worker), up to TRAIN_LIMIT_S;
//  3. the longest main-thread task (long-task entries) while the page loads, the figure starts, and training runs.
// Budgets: 16 ms, 60 s, 50 ms while training (issue 15); 50 ms while loading and starting is issue 18's.
// Writes bench-results/transformer.json (the checks convention `npm run bench` reads).
// Usage: npm run bench:transformer   (builds first). Exits non-zero when a budget is broken.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './browser.js';
import { startPreview } from './preview.js';

const PORT = Number(process.env.PORT ?? 4178);
const RUNS = 15;
const FRAME_MS = 16;
const TRAIN_BUDGET_S = 60;
const TRAIN_LIMIT_S = Number(process.env.TRAIN_LIMIT_S ?? 150);
const LONG_TASK_MS = 50;

const server = startPreview(PORT);
try {
	await server.ready;
	const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
	// No service worker: its first-visit precache would compete with what is measured.
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.addInitScript(() => {
		const tasks = [];
		window.__longTasks = tasks;
		new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => Math.round(e.duration)))).observe({ type: 'longtask', buffered: true });
	});
	await page.goto(`http://127.0.0.1:${PORT}/en/lab/transformer/`);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const island = page.locator('[data-island="transformer"]');
	await island.scrollIntoViewIfNeeded();
	await island.dispatchEvent('pointerenter');
	await page.locator('[data-island="transformer"][data-live]').waitFor({ state: 'attached', timeout: 60_000 });
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(1000);
	const loadTasks = await page.evaluate(() => [...window.__longTasks]);

	// 1. Forward + redraw for 64 characters.
	const timings = await page.evaluate(
		async ({ runs }) => {
			const settle = async () => {
				for (let i = 0; i < 3; i++) await Promise.resolve();
				void document.body.offsetHeight; // style and layout
			};
			const box = document.querySelector('[data-island="transformer"] [name="tf-text"]');
			const texts = ['The model reads the text and predicts the next character each time.'.slice(0, 64), 'Attention lets every position look back at the positions before it'.slice(0, 64)];
			// The enlarged maps' cells take their data-weight after the frame (the grid carries data-cells-pending until then).
			const cellsWritten = async () => {
				while (document.querySelector('[data-island="transformer"] [role="grid"][data-cells-pending]')) await new Promise((resolve) => setTimeout(resolve, 0));
			};
			const setText = async (text) => {
				const start = performance.now();
				box.value = text;
				box.dispatchEvent(new Event('input', { bubbles: true }));
				await settle();
				const drawn = performance.now() - start;
				await cellsWritten();
				return { drawn, written: performance.now() - start };
			};
			for (let i = 0; i < 6; i++) await setText(texts[i % 2]); // warm-up, not timed
			await new Promise((resolve) => setTimeout(resolve, 300));
			const times = [];
			const written = [];
			// The warm-up ends on texts[1]: each timed change is to the other text (a new text every time).
			for (let i = 0; i < runs; i++) {
				const run = await setText(texts[i % 2]);
				times.push(run.drawn);
				written.push(run.written);
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
			// Typing one character at a time (8 to 64 characters): every change is a new length, so the maps' cells are
			// added and rescaled too. Reported, not budgeted.
			const typing = [];
			const full = 'The model reads the text and predicts the next character each time.';
			for (let length = 8; length <= 64; length++) {
				typing.push((await setText(full.slice(0, length))).drawn);
				await new Promise((resolve) => setTimeout(resolve, 40));
			}
			await setText(texts[0]);
			const drawn = [...document.querySelectorAll('[data-island="transformer"] svg[data-tokens]')].map((svg) => Number(svg.getAttribute('data-tokens')));
			return { times, written, typing, drawn };
		},
		{ runs: RUNS }
	);
	if (!timings.drawn.length || timings.drawn.some((n) => n !== 64)) throw new Error(`expected the maps drawn at 64 tokens, found ${timings.drawn}`);

	// 2. Live training until the held-out loss is below the bigram's.
	await page.evaluate(() => (window.__longTasks.length = 0));
	const panel = page.locator('.training-panel');
	const started = Date.now();
	await panel.getByRole('button', { name: 'Train', exact: true }).click();
	let beatSeconds = null;
	while (Date.now() - started < TRAIN_LIMIT_S * 1000) {
		const seconds = await panel.locator('[data-stat="beat"]').getAttribute('data-seconds');
		if (seconds) {
			beatSeconds = Number(seconds);
			break;
		}
		await page.waitForTimeout(1000);
	}
	const held = await panel.locator('[data-stat="held"]').textContent();
	const bigram = await panel.locator('[data-stat="bigram"]').textContent();
	const trainingTasks = await page.evaluate(() => [...window.__longTasks]);
	await browser.close();

	const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
	const p90 = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.9)];
	const max = (values) => (values.length ? Math.max(...values) : 0);
	const load = loadavg().map((x) => x.toFixed(2));
	console.log(`Transformer figure, Chromium, English lab page (load average ${load.join(' ')})\n`);
	console.log(`forward + redraw, 64 characters: median ${median(timings.times).toFixed(1)} ms, p90 ${p90(timings.times).toFixed(1)} ms (budget ${FRAME_MS} ms)`);
	console.log(`  until the enlarged maps' cells carry the new weights (after the frame, in a task of their own): median ${median(timings.written).toFixed(1)} ms`);
	console.log(`  typing one character at a time, 8 to 64 characters: median ${median(timings.typing).toFixed(1)} ms, p90 ${p90(timings.typing).toFixed(1)} ms, longest ${max(timings.typing).toFixed(1)} ms`);
	console.log(
		beatSeconds === null
			? `live training: held-out loss not below the bigram's after ${TRAIN_LIMIT_S} s (held-out ${held}, bigram ${bigram})`
			: `live training: held-out loss below the bigram's after ${beatSeconds.toFixed(1)} s (budget ${TRAIN_BUDGET_S} s)`
	);
	console.log(`longest main-thread task: ${max(loadTasks)} ms while loading and starting (${loadTasks.length} over 50 ms), ${max(trainingTasks)} ms while training (${trainingTasks.length} over 50 ms)`);

	const checks = [
		{ label: 'forward + redraw, 64 characters, median', value: Math.round(median(timings.times) * 100) / 100, unit: 'ms', budget: FRAME_MS },
		{ label: 'live training: seconds until held-out loss < bigram', value: beatSeconds ?? TRAIN_LIMIT_S, unit: 's', budget: TRAIN_BUDGET_S },
		// Issue 18's budget (no task over 50 ms while a page loads), measured here on the page's heaviest figure.
		{ label: 'longest main-thread task, load and start (issue 18)', value: max(loadTasks), unit: 'ms', budget: LONG_TASK_MS },
		{ label: 'longest main-thread task, training', value: max(trainingTasks), unit: 'ms', budget: LONG_TASK_MS }
	].map((check) => ({ ...check, ok: check.value <= check.budget && !(check.unit === 's' && beatSeconds === null) }));
	mkdirSync('bench-results', { recursive: true });
	writeFileSync(
		'bench-results/transformer.json',
		JSON.stringify({ date: new Date().toISOString(), figure: 'transformer', load, checks, forwardMs: timings.times, cellsWrittenMs: timings.written, typingMs: timings.typing, loadTasks, trainingTasks, beatSeconds }, null, 2)
	);
	process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
} finally {
	server.process.kill();
}
