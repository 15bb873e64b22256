import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, testChromiumExecutable } from './scripts/browser.js';

// E2E_PORT lets two checkouts run their tests side by side (the sub-path server takes the port 7 above).
const port = Number(process.env.E2E_PORT ?? 4173);
export const SUBPATH_PORT = port + 7;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	// One worker more than there are cores. Each drives its own Chromium, which keeps a core busy only while its test
	// computes; tests also wait (on timers, on the network going quiet, on scripts held back on purpose), and with one
	// worker per core 7 to 13 % of this 2-core machine class sat idle (README, "What npm test runs").
	workers: availableParallelism() + 1,
	retries: 0,
	reporter: [['list'], ['./tests/slowest-reporter.ts']],
	timeout: 30_000,
	// An assertion waits up to 10 s (Playwright's default is 5 s): with three workers on two cores a test's steps take
	// about 1.4 times as long, and a slower machine of the class stretches them further. A passing assertion returns
	// as soon as it holds, so this lengthens only a failing one.
	expect: { timeout: 10_000 },
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'off',
		// No service worker unless a file asks for one (offline, deploy, tokenizers, dev-server test the worker): its
		// install downloads the whole site into each test's fresh profile, about 2 s of CPU on this 2-core machine
		// class (more than a long page's own load), the same on every page, so once is enough.
		serviceWorkers: 'block',
		// One renderer process for all of a worker's pages (its tests run one at a time): a new process for each test's
		// page cost about 0.2 s of CPU. Each test still has its own context (storage, cookies, service workers).
		launchOptions: { executablePath: testChromiumExecutable(), args: [...CHROMIUM_ARGS, '--renderer-process-limit=1'] }
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: [
		{
			// vite directly, not through npx: a wrapper can outlive the test run.
			command: `node_modules/.bin/vite preview --port ${port} --strictPort --host 127.0.0.1`,
			url: `http://127.0.0.1:${port}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000
		},
		{
			// The site built for a sub-path (npm run build:subpath), served under /llm-basics/.
			command: `node scripts/serve-subpath.js ${SUBPATH_PORT}`,
			url: `http://127.0.0.1:${SUBPATH_PORT}/llm-basics/`,
			reuseExistingServer: !process.env.CI,
			timeout: 30_000
		}
	]
});
