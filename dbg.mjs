import { chromium } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from '/work/main/scripts/browser.js';
const b = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
const labs = ['attention-masks','emergence','tiny-lm','kv-cache','architecture','model-atlas','transformer'];
for (const [name, opts, lang] of [['phone-dark', { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, colorScheme: 'dark' }, 'zh'], ['laptop-light', { viewport: { width: 1366, height: 800 } }, 'en']]) {
  const ctx = await b.newContext(opts);
  for (const lab of labs) {
    const p = await ctx.newPage();
    await p.goto(`http://127.0.0.1:4300/${lang}/lab/${lab}/`);
    await p.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    for (const isl of await p.locator('[data-island]').all()) { await isl.scrollIntoViewIfNeeded(); await isl.dispatchEvent('pointerenter'); }
    await p.waitForTimeout(1500);
    await p.evaluate(() => scrollTo(0, 0));
    await p.screenshot({ path: `/tmp/shots/${name}-${lab}.png`, fullPage: true });
    const h = await p.evaluate(() => document.documentElement.scrollHeight);
    const over = await p.evaluate(() => document.documentElement.scrollWidth > innerWidth);
    console.log(name, lab, h, over ? 'H-OVERFLOW' : '');
    await p.close();
  }
}
await b.close();
