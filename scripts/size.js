// Prints what each page costs on a first visit: every file the browser fetches from this site until the network is
// idle, gzip-compressed (level 6, as a typical static host serves it). Every HTML page
// of the build is measured (see first-load.js, shared with `npm run bench`).
// Usage: npm run size   (builds first). Exits non-zero when a page is over its budget.
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './browser.js';
import { BUDGET, builtPages, firstLoad, kb, totals } from './first-load.js';
import { startPreview } from './preview.js';

const PORT = Number(process.env.PORT ?? 4174);
const ORIGIN = `http://127.0.0.1:${PORT}`;

const server = startPreview(PORT);
try {
	await server.ready;
	const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
	const rows = [];
	for (const { path, kind } of builtPages()) {
		rows.push({ path, ...totals(await firstLoad(browser, ORIGIN, path)), budget: BUDGET[kind] });
	}
	await browser.close();

	console.log('First load, gzip-compressed (kB = 1000 bytes)\n');
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
