import { sveltekit } from '@sveltejs/kit/vite';
import sirv from 'sirv';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

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

export default defineConfig({
	plugins: [previewSearchIndex(), lazyFilesList(), sveltekit()],
	server: { fs: { allow: ['content'] } },
	build: {
		// The largest chunk is GPT-4o's tokenizer vocabulary (2 MB, 1 MB compressed), loaded only when a reader picks it.
		chunkSizeWarningLimit: 2100,
		// Fewer, larger start-up files. Left alone, the bundler cut the code every page starts with into 18 files, most
		// under 2 kB; each is a request a phone waits on before the first paint (Lighthouse counts them all as render
		// blocking). Two groups: the Svelte and Kit runtime, and app code that two or more routes import statically.
		// Figure code stays in its own lazily loaded chunks (islands import it dynamically, so it is not `$initial`).
		// Measured: 8 start-up files instead of 18 on every page, about the same bytes (concept pages 52 kB of JS).
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{ name: 'framework', test: /[\\/]node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|esm-env|clsx)[\\/]/ },
						{ name: 'shared', tags: ['$initial'], minShareCount: 2 }
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
