// What JavaScript costs a page's main thread at load (issue 18), measured in one run on one machine, so the ratio is
// trustworthy even where absolute times are not: every page is loaded LOADS times with JavaScript on and LOADS times
// with it off, in pairs (so a busy moment hits both), in Chromium at a 412 px mobile viewport, service worker blocked,
// no CPU throttling. The pairs alternate which load comes first: the second load of a pair costs less than the first
// (measured with JavaScript on in both: 12 to 15 % less), and always loading the page with JavaScript first made it
// look that much dearer. `--aa` loads it with JavaScript on in both halves, to show what the ratio reads when nothing
// differs (the noise to read the budget against). For each load: Chrome's Performance metrics (TaskDuration, ScriptDuration, LayoutDuration,
// RecalcStyleDuration: main-thread time until the page has been quiet for QUIET_MS) and, with JavaScript on, the
// long-task entries. Per page: the medians, what JavaScript adds (JS-on minus JS-off, in ms: on a page that costs
// little without it, the ratio moves with a few ms), the ratio JS-on / JS-off, and the longest task.
// Budgets: JavaScript adds at most a third (ratio <= 4/3) or, on a page that costs little without it, at most 50 ms;
// and no load has a task over 50 ms. Why the 50 ms: loading any module script at all costs the browser 20 to 70 ms
// here (fetching, compiling, running it and the frame after; measured with a start-up stripped to the theme toggle),
// which is over a third of a short page's 60 to 120 ms, whatever the script does. A phone is spared a stall by the
// long-task budget; the ratio keeps JavaScript in proportion where the page itself costs more.
// Writes bench-results/main-thread.json (the checks convention `npm run bench` reads).
// Usage: node scripts/bench-main-thread.js [--pages /zh/emergence/,lab] [--loads 8] [--aa]   (measures the last build)
//   --pages: pages whose address contains one of these; one ending in $ names a page exactly (/en/$ is the index alone)
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './browser.js';
import { builtPages } from './first-load.js';
import { startPreview } from './preview.js';

const PORT = Number(process.env.PORT ?? 4179);
const RATIO_BUDGET = 4 / 3;
const LONG_TASK_MS = 50;
/** What JavaScript may add to any page, in ms (unthrottled), however short the page: see the header. */
const ADDS_FLOOR_MS = 50;
/** The page counts as loaded when nothing has run on its main thread for this long (after the load event). */
const QUIET_MS = 1000;
const VIEWPORT = { width: 412, height: 823 };

const { values: options } = parseArgs({
	options: { pages: { type: 'string' }, loads: { type: 'string', default: '8' }, aa: { type: 'boolean', default: false } }
});
const LOADS = Number(options.loads);
if (!Number.isInteger(LOADS) || LOADS < 1) throw new Error(`--loads must be a whole number of at least 1, not ${options.loads}`);
const filters = (options.pages ?? process.env.BENCH_PAGES ?? '').split(',').filter(Boolean);
const pages = builtPages()
	.filter((page) => page.path !== '/' && !page.path.endsWith('.html'))
	.filter((page) => filters.length === 0 || filters.some((f) => (f.endsWith('$') ? page.path === f.slice(0, -1) : page.path.includes(f))));

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (seconds) => Math.round(seconds * 10_000) / 10;

/** One load of `path`; main-thread times in ms, and the long tasks (JS on only). */
async function load(browser, path, javaScript) {
	const context = await browser.newContext({ viewport: VIEWPORT, isMobile: true, hasTouch: true, javaScriptEnabled: javaScript, serviceWorkers: 'block' });
	const page = await context.newPage();
	if (javaScript) {
		await page.addInitScript(() => {
			const tasks = [];
			Object.defineProperty(window, '__benchLongTasks', { value: tasks });
			new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => Math.round(e.duration)))).observe({ type: 'longtask', buffered: true });
		});
	}
	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
	await page.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: 'load' });
	// Wait until the main thread has been quiet for QUIET_MS: task time stops growing.
	let last = -1;
	let metrics = {};
	for (let i = 0; i < 40; i++) {
		await page.waitForTimeout(QUIET_MS / 4);
		metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
		if (Math.abs(metrics.TaskDuration - last) < 0.002 && i >= 4) break;
		last = metrics.TaskDuration;
	}
	const longTasks = javaScript ? await page.evaluate(() => [...window.__benchLongTasks]) : [];
	await context.close();
	return {
		task: ms(metrics.TaskDuration),
		script: ms(metrics.ScriptDuration),
		layout: ms(metrics.LayoutDuration),
		style: ms(metrics.RecalcStyleDuration),
		longest: longTasks.length ? Math.max(...longTasks) : 0
	};
}

const server = startPreview(PORT);
const rows = [];
try {
	await server.ready;
	const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
	// One warm-up load, not counted: the first load of a fresh browser pays for its own start.
	await load(browser, pages[0].path, true);
	console.log(`Main thread at load, Chromium ${browser.version()}, ${VIEWPORT.width} px mobile, service worker blocked, median of ${LOADS} loads, in pairs that alternate which comes first${options.aa ? '; an A/A run: JavaScript on in both halves' : ''}\n`);
	console.log(`${'page'.padEnd(40)} ${'JS off'.padStart(8)} ${'JS on'.padStart(8)} ${'adds'.padStart(6)} ${'ratio'.padStart(6)} ${'script'.padStart(7)} ${'layout'.padStart(7)} ${'style'.padStart(6)} ${'longest'.padStart(8)}  (ms)`);
	for (const { path } of pages) {
		const on = [];
		const off = [];
		// The "off" half: JavaScript off, or on again for an A/A run.
		const offJavaScript = options.aa;
		for (let i = 0; i < LOADS; i++) {
			if (i % 2 === 0) {
				on.push(await load(browser, path, true));
				off.push(await load(browser, path, offJavaScript));
			} else {
				off.push(await load(browser, path, offJavaScript));
				on.push(await load(browser, path, true));
			}
		}
		const pick = (runs, key) => median(runs.map((r) => r[key]));
		const row = {
			path,
			off: { task: pick(off, 'task'), layout: pick(off, 'layout'), style: pick(off, 'style') },
			on: { task: pick(on, 'task'), script: pick(on, 'script'), layout: pick(on, 'layout'), style: pick(on, 'style') },
			longestTask: Math.max(...on.map((r) => r.longest)),
			longestTaskMedian: pick(on, 'longest'),
			runs: { on, off }
		};
		row.ratio = Math.round((row.on.task / row.off.task) * 100) / 100;
		row.adds = Math.round((row.on.task - row.off.task) * 10) / 10;
		row.withinBudget = row.ratio <= RATIO_BUDGET || row.adds <= ADDS_FLOOR_MS;
		rows.push(row);
		console.log(
			`${path.padEnd(40)} ${row.off.task.toFixed(0).padStart(8)} ${row.on.task.toFixed(0).padStart(8)} ${(row.on.task - row.off.task).toFixed(0).padStart(6)} ${row.ratio.toFixed(2).padStart(5)}${row.withinBudget ? ' ' : '!'} ${row.on.script.toFixed(0).padStart(7)} ${row.on.layout.toFixed(0).padStart(7)} ${row.on.style.toFixed(0).padStart(6)} ${String(row.longestTask).padStart(7)}${row.longestTask > LONG_TASK_MS ? '!' : ' '}`
		);
	}
	await browser.close();
} finally {
	server.process.kill();
}

const load1 = loadavg().map((x) => x.toFixed(2));
console.log(
	`\nload average ${load1.join(' ')}; budgets: JS on / JS off <= ${RATIO_BUDGET.toFixed(2)} or JS adds <= ${ADDS_FLOOR_MS} ms (! marks a page over both), no task over ${LONG_TASK_MS} ms (longest of all loads)`
);
const over = rows.filter((r) => !r.withinBudget);
const worstRatio = rows.reduce((a, r) => (r.ratio > a.ratio ? r : a), rows[0]);
const worstTask = rows.reduce((a, r) => (r.longestTask > a.longestTask ? r : a), rows[0]);
console.log(`highest ratio: ${worstRatio.ratio} (${worstRatio.path}, JS adds ${worstRatio.adds} ms); pages over both budgets: ${over.map((r) => r.path).join(', ') || 'none'}`);
const checks = [
	{ label: `pages where JS adds over a third and over ${ADDS_FLOOR_MS} ms (${over.map((r) => r.path).join(', ') || 'none'})`, value: over.length, unit: 'pages', budget: 0 },
	{ label: `longest task at load, worst page (${worstTask.path})`, value: worstTask.longestTask, unit: 'ms', budget: LONG_TASK_MS }
].map((check) => ({ ...check, ok: check.value <= check.budget }));
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/main-thread.json', JSON.stringify({ date: new Date().toISOString(), figure: 'main-thread', load: load1, loads: LOADS, aa: options.aa, checks, pages: rows }, null, 2));
process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
