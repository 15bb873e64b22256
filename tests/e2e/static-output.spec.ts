// Reads the built files with no browser: the text must be in the static output itself.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ALL_PAGES, CONCEPT_PAGES, INDEX_PAGES, LAB_PAGES, LINK_PAGES, seedSentence, SVELTE_RUNTIME_MARK } from './site';

const BUILD = 'build';
const html = (path: string) => readFileSync(`${BUILD}${path}index.html`, 'utf8');
const text = (page: string) =>
	page
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ');

test('every concept page is prerendered with its language, original answer and notes', () => {
	for (const { path, lang, slug } of CONCEPT_PAGES) {
		const page = html(path);
		expect(page, path).toContain(`<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"`);
		expect(page, path).toContain('id="original"');
		expect(page, path).toContain('id="notes"');
		if (lang === 'zh') expect(text(page), path).toContain(seedSentence(slug!));
	}
});

test('no page shows markdown or TeX source as text: every formula, emphasis and link was rendered', () => {
	for (const { path } of ALL_PAGES) {
		const shown = text(html(path));
		expect(shown.match(/\$[^$\s][^$]{0,60}\$/g) ?? [], path).toEqual([]);
		expect(shown.match(/\*\*[^*\s][^*]*\*\*|\]\((\.\.\/|https?:)[^)]*\)/g) ?? [], path).toEqual([]);
	}
});

test('the maths is typeset at build time: a picture and MathML per formula, one glyph store per page', () => {
	for (const lang of ['zh', 'en']) {
		const page = html(`/${lang}/training-objective/`);
		const pictures = page.match(/<svg[^>]*class="formula"/g) ?? [];
		expect(pictures).toHaveLength(35);
		expect(page.match(/<math[ >]/g)).toHaveLength(pictures.length);
		expect(page.match(/class="formula-glyphs"/g)).toHaveLength(1);
		// No TeX source, and nothing that would draw in the browser: no KaTeX, no MathJax script.
		expect(page).not.toContain('katex');
		expect(page).not.toMatch(/data-latex|<annotation/);
	}
});

test('the build has a 404.html for static hosts, a language picker at the root and no other host in it', () => {
	expect(existsSync(`${BUILD}/404.html`)).toBe(true);
	const notFound = readFileSync(`${BUILD}/404.html`, 'utf8');
	expect(notFound).toContain('页面不存在');
	expect(notFound).toContain('Page not found');
	// Assets are referenced absolutely, so the page works at any unknown address.
	expect(notFound).not.toMatch(/(href|src)="\.\.?\//);
	const root = html('/');
	expect(root).toContain('href="/zh/"');
	expect(root).toContain('href="/en/"');
	for (const { path } of CONCEPT_PAGES) {
		// Scripts, styles, images and fonts load only from this site (links to sources are fine).
		expect(html(path), path).not.toMatch(/(src|href)="https?:\/\/[^"]*"[^>]*(rel="(stylesheet|preload|modulepreload|icon)")/);
		expect(html(path), path).not.toMatch(/<(script|img|link|iframe)[^>]+(src|href)="(https?:)?\/\//);
	}
});

test('every page carries a Content-Security-Policy that allows scripts only from this site', () => {
	for (const { path } of [...CONCEPT_PAGES, { path: '/' }, { path: '/en/lab/attention-masks/' }]) {
		const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html(path))?.[1];
		expect(csp, path).toBeDefined();
		const scriptSrc = csp!.split(';').find((d) => d.trim().startsWith('script-src'))!;
		// 'wasm-unsafe-eval' lets the search (Pagefind, served from this site) run WebAssembly; it allows no eval of text.
		expect(scriptSrc, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*$/);
		expect(csp, path).toContain("default-src 'self'");
		expect(csp, path).toContain("object-src 'none'");
		// Every inline script in the page is allowed by its own hash, nothing more: the theme script, and Kit's start-up
		// on the pages Kit starts (concept and lab pages start with a script file of their own instead, see the next test).
		const inline = [...html(path).matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
		expect(inline.length, path).toBeGreaterThanOrEqual([...CONCEPT_PAGES, ...LAB_PAGES].some((page) => page.path === path) ? 1 : 2);
		for (const hash of inline) expect(scriptSrc, path).toContain(hash);
	}
});

test('every page starts with a handful of script files, not a long tail of tiny chunks, fetched after its text', () => {
	// vite.config.ts groups the runtime and the code routes share; without the groups a concept page preloaded 18 files.
	// The root runs no module at all: a script in its head sends the reader on (src/lib/i18n/root-redirect.js).
	expect(html('/')).not.toMatch(/rel="modulepreload"|<script type="module"/);
	expect(html('/')).toMatch(/<head>[\s\S]*<script id="root-redirect">\(function\(\)[\s\S]*<\/head>/);
	for (const { path } of ALL_PAGES.filter((page) => page.path !== '/')) {
		const preloads = html(path).match(/rel="modulepreload"/g) ?? [];
		expect(preloads.length, path).toBeGreaterThan(0);
		expect(preloads.length, path).toBeLessThanOrEqual(10);
		// ...and asks for them after the page's text, not in the head where they share a slow connection with it.
		const page = html(path);
		expect(page.indexOf('rel="modulepreload"'), path).toBeGreaterThan(page.indexOf('</main>'));
		expect(page.indexOf('</main>'), path).toBeGreaterThan(0);
	}
});

/** The script files a page asks for: its module preloads, script sources and the files Kit's start-up imports. */
const scriptsOf = (page: string) =>
	new Set([...page.matchAll(/(?:href|src)="([^"]+\.js)"/g), ...page.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => m[1]));

test('a concept, lab, index, glossary or search page starts with its own script, without SvelteKit and its data, and without Svelte', () => {
	const glossaries = LINK_PAGES.filter((page) => page.path.endsWith('/glossary/'));
	const searchPages = LINK_PAGES.filter((page) => page.path.endsWith('/search/'));
	expect(glossaries).toHaveLength(2);
	expect(searchPages).toHaveLength(2);
	for (const { path, slug } of [...CONCEPT_PAGES, ...LAB_PAGES, ...INDEX_PAGES, ...glossaries, ...searchPages]) {
		const page = html(path);
		expect(page, path).not.toContain('__sveltekit_');
		expect(page.match(/<script type="module" src="\/_app\/immutable\/[^"]+\.js"><\/script>/g), path).toHaveLength(1);
		const marker = slug
			? 'concept'
			: path.includes('/lab/')
				? 'lab'
				: path.endsWith('/glossary/')
					? 'glossary'
					: path.endsWith('/search/')
						? 'search'
						: 'index';
		expect(page, path).toContain(`data-${marker}-page="`);
		// None of its files is Kit's router (its session-storage keys are in it).
		for (const file of scriptsOf(page)) expect(readFileSync(`${BUILD}${file}`, 'utf8'), `${path}: ${file}`).not.toContain('sveltekit:snapshot');
		// Svelte's runtime is not among them: the figures fetch it with their code, and a concept page's prose with its
		// cards' texts and self-check, when the reader reaches for them.
		const svelte = [...scriptsOf(page)].filter((file) => SVELTE_RUNTIME_MARK.test(readFileSync(`${BUILD}${file}`, 'utf8')));
		expect(svelte, path).toEqual([]);
	}
	// The one page Kit still starts, the not-found page (its address is any address the host does not have), has Kit's.
	expect(readFileSync(`${BUILD}/404.html`, 'utf8')).toContain('__sveltekit_');
});

test('every page preloads every script file its start-up imports: nothing is found only when its importer runs', () => {
	// (The root has no start-up script file: see the test above.)
	for (const { path } of ALL_PAGES.filter((page) => page.path !== '/')) {
		const page = html(path);
		const listed = scriptsOf(page);
		expect(listed.size, path).toBeGreaterThan(0);
		for (const file of listed) {
			const code = readFileSync(`${BUILD}${file}`, 'utf8');
			// Static imports only (import{..}from"./x.js" or import"./x.js"); dynamic ones load on use.
			for (const [, imported] of code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[\w{*][^"']*?from\s*)?["']([^"']+\.js)["']/g)) {
				const target = new URL(imported, `http://x${file}`).pathname;
				expect(listed.has(target), `${path}: ${file} imports ${target}, which the page does not preload`).toBe(true);
			}
		}
	}
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });
	test('nothing hydrated carries hydration markers: a concept page anywhere, a lab page inside its figures', async ({ page }) => {
		// Svelte's markers (<!--[-->, <!--]-->, <!---->, <!--[-1-->, <!--$s1-->, an {@html} hash) are for hydrating. A
		// concept page starts without SvelteKit, and a figure's prerendered markup is adopted as it is and replaced when
		// its code mounts, so there they are only weight. A lab page keeps them outside its figures: Kit hydrates it.
		for (const { path, slug } of ALL_PAGES.filter((p) => p.slug || p.path.includes('/lab/'))) {
			await page.goto(path);
			const found = await page.evaluate((concept) => {
				// On a lab page, the island's own {@html} anchors (its first and last child) are Kit's, and stay.
				const roots = concept ? [document.documentElement] : [...document.querySelectorAll('[data-island] > *')];
				const comments: string[] = [];
				for (const root of roots) {
					const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
					while (walker.nextNode()) comments.push(`<!--${walker.currentNode.nodeValue}-->`);
				}
				return { roots: roots.length, comments };
			}, Boolean(slug));
			expect(found.roots, path).toBeGreaterThan(0);
			// A written comment (the theme script's, in the head) is not a marker.
			expect(found.comments.filter((comment) => /^<!--(\[!?|\]|\[-?\d+|\$[\w-]*|[a-z0-9]{1,12})?-->$/.test(comment)).slice(0, 5), path).toEqual([]);
		}
	});
});
