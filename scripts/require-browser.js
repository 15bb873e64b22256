// Stops `npm test` early, with a way out, when there is no Chromium to run the end-to-end tests in.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { testChromiumExecutable } from './browser.js';

const system = testChromiumExecutable();
if (system) {
	if (!existsSync(system)) {
		console.error(`CHROMIUM_PATH points to ${system}, which does not exist.`);
		process.exit(1);
	}
} else if (!existsSync(chromium.executablePath())) {
	console.error(
		[
			'No Chromium found for the end-to-end tests.',
			'Install one of:',
			'  - Debian/Ubuntu: sudo apt-get install chromium-headless-shell chromium',
			'    (the tests run in the headless shell, the benchmarks in /usr/bin/chromium)',
			'  - anywhere else: npx playwright install chromium',
			'or point CHROMIUM_PATH at a Chromium or Chrome binary.'
		].join('\n')
	);
	process.exit(1);
}
