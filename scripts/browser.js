// Which Chromium the tests and scripts drive: $CHROMIUM_PATH, else Debian's (the headless shell for the end-to-end
// tests, /usr/bin/chromium for benchmarks and screenshots), else Playwright's own (installed with
// `npx playwright install chromium`). Shared by playwright.config.ts and the scripts.
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
/** Debian's `chromium-headless-shell`: the same Chromium build (same version, same Blink and V8) without the
 * browser's UI layer, which is what Playwright itself runs headless tests in. The binary, not /usr/bin's wrapper
 * script, so that closing the browser ends the process that drew the pages. */
const SYSTEM_HEADLESS_SHELL = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium-headless-shell'];

/** The full browser, for benchmarks, Lighthouse and screenshots: what a reader's Chromium does.
 * @returns {string | undefined} a path to launch, or undefined to let Playwright use its own browser */
export function chromiumExecutable() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return fromEnv;
	return SYSTEM_CHROMIUM.find((path) => existsSync(path));
}

/** For the end-to-end tests: $CHROMIUM_PATH, else the headless shell when installed, else the full browser. The
 * shell ran the same tests in about half the time here (keyboard and devices specs, alternating runs on this 2-core
 * machine: 232 and 194 s in the full browser, 104 and 120 s in the shell).
 * @returns {string | undefined} a path to launch, or undefined to let Playwright use its own browser */
export function testChromiumExecutable() {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	return SYSTEM_HEADLESS_SHELL.find((path) => existsSync(path)) ?? chromiumExecutable();
}

/** Flags that keep Chromium quiet and working as root on a machine with no outside network. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
