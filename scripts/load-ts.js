// Loads the project's TypeScript modules into a Node script through Vite's SSR module loader (Vite is already a
// dependency; Node 20 cannot run TypeScript itself). Only the $lib alias is configured: no SvelteKit plugin, so the
// modules loaded this way must be plain TypeScript (src/lib maths), not Svelte components.
import { resolve } from 'node:path';
import { createServer } from 'vite';

/**
 * @param {string[]} paths project-relative module paths, e.g. '/src/lib/transformer/index.ts'
 * @returns {Promise<{ modules: Record<string, any>[], close: () => Promise<void> }>}
 */
export async function loadTs(paths) {
	const server = await createServer({
		configFile: false,
		root: process.cwd(),
		logLevel: 'error',
		appType: 'custom',
		server: { middlewareMode: true, hmr: false, watch: null, ws: false },
		resolve: { alias: { $lib: resolve('src/lib') } },
		optimizeDeps: { noDiscovery: true, include: [] }
	});
	const modules = [];
	for (const path of paths) modules.push(await server.ssrLoadModule(path));
	return { modules, close: () => server.close() };
}
