// Motion that a script drives (Web Animations, Svelte transitions, smooth scrolling, requestAnimationFrame loops)
// is not covered by the CSS rule in app.css: such code asks here first, and does not animate when the reader asked
// for less motion.

/** True when the reader's system asks for reduced motion (always false during prerendering). */
export function prefersReducedMotion(): boolean {
	return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** `ms`, or 0 when the reader asked for reduced motion: for transition and animation durations set from script. */
export function motionDuration(ms: number): number {
	return prefersReducedMotion() ? 0 : ms;
}

/** 'smooth', or 'auto' (an instant jump) when the reader asked for reduced motion: for scrollIntoView / scrollTo. */
export function scrollBehavior(): ScrollBehavior {
	return prefersReducedMotion() ? 'auto' : 'smooth';
}
