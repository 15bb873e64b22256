// The site-wide benchmark: builds once, then for every built page (both languages) prints the first load (gzip bytes
// by type, and the JavaScript each route adds), Lighthouse's scores and LCP/TBT/CLS (mobile emulation, Chromium), and
// runs every figure benchmark (scripts/bench-<name>.js), folding their checks in. Checks every budget, exits non-zero
// when one is broken, and writes bench-results/bench.json so two runs can be compared.
//
// Usage: npm run bench [-- options]
//   --pages /en/,lab      only pages whose address contains one of these (comma-separated)
//   --skip-lighthouse     no Lighthouse (the slow part: about 15 s a page and run)
//   --lighthouse-runs N   Lighthouse runs per page (default 3); the table shows the median run, chosen the way
//                         Lighthouse itself does (computeMedianRun: the run nearest the median FCP and TTI)
//   --skip-figures        no figure benchmarks
//   --no-build            measure the last build as it is
//   --compare old.json    after the run, print the change from an earlier bench.json
//   --compare-only old.json new.json   print the change between two saved runs, run nothing
// Ports: PORT (default 4174) for this script's preview server, PORT+1 for each figure benchmark in turn.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './browser.js';
import { BUDGET, builtPages, firstLoad, kb, totals } from './first-load.js';
import { startPreview } from './preview.js';

const PORT = Number(process.env.PORT ?? 4174);
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** Lighthouse budgets, scores out of 100. */
const LIGHTHOUSE_BUDGET = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const CATEGORIES = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo']);

const { values: options, positionals } = parseArgs({
	options: {
		pages: { type: 'string' },
		'skip-lighthouse': { type: 'boolean', default: false },
		'lighthouse-runs': { type: 'string', default: '3' },
		'skip-figures': { type: 'boolean', default: false },
		'no-build': { type: 'boolean', default: false },
		compare: { type: 'string' },
		'compare-only': { type: 'boolean', default: false }
	},
	allowPositionals: true
});

if (options['compare-only']) {
	if (positionals.length !== 2) throw new Error('--compare-only needs two files: old.json new.json');
	compare(readJson(positionals[0]), readJson(positionals[1]));
	process.exit(0);
}
const previous = options.compare ? readJson(options.compare) : null;
const lighthouseRuns = Number(options['lighthouse-runs']);
if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1) throw new Error(`--lighthouse-runs must be a whole number of at least 1, not ${options['lighthouse-runs']}`);

const started = new Date();
const loadAtStart = loadavg()[0];
if (!options['no-build']) {
	console.log('Building the site...');
	execFileSync('node_modules/.bin/vite', ['build', '--logLevel', 'error'], { stdio: 'inherit' });
}

const filters = options.pages?.split(',').filter(Boolean) ?? [];
const pages = builtPages().filter(({ path }) => !filters.length || filters.some((f) => path.includes(f)));
if (!pages.length) throw new Error(`no built page matches --pages ${options.pages}`);

/** @type {string[]} */
const failures = [];
const rows = [];
const server = startPreview(PORT);
try {
	await server.ready;

	// First load, each page in a fresh browser context.
	const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
	for (const page of pages) {
		const files = await firstLoad(browser, ORIGIN, page.path);
		rows.push({
			...page,
			noindex: /<meta name="robots" content="noindex"/.test(readFileSync(`build${page.path.endsWith('/') ? page.path + 'index.html' : page.path}`, 'utf8')),
			bytes: { ...totals(files), budget: BUDGET[page.kind] },
			jsFiles: files.filter((f) => f.type === 'js').map(({ url, bytes }) => ({ url, bytes })),
			lighthouse: /** @type {any} */ (null)
		});
	}
	await browser.close();

	if (!options['skip-lighthouse']) {
		for (const row of rows) {
			process.stdout.write(`Lighthouse ${row.path} ... `);
			row.lighthouse = await runLighthouse(ORIGIN + row.path, lighthouseRuns);
			const spread = lighthouseRuns > 1 ? `, performance over the runs ${row.lighthouse.performanceRuns.join(' ')}` : '';
			console.log(`${CATEGORIES.map((c) => row.lighthouse.scores[c]).join(' / ')}  (load ${row.lighthouse.load}, benchmark index ${row.lighthouse.benchmarkIndex}${spread})`);
		}
	}
} finally {
	server.process.kill();
}

for (const row of rows) {
	if (row.bytes.total > row.bytes.budget) failures.push(`${row.path}: first load ${kb(row.bytes.total).trim()} kB > ${kb(row.bytes.budget).trim()} kB`);
	if (!row.lighthouse) continue;
	for (const category of CATEGORIES) {
		// A page that asks not to be indexed (the 404 page) fails SEO's "is crawlable" by design.
		if (category === 'seo' && row.noindex) continue;
		const score = row.lighthouse.scores[category];
		if (score < LIGHTHOUSE_BUDGET[category]) {
			const audits = row.lighthouse.failing[category].map((/** @type {any} */ a) => a.id).join(', ');
			failures.push(`${row.path}: Lighthouse ${category} ${score} < ${LIGHTHOUSE_BUDGET[category]} (${audits})`);
		}
	}
}

printPages(rows);
printRoutes(rows);

const figures = options['skip-figures'] ? [] : runFigureBenchmarks();
for (const figure of figures) {
	if (figure.error) failures.push(`figure ${figure.name}: ${figure.error}`);
	for (const check of figure.checks) {
		if (!check.ok) failures.push(`figure ${figure.name}: ${check.label} = ${check.value} ${check.unit} (budget ${check.budget})`);
	}
}
printFigures(figures);

const busy = rows.filter((r) => r.lighthouse && r.lighthouse.load > availableParallelism());
if (busy.length) {
	console.log(
		`\nNote: the machine was busy during ${busy.length} Lighthouse run(s) (1-minute load average above its ${availableParallelism()} CPUs): performance scores and TBT of those pages understate the site. Re-run them on a quiet machine (--pages).`
	);
}

const report = {
	date: started.toISOString(),
	commit: gitCommit(),
	machine: { cpus: availableParallelism(), loadAtStart: round(loadAtStart, 1) },
	options: { pages: options.pages ?? null, lighthouse: !options['skip-lighthouse'], lighthouseRuns, figures: !options['skip-figures'] },
	budgets: { firstLoad: BUDGET, lighthouse: LIGHTHOUSE_BUDGET },
	pages: rows,
	figures,
	failures
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', JSON.stringify(report, null, 2));

console.log(failures.length ? `\n${failures.length} budget(s) broken:\n  ${failures.join('\n  ')}` : '\nEvery budget met.');
console.log('Report saved to bench-results/bench.json');
if (previous) compare(previous, report);
process.exitCode = failures.length ? 1 : 0;

/**
 * Lighthouse on one page, `runs` times, each in a fresh Chromium (default config: mobile emulation, simulated slow 4G
 * and 4x CPU slowdown). One run's performance score moves by several points on the same build (Lighthouse's own
 * advice on variability is to take the median of several runs), so the summary is of the median run, picked with
 * Lighthouse's computeMedianRun, and keeps every run's performance score.
 * @param {string} url
 * @param {number} runs
 */
async function runLighthouse(url, runs) {
	const { computeMedianRun } = await import('lighthouse/core/lib/median-run.js');
	/** @type {any[]} */
	const results = [];
	for (let i = 0; i < runs; i++) results.push(await lighthouseOnce(url));
	const lhr = computeMedianRun(results.map((r) => r.lhr));
	const { load } = results.find((r) => r.lhr === lhr);
	/** @type {Record<string, number>} */
	const scores = {};
	/** @type {Record<string, { id: string, title: string, score: number | null }[]>} */
	const failing = {};
	for (const category of CATEGORIES) {
		scores[category] = score(lhr, category);
		failing[category] = lhr.categories[category].auditRefs
			.map((/** @type {any} */ ref) => lhr.audits[ref.id])
			.filter((/** @type {any} */ audit) => ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode) && audit.score !== null && audit.score < 0.9)
			.map((/** @type {any} */ audit) => ({ id: audit.id, title: audit.title, score: audit.score }));
	}
	const metric = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? null;
	return {
		// Lighthouse simulates a slow phone by scaling the main-thread work it observed: when other processes
		// share the CPU, that work was already slow and TBT/LCP come out worse than the page is. Kept to judge that.
		load,
		benchmarkIndex: round(lhr.environment.benchmarkIndex),
		scores,
		performanceRuns: results.map((r) => score(r.lhr, 'performance')),
		lcpMs: round(metric('largest-contentful-paint')),
		tbtMs: round(metric('total-blocking-time')),
		cls: round(metric('cumulative-layout-shift'), 3),
		failing,
		warnings: lhr.runWarnings
	};
}

/** @param {any} lhr @param {string} category */
function score(lhr, category) {
	return Math.round((lhr.categories[category].score ?? 0) * 100);
}

/** One Lighthouse run in a fresh Chromium, and the load average just after it. @param {string} url */
async function lighthouseOnce(url) {
	const { default: lighthouse } = await import('lighthouse');
	const chromeLauncher = await import('chrome-launcher');
	const chrome = await chromeLauncher.launch({
		chromePath: process.env.CHROME_PATH ?? chromiumExecutable(),
		chromeFlags: [...CHROMIUM_ARGS, '--headless=new']
	});
	try {
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
		return { lhr: result.lhr, load: round(loadavg()[0], 1) };
	} finally {
		chrome.kill();
	}
}

/** Runs every scripts/bench-<name>.js (not this one) on the port above this script's, and reads its checks. */
function runFigureBenchmarks() {
	const scripts = readdirSync('scripts')
		.filter((name) => /^bench-.+\.js$/.test(name))
		.sort();
	return scripts.map((script) => {
		const name = script.slice('bench-'.length, -'.js'.length);
		const output = `bench-results/${name}.json`;
		console.log(`\n--- figure benchmark: scripts/${script} (PORT=${PORT + 1}) ---`);
		const run = spawnSync('node', [`scripts/${script}`], { stdio: 'inherit', env: { ...process.env, PORT: String(PORT + 1) } });
		/** @type {{ name: string, script: string, exitCode: number | null, checks: any[], error: string | null }} */
		const figure = { name, script: `scripts/${script}`, exitCode: run.status, checks: [], error: null };
		const result = existsSync(output) ? readJson(output) : null;
		if (!result || new Date(result.date) < started) {
			figure.error = `no fresh ${output} (exit code ${run.status})`;
		} else if (!Array.isArray(result.checks)) {
			figure.error = `${output} has no "checks" array`;
		} else {
			// Each script decides what "within budget" means for its unit (a time is a maximum, steps/s a minimum).
			figure.checks = result.checks.map((/** @type {any} */ c) => ({ ...c, ok: c.ok === true }));
			if (run.status !== 0 && figure.checks.every((c) => c.ok)) figure.error = `exited with code ${run.status}`;
		}
		return figure;
	});
}

/** @param {any[]} rows */
function printPages(rows) {
	console.log('\nFirst load, gzip (kB = 1000 bytes); Lighthouse mobile, median run: perf / a11y / best practices / SEO, LCP, TBT, CLS, and perf in every run\n');
	console.log(
		`${'page'.padEnd(40)} ${'html'.padStart(6)} ${'css'.padStart(6)} ${'js'.padStart(6)} ${'other'.padStart(6)} ${'total'.padStart(6)} ${'budget'.padStart(6)}   perf a11y  b-p  seo    LCP ms  TBT ms    CLS  perf runs`
	);
	for (const r of rows) {
		const b = r.bytes;
		const size = `${r.path.padEnd(40)} ${kb(b.html)} ${kb(b.css)} ${kb(b.js)} ${kb(b.other)} ${kb(b.total)} ${kb(b.budget)}${b.total > b.budget ? '!' : ' '}`;
		const lh = r.lighthouse
			? `${CATEGORIES.map((c) => `${String(r.lighthouse.scores[c]).padStart(3)}${r.lighthouse.scores[c] < LIGHTHOUSE_BUDGET[c] && !(c === 'seo' && r.noindex) ? '!' : ' '}`).join(' ')} ${String(r.lighthouse.lcpMs).padStart(8)} ${String(r.lighthouse.tbtMs).padStart(7)} ${String(r.lighthouse.cls).padStart(6)}  ${(r.lighthouse.performanceRuns ?? []).join(' ')}`
			: '  (Lighthouse skipped)';
		console.log(`${size}  ${lh}`);
	}
	const failingAudits = new Map();
	for (const r of rows.filter((r) => r.lighthouse)) {
		for (const category of CATEGORIES) {
			for (const audit of r.lighthouse.failing[category]) {
				const key = `${category}: ${audit.id} (${audit.title})`;
				failingAudits.set(key, [...(failingAudits.get(key) ?? []), r.path]);
			}
		}
	}
	if (failingAudits.size) {
		console.log('\nLighthouse audits below 0.9 (pages):');
		for (const [audit, paths] of failingAudits) console.log(`  ${audit}: ${paths.length === rows.length ? 'every page' : paths.join(' ')}`);
	}
}

/** JavaScript per route: the first-load JS of its pages, and how much of it no other route loads. @param {any[]} rows */
function printRoutes(rows) {
	const everywhere = rows.length ? rows.map((r) => new Set(r.jsFiles.map((/** @type {any} */ f) => f.url))).reduce((a, b) => new Set([...a].filter((u) => b.has(u)))) : new Set();
	/** @type {Map<string, any[]>} */
	const routes = new Map();
	for (const row of rows) routes.set(row.route, [...(routes.get(row.route) ?? []), row]);
	console.log('\nJavaScript per route, first load, gzip kB (shared = loaded by every page measured)\n');
	console.log(`${'route'.padEnd(40)} ${'pages'.padStart(5)} ${'js max'.padStart(7)} ${'shared'.padStart(7)} ${'own'.padStart(7)}  largest own file`);
	for (const [route, list] of routes) {
		const widest = list.reduce((a, b) => (b.bytes.js > a.bytes.js ? b : a));
		const own = widest.jsFiles.filter((/** @type {any} */ f) => !everywhere.has(f.url));
		const ownBytes = own.reduce((sum, /** @type {any} */ f) => sum + f.bytes, 0);
		const largest = own.sort((/** @type {any} */ a, /** @type {any} */ b) => b.bytes - a.bytes)[0];
		console.log(
			`${route.padEnd(40)} ${String(list.length).padStart(5)} ${kb(widest.bytes.js)}  ${kb(widest.bytes.js - ownBytes)}  ${kb(ownBytes)}  ${largest ? `${largest.url.split('/').pop()} ${kb(largest.bytes).trim()}` : '-'}`
		);
	}
}

/** @param {any[]} figures */
function printFigures(figures) {
	if (!figures.length) return;
	console.log('\nFigure checks\n');
	console.log(`${'figure'.padEnd(14)} ${'check'.padEnd(58)} ${'value'.padStart(10)} ${'budget'.padStart(8)}  ok`);
	for (const figure of figures) {
		if (figure.error) console.log(`${figure.name.padEnd(14)} ERROR: ${figure.error}`);
		for (const c of figure.checks) {
			console.log(`${figure.name.padEnd(14)} ${String(c.label).slice(0, 58).padEnd(58)} ${`${round(c.value, 2)} ${c.unit}`.padStart(10)} ${String(c.budget ?? '-').padStart(8)}  ${c.ok ? 'yes' : 'NO'}`);
		}
	}
}

/** Prints what changed between two bench.json reports. @param {any} before @param {any} after */
function compare(before, after) {
	console.log(`\nChange from ${before.date} (${before.commit ?? '?'}) to ${after.date} (${after.commit ?? '?'}); + means more bytes/ms/points\n`);
	const delta = (/** @type {number | null | undefined} */ a, /** @type {number | null | undefined} */ b, digits = 0) => {
		if (a === null || a === undefined || b === null || b === undefined) return '-'.padStart(7);
		const d = b - a;
		return `${d > 0 ? '+' : ''}${d.toFixed(digits)}`.padStart(7);
	};
	console.log(`${'page'.padEnd(40)} ${'total kB'.padStart(8)} ${'js kB'.padStart(7)}   perf    a11y    b-p     seo     LCP ms  TBT ms    CLS`);
	const old = new Map(before.pages.map((/** @type {any} */ p) => [p.path, p]));
	for (const page of after.pages) {
		const was = /** @type {any} */ (old.get(page.path));
		if (!was) {
			console.log(`${page.path.padEnd(40)} (new page)`);
			continue;
		}
		const a = was.lighthouse;
		const b = page.lighthouse;
		const lh = a && b ? `${CATEGORIES.map((c) => delta(a.scores[c], b.scores[c])).join(' ')} ${delta(a.lcpMs, b.lcpMs)}  ${delta(a.tbtMs, b.tbtMs)} ${delta(a.cls, b.cls, 3)}` : '  (no Lighthouse in one run)';
		console.log(`${page.path.padEnd(40)} ${delta(was.bytes.total / 1000, page.bytes.total / 1000, 1).padStart(8)} ${delta(was.bytes.js / 1000, page.bytes.js / 1000, 1)} ${lh}`);
	}
	for (const path of old.keys()) if (!after.pages.some((/** @type {any} */ p) => p.path === path)) console.log(`${String(path).padEnd(40)} (gone)`);
	const oldChecks = new Map(before.figures.flatMap((/** @type {any} */ f) => f.checks.map((/** @type {any} */ c) => [`${f.name}: ${c.label}`, c])));
	const lines = after.figures.flatMap((/** @type {any} */ f) =>
		f.checks.map((/** @type {any} */ c) => {
			const was = /** @type {any} */ (oldChecks.get(`${f.name}: ${c.label}`));
			return `${`${f.name}: ${c.label}`.slice(0, 70).padEnd(70)} ${String(round(was?.value ?? NaN, 2)).padStart(9)} -> ${String(round(c.value, 2)).padStart(9)} ${c.unit}`;
		})
	);
	if (lines.length) console.log(`\nFigure checks (before -> after)\n${lines.join('\n')}`);
	console.log(`\nBudgets broken: ${before.failures.length} before, ${after.failures.length} after`);
}

/** @param {string} file */
function readJson(file) {
	return JSON.parse(readFileSync(file, 'utf8'));
}

/** @param {number | null} value @param {number} [digits] */
function round(value, digits = 0) {
	if (value === null || !Number.isFinite(value)) return value;
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
}

function gitCommit() {
	try {
		return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
	} catch {
		return null;
	}
}
