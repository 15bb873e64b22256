// `npm run dev` as a contributor meets it: pages load and hydrate, figures start, and the browser console stays
// empty — no hydration warning, no server-only module (node:fs) reaching the browser. The production build drops
// server-only code, so only the dev server can show these.
import { expect, test } from '@playwright/test';
import { createServer, type ViteDevServer } from 'vite';
import { figuresLive, hydrated } from './site';

// The worker registers in dev too (as a module): a contributor's console must stay clean with it, so it is not blocked.
test.use({ serviceWorkers: 'allow' });

const port = Number(process.env.E2E_PORT ?? 4173) + 9;
let server: ViteDevServer | undefined;
const kitOutDir = process.env.KIT_OUT_DIR;

test.beforeAll(async () => {
	// Kit's generated files in a folder of the dev server's own (svelte.config.js reads KIT_OUT_DIR when the server
	// loads it): npm test runs the unit tests beside the browser tests, and their Vite server rewrites .svelte-kit/.
	process.env.KIT_OUT_DIR = '.svelte-kit/dev';
	server = await createServer({ server: { port, strictPort: true, host: '127.0.0.1' }, logLevel: 'error' });
	await server.listen();
});
test.afterAll(async () => {
	await server?.close();
	// The worker runs other files next: leave its environment as it was.
	if (kitOutDir === undefined) delete process.env.KIT_OUT_DIR;
	else process.env.KIT_OUT_DIR = kitOutDir;
});

test('the dev server: pages hydrate and figures start with no warning or error in the console', async ({ page }) => {
	// Each page is compiled on its first request, on a 2-core machine.
	test.setTimeout(180_000);
	const messages: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'warning' || message.type() === 'error') messages.push(`${message.type()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => messages.push(`page error: ${error.message}`));
	// The index, a concept page (prose with islands in it) and a lab whose figure reads model files on the server.
	for (const path of ['/en/', '/zh/causal-prefix-encoder-decoder/', '/en/lab/transformer/']) {
		await page.goto(`http://127.0.0.1:${port}${path}`, { timeout: 120_000 });
		await hydrated(page);
		await figuresLive(page);
		await expect(page.locator('[data-island]:not([data-live])')).toHaveCount(0);
	}
	expect(messages, messages.join('\n')).toEqual([]);
});
