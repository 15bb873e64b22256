import { sveltekit } from '@sveltejs/kit/vite';
import sirv from 'sirv';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { START_CONCEPT_PAGE_ENTRY, START_PAGE_ENTRY } from './src/lib/concept-page/entry.js';

/** `vite preview` serves Kit's output, not build/, so it would miss the search index that Pagefind writes into the
 * build folder afterwards (npm run build): serve <build>/pagefind/ at <base>/pagefind/ in preview too. */
function previewSearchIndex(): Plugin {
	const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
	const prefix = `${base}/pagefind/`;
	return {
		name: 'preview-search-index',
		configurePreviewServer(server) {
			const files = sirv(`${process.env.BUILD_DIR ?? 'build'}/pagefind`, { dev: true, etag: true });
			server.middlewares.use((req, res, next) => {
				if (!req.url?.startsWith(prefix)) return next();
				req.url = req.url.slice(prefix.length - 1);
				files(req, res, next);
			});
		}
	};
}

/** Modules that are fetched only when a reader asks for them and are too large to download on every first visit: the
 * real tokenizers' merge tables (0.2 and 1.1 MB compressed). */
const LAZY_MODULES = /[\\/]node_modules[\\/]gpt-tokenizer[\\/]/;

/** Lists the client chunks made only of LAZY_MODULES in `_app/lazy-files.json`. The service worker reads it at install
 * and leaves those files out of its whole-site precache: they are cached when first used instead (Kit names chunks by
 * hash only, so the worker cannot tell them apart by name). */
function lazyFilesList(): Plugin {
	return {
		name: 'lazy-files-list',
		apply: 'build',
		generateBundle(_options, bundle) {
			if (this.environment.name !== 'client') return;
			const lazy = Object.values(bundle)
				.filter((file) => file.type === 'chunk' && file.moduleIds.length > 0 && file.moduleIds.every((id) => LAZY_MODULES.test(id)))
				.map((file) => file.fileName)
				.sort();
			this.emitFile({ type: 'asset', fileName: '_app/lazy-files.json', source: JSON.stringify(lazy) });
		}
	};
}

/** Svelte's runtime, which every page loads: a chunk of its own. */
const SVELTE_RUNTIME = /[\\/]node_modules[\\/](svelte|esm-env|clsx)[\\/]/;

/** The modules every page that starts without SvelteKit starts with (but Svelte's runtime): what the entry for pages
 * without prose imports statically, found in the client build's module graph once it is complete
 * (before chunks are made). */
const conceptPageModules = new Set<string>();
/** The link texts (both languages): in that chunk too, though only concept pages, the search page and the
 * glossary's filter use them. As a chunk of its own they cost a concept page one more file and 0.2 kB more
 * (gzip), which put the longest concept page over its 100 kB first-load budget; inside, a page without prose starts
 * with 1.5 kB it does not use. */
const LINK_STRINGS = /[\\/]src[\\/]lib[\\/]links[\\/]strings\.ts$/;

/** The scripts a prerendered page starts with instead of SvelteKit (src/lib/concept-page/start.ts): two entries of
 * their own in the client build, one for pages without prose and one for concept pages (which adds the prose's code
 * and Svelte's runtime), which the page finds in Vite's manifest when it is prerendered (script.server.ts). The
 * modules they share get a chunk of their own (the 'concept-page' group below): in the chunk the routes share they
 * would come with that chunk's other imports, SvelteKit's router among them. */
function conceptPageEntry(): Plugin {
	let entry: string | null = null;
	return {
		name: 'concept-page-entry',
		apply: 'build',
		async buildStart() {
			if (this.environment.name !== 'client') return;
			entry = (await this.resolve(START_PAGE_ENTRY))?.id ?? null;
			const conceptEntry = (await this.resolve(START_CONCEPT_PAGE_ENTRY))?.id ?? null;
			if (!entry) throw new Error(`${START_PAGE_ENTRY} not found`);
			if (!conceptEntry) throw new Error(`${START_CONCEPT_PAGE_ENTRY} not found`);
			this.emitFile({ type: 'chunk', id: entry, name: 'concept-page' });
			this.emitFile({ type: 'chunk', id: conceptEntry, name: 'concept-page-prose' });
		},
		// Kit finds what a page preloads and inlines by walking the manifest from the page's code, following dynamic
		// imports too (for their styles) but marking each chunk seen the first time it is reached: a chunk first reached
		// through a dynamic import is then never preloaded, even where the page imports it statically. The figures'
		// registry (islands/figures.ts), in this chunk, imports every figure dynamically, and the figures import the
		// chunk the routes share: a lab page imports this chunk before that one, so it lost that chunk's preload and
		// styles. Figures inject their own styles (svelte.config.js), so Kit needs nothing from those dynamic imports:
		// the manifest leaves them out for this chunk (its code is unchanged).
		generateBundle(_options, bundle) {
			if (this.environment.name !== 'client') return;
			for (const chunk of Object.values(bundle))
				if (chunk.type === 'chunk' && chunk.name === 'concept-page' && !chunk.isEntry) chunk.dynamicImports = [];
		},
		buildEnd() {
			if (this.environment.name !== 'client' || !entry) return;
			conceptPageModules.clear();
			const visit = (id: string) => {
				if (conceptPageModules.has(id) || SVELTE_RUNTIME.test(id)) return;
				conceptPageModules.add(id);
				for (const imported of this.getModuleInfo(id)?.importedIds ?? []) visit(imported);
			};
			// Not the entry itself: its code (the call that starts the page) stays in its own chunk, which concept pages,
			// starting from their own entry, never load.
			for (const imported of this.getModuleInfo(entry)?.importedIds ?? []) visit(imported);
		}
	};
}

export default defineConfig({
	plugins: [previewSearchIndex(), lazyFilesList(), conceptPageEntry(), sveltekit()],
	server: { fs: { allow: ['content'] } },
	build: {
		// The largest chunk is GPT-4o's tokenizer vocabulary (2 MB, 1 MB compressed), loaded only when a reader picks it.
		chunkSizeWarningLimit: 2100,
		// Fewer, larger start-up files. Left alone, the bundler cut the code every page starts with into 18 files, most
		// under 2 kB; each is a request a phone waits on before the first paint (Lighthouse counts them all as render
		// blocking). Groups: the Svelte runtime, everything the pages' own start-up script imports (concept-page), and
		// Kit's runtime, which only the not-found page starts with now. Figure, filter and search code stays in its own
		// lazily loaded chunks. A fourth group, of app code two or more Kit routes imported statically, went once every
		// page but the not-found one stopped starting Kit: the glossary's filter and the search code, whose modules the
		// routes' components also import, were put in it, and so fetched it and Kit's runtime (67 kB of JavaScript) to
		// start.
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						// Svelte apart from Kit: no page starts with it; figures and a concept page's prose load it when reached.
						{ name: 'svelte', test: SVELTE_RUNTIME },
						{ name: 'concept-page', test: (id: string) => conceptPageModules.has(id) || LINK_STRINGS.test(id) },
						{ name: 'framework', test: /[\\/]node_modules[\\/](@sveltejs[\\/]kit|devalue)[\\/]/ }
					]
				}
			}
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		reporters: ['default', './tests/slowest-vitest-reporter.ts'],
		// Property tests run hundreds of cases; on a busy two-core machine the default 5 s is too tight.
		testTimeout: 20_000,
		// The test files share their workers' module graph rather than each starting afresh: the suite took 47 s of CPU
		// with isolation and 17 s without, on this 2-core machine (the tests themselves are 8 s of it). Safe because the
		// modules under test are pure; the two tests that stub globals or timers undo it in afterEach, and the suite
		// passes in shuffled orders (vitest run --sequence.shuffle).
		isolate: false
	}
});
