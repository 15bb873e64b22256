import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { mdsvex } from 'mdsvex';
import remarkMath from 'remark-math';
import { rehypeMathSvg } from './src/lib/content/math-svg.js';
import { rehypeHeadingIds } from './src/lib/content/heading-ids.js';
import { rehypeTableScroll } from './src/lib/content/table-scroll.js';
import { rehypeCorrections } from './src/lib/content/corrections.js';
import { rootRedirectScript } from './src/lib/i18n/root-redirect.js';

/** BASE_PATH serves the site from a sub-path, e.g. BASE_PATH=/llm-basics for GitHub Pages. */
/** @type {'' | `/${string}`} */
const base = /** @type {any} */ ((process.env.BASE_PATH ?? '').replace(/\/+$/, ''));
if (base && !base.startsWith('/')) throw new Error(`BASE_PATH must start with "/" (got "${base}")`);

/** Every concept page may use <Term> and <Cite> (glossary terms and citations), and the <Correction> markers in its
 * original (with the <CorrectionBacklinks> the build puts under each correcting note), without importing them: this adds the
 * import to a content/ markdown file that uses them, so the files' own import lines stay about their figures.
 * @type {import('svelte/compiler').PreprocessorGroup} */
const contentLinks = {
	name: 'content-links',
	markup({ content, filename }) {
		if (!filename || !/[/\\]content[/\\](zh|en)[/\\][^/\\]+\.md$/.test(filename)) return;
		const used = ['Term', 'Cite', 'Correction', 'CorrectionBacklinks'].filter((name) => new RegExp(`<${name}[\\s/>]`).test(content));
		const script = /<script(?![^>]*(context=|\smodule))[^>]*>/.exec(content);
		const missing = used.filter((name) => !script || !new RegExp(`import[^;]*\\b${name}\\b[^;]*from`).test(content));
		if (missing.length === 0) return;
		const line = `\nimport { ${missing.join(', ')} } from '$lib/components/content';\n`;
		if (!script) return { code: `<script>${line}</script>\n${content}` };
		const at = script.index + script[0].length;
		return { code: content.slice(0, at) + line + content.slice(at) };
	}
};

/** The hash of the inline script in src/app.html that applies the remembered theme before first paint, for the CSP.
 * That script is inline so that no request blocks the first paint, and has no comments because every page carries it
 * (its explanation is here). It runs before first paint and:
 * - marks that scripts run (html[data-js]), so notes meant for readers without JavaScript are hidden before they are
 *   drawn rather than after start-up, which would shift the page;
 * - applies the theme the reader chose last time ("light" or "dark"; none means follow the system). Storage can be
 *   blocked (private mode, strict settings): then the system theme stays. */
const themeScript = /<script id="theme-init">([\s\S]*?)<\/script>/.exec(readFileSync('src/app.html', 'utf8'));
if (!themeScript) throw new Error('src/app.html: the theme-init script is missing');
/** @param {string} source */
const scriptHash = (source) => /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(source).digest('base64')}`);
const themeScriptHash = scriptHash(themeScript[1]);
/** The root address's script that sends the reader on to their language (src/lib/i18n/root-redirect.js). */
const rootRedirectHash = scriptHash(rootRedirectScript(base));

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [
		mdsvex({
			extensions: ['.md'],
			remarkPlugins: [remarkMath],
			rehypePlugins: [rehypeMathSvg, rehypeHeadingIds, rehypeCorrections, rehypeTableScroll]
		}),
		contentLinks
	],
	vitePlugin: {
		// Figures are islands (src/lib/components/islands): rendered to HTML on the server, mounted later in the
		// browser. Their styles travel with them, injected, instead of in the page's stylesheets.
		dynamicCompileOptions: ({ filename }) =>
			/src\/lib\/components\/(figures|charts|controls)\//.test(filename) ? { css: 'injected' } : undefined
	},
	compilerOptions: {
		runes: true,
		// mdsvex emits <script context="module"> for frontmatter; harmless, and not ours to change.
		warningFilter: (warning) => warning.code !== 'script_context_deprecated'
	},
	kit: {
		// BUILD_DIR and KIT_OUT_DIR let the test run keep a second, sub-path build beside the main one: its own output
		// folder and its own working folder (so it does not overwrite .svelte-kit/output, which `vite preview` serves).
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		// The service worker is registered by the root layout once the page is idle (src/lib/deploy/register-service-worker.ts),
		// not at the load event: installing it downloads the whole site, which must not compete with start-up.
		serviceWorker: { register: false },
		adapter: adapter({ pages: process.env.BUILD_DIR ?? 'build', fallback: undefined, strict: true }),
		// Every stylesheet goes inline in the page: the first paint waits for no request. Measured with Lighthouse on
		// concept pages (when KaTeX's stylesheet was among them), LCP fell from 2.1-2.5 s to 1.7-2.0 s.
		inlineStyleThreshold: 32768,
		// Absolute asset paths: 404.html is served at any unknown address, where relative paths would break.
		paths: { base, relative: false },
		// Content-Security-Policy as a <meta> tag in every prerendered page (a static host needs no header set-up):
		// scripts only from this site, plus Kit's own inline start-up script by its hash; nothing from other hosts.
		// Inline styles are allowed: figures carry their styles with them (see components/islands) and styles cannot run code.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// wasm-unsafe-eval: the search (Pagefind, served from this site) runs WebAssembly; it allows no eval of text.
				'script-src': ['self', 'wasm-unsafe-eval', themeScriptHash, rootRedirectHash],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			entries: ['*', '/404.html'],
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleEntryGeneratorMismatch: 'fail'
		}
	}
};

export default config;
