// prefers-reduced-motion: reduce turns motion off everywhere: every element (and its ::before/::after) computes to
// zero transition and animation durations, on every page with its figures live, and no script starts a Web Animation
// (which is how Svelte's transitions run) that lasts any time.
import { expect, test } from '@playwright/test';
import { ALL_PAGES, figuresLive, watchPage } from './site';

/** Records every Element.animate() call before any of the page's code runs. */
function recordAnimations() {
	const calls: { duration: number; target: string }[] = [];
	(window as unknown as { __animations: typeof calls }).__animations = calls;
	const original = Element.prototype.animate;
	Element.prototype.animate = function (keyframes, options) {
		const duration = typeof options === 'number' ? options : Number(options?.duration ?? 0);
		calls.push({ duration, target: this.tagName.toLowerCase() + (this.className ? `.${String(this.className)}` : '') });
		return original.call(this, keyframes, options);
	};
}

for (const { path } of [...ALL_PAGES, { path: '/404.html' }]) {
	test(`${path} has no motion when reduced motion is asked for`, async ({ page }) => {
		const watch = watchPage(page);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.addInitScript(recordAnimations);
		await page.goto(path);
		if (path !== '/') await figuresLive(page);
		// Hover and focus change styles in most components: take one of each so their transitions would show.
		const link = page.locator('main a[href]').first();
		if (await link.count()) {
			await link.hover();
			await link.focus();
		}
		const moving = await page.evaluate(() => {
			const seconds = (value: string) => value.split(',').map((part) => parseFloat(part) * (part.trim().endsWith('ms') ? 0.001 : 1));
			const found: string[] = [];
			for (const element of document.querySelectorAll('*')) {
				for (const pseudo of [null, '::before', '::after']) {
					const style = getComputedStyle(element, pseudo);
					const transition = seconds(style.transitionDuration).some((s) => s > 0) && style.transitionProperty !== 'none';
					const animation = seconds(style.animationDuration).some((s) => s > 0) && style.animationName !== 'none';
					if (transition || animation) {
						const name = element.tagName.toLowerCase() + (element.id ? `#${element.id}` : '') + (pseudo ?? '');
						found.push(`${name}: transition ${style.transitionDuration}, animation ${style.animationDuration} ${style.animationName}`);
					}
				}
			}
			const scripted = (window as unknown as { __animations: { duration: number; target: string }[] }).__animations
				.filter((call) => call.duration > 0)
				.map((call) => `Element.animate on ${call.target} for ${call.duration} ms`);
			const running = document
				.getAnimations()
				.filter((animation) => Number(animation.effect?.getComputedTiming().duration ?? 0) > 0)
				.map((animation) => `running animation ${animation.constructor.name} ${(animation as CSSAnimation).animationName ?? ''}`);
			return [...found, ...scripted, ...running];
		});
		expect(moving).toEqual([]);
		watch.expectClean();
	});
}

test('without the preference, the global rule does not switch transitions off', async ({ page }) => {
	// Proves the test above measures the media query: a transition set on an element survives when motion is allowed.
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.goto('/en/');
	const duration = await page.evaluate(() => {
		const probe = document.createElement('div');
		probe.style.transition = 'opacity 0.3s';
		document.body.append(probe);
		return getComputedStyle(probe).transitionDuration;
	});
	expect(duration).toBe('0.3s');
	await page.emulateMedia({ reducedMotion: 'reduce' });
	expect(await page.evaluate(() => getComputedStyle(document.body.lastElementChild!).transitionDuration)).toBe('0s');
});
