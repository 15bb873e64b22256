import adapter from '@sveltejs/adapter-static';
import { mdsvex } from 'mdsvex';
import remarkMath from 'remark-math';
import rehypeKatexSvelte from 'rehype-katex-svelte';
import { rehypeHeadingIds } from './src/lib/content/heading-ids.js';
import { rehypeTableScroll } from './src/lib/content/table-scroll.js';

/** BASE_PATH serves the site from a sub-path, e.g. BASE_PATH=/llm-basics for GitHub Pages. */
/** @type {'' | `/${string}`} */
const base = /** @type {any} */ ((process.env.BASE_PATH ?? '').replace(/\/+$/, ''));
if (base && !base.startsWith('/')) throw new Error(`BASE_PATH must start with "/" (got "${base}")`);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [
		mdsvex({
			extensions: ['.md'],
			remarkPlugins: [remarkMath],
			rehypePlugins: [rehypeKatexSvelte, rehypeHeadingIds, rehypeTableScroll]
		})
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
		// BUILD_DIR lets the test run keep a second, sub-path build beside the main one.
		adapter: adapter({ pages: process.env.BUILD_DIR ?? 'build', fallback: undefined, strict: true }),
		// Absolute asset paths: 404.html is served at any unknown address, where relative paths would break.
		paths: { base, relative: false },
		// Content-Security-Policy as a <meta> tag in every prerendered page (a static host needs no header set-up):
		// scripts only from this site, plus Kit's own inline start-up script by its hash; nothing from other hosts.
		// Inline styles are allowed: figures carry their styles with them (see components/islands) and styles cannot run code.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
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
