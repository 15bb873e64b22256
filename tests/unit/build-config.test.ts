import { describe, expect, it } from 'vitest';
import config from '../../svelte.config.js';

// The build is the link checker: these settings make prerendering fail on a broken internal link or a missing
// #anchor, instead of writing a site with holes in it.
describe('svelte.config.js', () => {
	it('fails the build on broken links and missing anchors', () => {
		expect(config.kit?.prerender?.handleHttpError).toBe('fail');
		expect(config.kit?.prerender?.handleMissingId).toBe('fail');
		expect(config.kit?.prerender?.entries).toContain('/404.html');
	});

	it('prerenders everything with absolute asset paths under BASE_PATH', () => {
		expect(config.kit?.paths?.relative).toBe(false);
		// The test run builds at the root; the sub-path build is checked end to end (tests/e2e/subpath.spec.ts).
		expect(process.env.BASE_PATH ?? '').toBe('');
		expect(config.kit?.paths?.base).toBe('');
	});
});
