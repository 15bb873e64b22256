// Which Chromium the tests and scripts drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own
// (installed with `npx playwright install chromium`). Shared by playwright.config.ts and the scripts.
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** @returns {string | undefined} a path to launch, or undefined to let Playwright use its own browser */
export function chromiumExecutable() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return fromEnv;
	return SYSTEM_CHROMIUM.find((path) => existsSync(path));
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
