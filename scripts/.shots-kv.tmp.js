import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './browser.js';
const PORT = 4322;
const server = spawn('node_modules/.bin/vite', ['preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
const path = process.argv[2] ?? '/en/lab/kv-cache/';
const js = process.env.NOJS !== '1';
try {
	await new Promise((r) => setTimeout(r, 1500));
	const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
	for (const [device, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 360, height: 740 }]]) {
		for (const colorScheme of (process.env.SCHEMES ?? 'light,dark').split(',')) {
			const page = await browser.newPage({ viewport, colorScheme, deviceScaleFactor: 1, javaScriptEnabled: js });
			page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
			page.on('console', (m) => m.type() === 'error' && console.log('CONSOLE', m.text()));
			await page.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: 'networkidle' });
			if (js) for (const island of await page.locator('[data-island]').all()) { await island.scrollIntoViewIfNeeded(); await island.locator('xpath=.').and(page.locator('[data-live]')).waitFor({ timeout: 5000 }).catch(() => console.log('not live')); }
			if (process.env.STEPS) for (let i = 0; i < Number(process.env.STEPS); i++) await page.click('[data-action="step"]');
			const sw = await page.evaluate(() => document.documentElement.scrollWidth);
			console.log(device, colorScheme, 'scrollWidth', sw);
			const figs = await page.locator('.kv-figure').all();
			for (let i = 0; i < figs.length; i++) await figs[i].screenshot({ path: `/tmp/kvshots/${device}-${colorScheme}-${i}.png` });
			await page.close();
		}
	}
	await browser.close();
} finally { server.kill(); }
