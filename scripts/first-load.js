// What a page costs on a first visit, shared by `npm run size` and `npm run bench`: the pages are found in the build
// (every HTML file), and each is loaded in a fresh browser context that records every file fetched from this site
// until the network has been quiet for a second after the load event, gzip-compressed (level 6, as a typical static
// host serves it). The site loads no web fonts (its formulas are SVGs made at build time), so nothing is left out.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budgets in bytes, compressed. */
export const BUDGET = { index: 100_000, concept: 100_000, lab: 150_000 };

/**
 * @typedef {{ path: string, kind: 'index' | 'concept' | 'lab', route: string }} BuiltPage
 * @typedef {{ url: string, type: 'html' | 'css' | 'js' | 'other', bytes: number }} LoadedFile
 */

/**
 * Every HTML page in a build folder, as the address it is served at, with its budget kind and the route it comes
 * from (language and slug replaced by placeholders, so the pages of one route group together).
 * @param {string} [dir]
 * @returns {BuiltPage[]}
 */
export function builtPages(dir = 'build') {
	/** @type {string[]} */
	const files = [];
	const walk = (/** @type {string} */ folder) => {
		for (const name of readdirSync(folder)) {
			const file = join(folder, name);
			if (statSync(file).isDirectory()) walk(file);
			else if (name.endsWith('.html')) files.push(relative(dir, file).split(sep).join('/'));
		}
	};
	walk(dir);
	return files
		.map((file) => (file === 'index.html' ? '/' : '/' + file.replace(/(^|\/)index\.html$/, '$1')))
		.sort(byAddress)
		.map((path) => ({ path, kind: kindOf(path), route: routeOf(path) }));
}

/** @param {string} path */
function kindOf(path) {
	if (/^\/[a-z]{2}\/lab\//.test(path)) return 'lab';
	if (/^\/([a-z]{2}\/)?$/.test(path)) return 'index';
	return 'concept';
}

/** @param {string} path */
function routeOf(path) {
	const parts = path.split('/').filter(Boolean);
	if (parts.length === 0 || path.endsWith('.html')) return path;
	const [, ...rest] = parts;
	if (rest.length === 0) return '/[lang]/';
	// The glossary and search pages are routes of their own; any other one-segment page is a concept page.
	if (rest.length === 1) return ['glossary', 'search'].includes(rest[0]) ? `/[lang]/${rest[0]}/` : '/[lang]/[slug]/';
	return `/[lang]/${rest.join('/')}/`;
}

/** Index pages first, then concept pages, then labs; within each, by address. */
function byAddress(/** @type {string} */ a, /** @type {string} */ b) {
	const order = { index: 0, concept: 1, lab: 2 };
	return order[kindOf(a)] - order[kindOf(b)] || a.localeCompare(b);
}

/** How long the network must be quiet, after the load event, before a first load counts as done. */
const QUIET_MS = 1000;
/** Longest wait for that quiet, after the load event. */
const QUIET_LIMIT_MS = 20_000;

/**
 * Watches a page's requests from before its navigation; `quiet()` then waits until none has been in flight for
 * QUIET_MS. Playwright's `networkidle` (500 ms without a request) is not enough: on a long page the parser can take
 * longer than that between the HTML's last byte and the start-up script at the end of the body, and `networkidle`
 * then came before the JavaScript was asked for (seen on /zh/transformer-architecture/: 2 files and no JavaScript
 * in one load of three, 11 of 12 files in another).
 * @param {import('@playwright/test').Page} page
 */
function watchNetwork(page) {
	let inFlight = 0;
	let lastChange = Date.now();
	page.on('request', () => {
		inFlight++;
		lastChange = Date.now();
	});
	const ended = () => {
		inFlight--;
		lastChange = Date.now();
	};
	page.on('requestfinished', ended);
	page.on('requestfailed', ended);
	return {
		async quiet() {
			const deadline = Date.now() + QUIET_LIMIT_MS;
			while (inFlight > 0 || Date.now() - lastChange < QUIET_MS) {
				if (Date.now() > deadline) throw new Error(`${page.url()}: still fetching ${QUIET_LIMIT_MS / 1000} s after the load event`);
				await page.waitForTimeout(100);
			}
		}
	};
}

/**
 * Loads one page in a fresh context and returns the files it fetched from `origin`, gzip-compressed sizes (for the root,
 * which sends the reader on to a language, what the reader downloads: the root and the page it sends them to).
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin e.g. http://127.0.0.1:4174
 * @param {string} path
 * @returns {Promise<LoadedFile[]>}
 */
export async function firstLoad(browser, origin, path) {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		/** @type {Promise<LoadedFile>[]} */
		const files = [];
		page.on('response', (response) => {
			const url = new URL(response.url());
			if (url.origin !== origin) return;
			// A page that sends the reader on (the root, by its script) is gone before its body is read: fetch it again.
			const body = response.body().catch(() => context.request.get(response.url()).then((again) => again.body()));
			files.push(body.then((bytes) => ({ url: url.pathname, type: fileType(url.pathname), bytes: gzipSync(bytes, { level: 6 }).length })));
		});
		const network = watchNetwork(page);
		await page.goto(origin + path, { waitUntil: 'load' });
		await network.quiet();
		return await Promise.all(files);
	} finally {
		await context.close();
	}
}

/**
 * Sums of a first load by type.
 * @param {LoadedFile[]} files
 */
export function totals(files) {
	const sum = (/** @type {string | undefined} */ type) => files.filter((f) => !type || f.type === type).reduce((total, f) => total + f.bytes, 0);
	return { html: sum('html'), css: sum('css'), js: sum('js'), other: sum('other'), total: sum(), files: files.length };
}

/** @param {string} pathname */
export function fileType(pathname) {
	if (pathname.endsWith('/') || pathname.endsWith('.html') || pathname.endsWith('.json')) return 'html';
	if (pathname.endsWith('.css')) return 'css';
	if (pathname.endsWith('.js')) return 'js';
	return 'other';
}

/** kB (1000 bytes), one decimal, padded to a column. */
export const kb = (/** @type {number} */ bytes) => (bytes / 1000).toFixed(1).padStart(6);
