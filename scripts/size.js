// Prints what each page costs on a first visit: every file the browser fetches from this site until the network is
// idle, gzip-compressed (level 6, as a typical static host serves it), KaTeX's font files excluded.
// Usage: npm run size   (builds first). Exits non-zero when a page is over its budget.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './browser.js';
import { startPreview } from './preview.js';

const PORT = Number(process.env.PORT ?? 4174);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SLUGS = [
	'model-families',
	'causal-prefix-encoder-decoder',
	'training-objective',
	'emergence',
	'why-decoder-only',
	'transformer-architecture'
];
/** Budgets in bytes, compressed. */
const BUDGET = { concept: 100_000, index: 100_000, lab: 150_000 };
const pages = [
	...['zh', 'en'].map((lang) => ({ path: `/${lang}/`, kind: 'index' })),
	...['zh', 'en'].flatMap((lang) => SLUGS.map((slug) => ({ path: `/${lang}/${slug}/`, kind: 'concept' }))),
	// Every lab page that the build produced.
	...['zh', 'en'].flatMap((lang) => readdirSync(`build/${lang}/lab`).map((name) => ({ path: `/${lang}/lab/${name}/`, kind: 'lab' })))
];

const server = startPreview(PORT);
try {
	await server.ready;
	const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
	const rows = [];
	for (const { path, kind } of pages) {
		const context = await browser.newContext();
		const page = await context.newPage();
		/** @type {Promise<{ type: string, bytes: number }>[]} */
		const files = [];
		page.on('response', (response) => {
			const url = new URL(response.url());
			if (url.origin !== ORIGIN || /\.(woff2?|ttf)$/.test(url.pathname)) return;
			files.push(response.body().then((body) => ({ type: kindOf(url.pathname), bytes: gzipSync(body, { level: 6 }).length })));
		});
		await page.goto(ORIGIN + path, { waitUntil: 'networkidle' });
		const measured = await Promise.all(files);
		const sum = (type) => measured.filter((f) => !type || f.type === type).reduce((total, f) => total + f.bytes, 0);
		const budget = BUDGET[kind];
		rows.push({ path, html: sum('html'), css: sum('css'), js: sum('js'), other: sum('other'), total: sum(), budget, files: measured.length });
		await context.close();
	}
	await browser.close();

	const kb = (bytes) => (bytes / 1000).toFixed(1).padStart(6);
	console.log('First load, gzip-compressed, KaTeX fonts excluded (kB = 1000 bytes)\n');
	console.log(`${'page'.padEnd(42)}  ${'html'.padStart(6)}  ${'css'.padStart(6)}  ${'js'.padStart(6)}  ${'other'.padStart(6)}  ${'total'.padStart(6)}  budget  files`);
	for (const r of rows) {
		const flag = r.total > r.budget ? '  OVER' : '';
		console.log(`${r.path.padEnd(42)}  ${kb(r.html)}  ${kb(r.css)}  ${kb(r.js)}  ${kb(r.other)}  ${kb(r.total)}  ${kb(r.budget)}  ${String(r.files).padStart(5)}${flag}`);
	}
	mkdirSync('bench-results', { recursive: true });
	writeFileSync('bench-results/size.json', JSON.stringify({ date: new Date().toISOString(), rows }, null, 2));
	const over = rows.filter((r) => r.total > r.budget);
	console.log(`\n${rows.length - over.length} within budget, ${over.length} over. Table saved to bench-results/size.json`);
	process.exitCode = over.length ? 1 : 0;
} finally {
	server.process.kill();
}

/** @param {string} pathname */
function kindOf(pathname) {
	if (pathname.endsWith('/') || pathname.endsWith('.html') || pathname.endsWith('.json')) return 'html';
	if (pathname.endsWith('.css')) return 'css';
	if (pathname.endsWith('.js')) return 'js';
	return 'other';
}
