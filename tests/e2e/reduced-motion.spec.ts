// prefers-reduced-motion: reduce turns motion off everywhere: every element (and its ::before/::after) computes to
// zero transition and animation durations, on every page with its figures live, and no script starts a Web Animation
// (which is how Svelte's transitions run) that lasts any time. every-page.spec.ts checks that on every page; this
// proves the check measures the media query.
import { expect, test } from '@playwright/test';

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
