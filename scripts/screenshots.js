// Takes screenshots of pages for a person to look at: desktop and 360 px phone, light and dark.
// Usage: node scripts/screenshots.js [path ...]   (needs `npm run build` and a free port 4175). Writes screenshots/.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './browser.js';

const PORT = Number(process.env.PORT ?? 4175);
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/zh/', '/en/training-objective/'];
const server = spawn('node_modules/.bin/vite', ['preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
	stdio: 'ignore'
});
try {
	await new Promise((resolve) => setTimeout(resolve, 1500));
	mkdirSync('screenshots', { recursive: true });
	const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
	for (const path of paths) {
		for (const [device, viewport] of [
			['desktop', { width: 1280, height: 900 }],
			['phone', { width: 360, height: 740 }]
		]) {
			for (const colorScheme of ['light', 'dark']) {
				const page = await browser.newPage({ viewport, colorScheme, deviceScaleFactor: 1 });
				await page.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: 'networkidle' });
				const name = `${path.replace(/\//g, '_')}-${device}-${colorScheme}.png`.replace(/^_/, '');
				await page.screenshot({ path: `screenshots/${name}`, fullPage: process.env.FULL === '1' });
				await page.close();
				console.log(`screenshots/${name}`);
			}
		}
	}
	await browser.close();
} finally {
	server.kill();
}
