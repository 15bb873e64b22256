import { afterEach, describe, expect, it, vi } from 'vitest';
import { motionDuration, prefersReducedMotion, scrollBehavior } from './motion';

function fakeMatchMedia(reduce: boolean) {
	vi.stubGlobal('window', { matchMedia: (query: string) => ({ matches: reduce && query === '(prefers-reduced-motion: reduce)' }) });
}

describe('motion', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('animates when nothing is asked', () => {
		fakeMatchMedia(false);
		expect(prefersReducedMotion()).toBe(false);
		expect(motionDuration(200)).toBe(200);
		expect(scrollBehavior()).toBe('smooth');
	});

	it('does not animate when the reader asks for reduced motion', () => {
		fakeMatchMedia(true);
		expect(prefersReducedMotion()).toBe(true);
		expect(motionDuration(200)).toBe(0);
		expect(scrollBehavior()).toBe('auto');
	});

	it('is false where there is no window (prerendering)', () => {
		vi.stubGlobal('window', undefined);
		expect(prefersReducedMotion()).toBe(false);
	});
});
