import { chromium } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './scripts/browser.js';
import { startPreview } from './scripts/preview.js';
const server = startPreview(4342);
await server.ready;
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
const [,, ...jobs] = process.argv;
for (const job of jobs) {
	const [path, selector, width, scheme, out] = job.split('|');
	const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme, deviceScaleFactor: 1.5 });
	await page.goto(`http://127.0.0.1:4342${path}`, { waitUntil: 'networkidle' });
	const el = page.locator(selector).first();
	await el.scrollIntoViewIfNeeded();
	await page.waitForTimeout(800);
	await el.screenshot({ path: out });
	await page.close();
}
await browser.close();
server.stop?.(); process.exit(0);
