// Benchmark: the tiny language model in Chromium on the Chinese corpus. Reports training steps per second (full batch,
// Adam, reported by the worker) and the longest main-thread task while training (PerformanceObserver 'longtask',
// which reports tasks over 50 ms; none reported means none was longer). Budget: no main-thread task over 50 ms.
// Usage: npm run bench:lm   (builds first). Prints a table, writes bench-results/lm.json; exits non-zero over budget.
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './browser.js';
import { startPreview } from './preview.js';

const PORT = Number(process.env.PORT ?? 4303);
const TRAIN_MS = 6000;
const BUDGET_MS = 50;

const server = startPreview(PORT);
try {
	await server.ready;
	const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	await page.addInitScript(() => {
		window.__longTasks = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
		}).observe({ type: 'longtask', buffered: true });
	});
	const rows = [];
	for (const corpus of ['zh', 'en']) {
		await page.goto(`http://127.0.0.1:${PORT}/zh/lab/tiny-lm/?corpus=${corpus}`);
		await page.locator('[data-island][data-live]').waitFor({ state: 'attached' });
		await page.locator('.tiny-lm-figure[data-status="ready"]').waitFor();
		const V = Number(/V = (\d+)/.exec((await page.locator('[data-corpus-stats]').textContent()) ?? '')?.[1]);
		const start = await page.evaluate(() => performance.now());
		await page.click('[data-action="start"]');
		const speeds = [];
		const until = Date.now() + TRAIN_MS;
		while (Date.now() < until) {
			await page.waitForTimeout(500);
			const text = await page.locator('[data-speed]').textContent().catch(() => '');
			const value = Number(/\d+/.exec(text ?? '')?.[0]);
			if (Number.isFinite(value) && value > 0) speeds.push(value);
		}
		// A fast corpus may reach the step limit (20,000) and stop by itself.
		if (await page.locator('[data-action="pause"]').count()) await page.click('[data-action="pause"]');
		await page.locator('.tiny-lm-figure[data-status="ready"]').waitFor();
		const steps = Number(await page.locator('[data-stat="step"]').textContent());
		const kl = await page.locator('[data-stat="kl"]').textContent();
		const longest = await page.evaluate((t0) => Math.max(0, ...window.__longTasks.filter((t) => t.start >= t0).map((t) => t.duration)), start);
		rows.push({ corpus, V, steps, stepsPerSecond: speeds.length ? speeds[speeds.length - 1] : 0, longestTaskMs: longest, kl });
	}
	await browser.close();
	console.log(`Tiny LM (bigram, full batch, Adam lr 0.1), Chromium, ${TRAIN_MS / 1000} s of training per corpus\n`);
	console.log(`${'corpus'.padEnd(7)} ${'V'.padStart(5)} ${'steps'.padStart(7)} ${'steps/s'.padStart(8)} ${'longest main-thread task (ms)'.padStart(30)}  divergence after`);
	for (const r of rows) {
		const over = r.longestTaskMs > BUDGET_MS ? '  OVER 50 ms' : '';
		console.log(`${r.corpus.padEnd(7)} ${String(r.V).padStart(5)} ${String(r.steps).padStart(7)} ${String(Math.round(r.stepsPerSecond)).padStart(8)} ${(r.longestTaskMs === 0 ? '< 50 (none reported)' : r.longestTaskMs.toFixed(0)).padStart(30)}  ${r.kl}${over}`);
	}
	const checks = rows.flatMap((r) => [
		{ label: `training steps per second, ${r.corpus} corpus (V = ${r.V})`, value: Math.round(r.stepsPerSecond), unit: 'steps/s', budget: null, ok: r.stepsPerSecond > 0 },
		{ label: `longest main-thread task while training, ${r.corpus} corpus`, value: r.longestTaskMs, unit: 'ms', budget: BUDGET_MS, ok: r.longestTaskMs <= BUDGET_MS }
	]);
	mkdirSync('bench-results', { recursive: true });
	writeFileSync('bench-results/lm.json', JSON.stringify({ date: new Date().toISOString(), figure: 'lm', checks, rows }, null, 2));
	process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
} finally {
	server.process.kill();
}
