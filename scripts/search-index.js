// Builds the search index after `vite build`: runs Pagefind over the prerendered pages (both languages; it reads each
// page's <html lang> and segments Chinese itself), then writes <dir>/pagefind/files.json, the list of the index's
// files, so the service worker can cache the whole index at install for offline search (Pagefind runs after the build,
// so the worker's own file list cannot include it). Usage: node scripts/search-index.js [build-dir]
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const site = process.argv[2] ?? 'build';
// What is never indexed, so that no hit and no excerpt comes from it: data tables (a row of numbers is not a passage),
// navigation, and the parts of a figure that are drawing or controls (SVG text, buttons, sliders and their labels,
// live readouts). A figure's headings and sentences stay in: they name what the figure shows, which is what a reader
// searches for on a lab page. A formula is indexed once, by its MathML (its picture is an SVG).
export const EXCLUDED = [
	'table',
	'nav',
	'svg',
	'canvas',
	'button',
	'input',
	'select',
	'textarea',
	'label',
	'output',
	'[role="img"]',
	'[role="group"]',
	'[role="status"]',
	'[aria-hidden="true"]',
	'[aria-live]',
	'.legend',
	'.key'
].join(', ');
execFileSync('node_modules/.bin/pagefind', ['--site', site, '--exclude-selectors', EXCLUDED], { stdio: ['ignore', 'inherit', 'inherit'] });
const root = join(site, 'pagefind');
const files = [];
(function walk(dir) {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) walk(path);
		else if (name !== 'files.json' && !/-ui\.|highlight/.test(name)) files.push(relative(site, path).split('\\').join('/'));
	}
})(root);
files.sort();
writeFileSync(join(root, 'files.json'), JSON.stringify(files));
console.log(`pagefind: ${files.length} index files listed in ${join(root, 'files.json')}`);
