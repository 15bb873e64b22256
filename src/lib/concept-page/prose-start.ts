// What a concept page adds to its prose as it starts (start.ts, from the entry start-concept-page.ts): the term and
// citation cards' behaviour and its figures as islands at once; the cards' texts and the live self-check, which are
// Svelte components, from prose-code.ts, which this file loads (and Svelte's runtime with it) when the reader first
// reaches for the page: scrolls, points, taps, presses a key or moves the focus, or a card is about to show, or the
// self-check nears the screen. A reader who only reads pays nothing for it at load. A reader who fires none of those
// events (a screen reader's browsing cursor moves no focus) gets it once the page has been idle for a few seconds, so
// a term's description is there when its link gets focus.
import { enhanceProse, type CardTexts } from '$lib/components/links/enhance-prose';
import { released } from '$lib/components/islands/released';
import { importIfCurrent } from '$lib/deploy/new-version';
import type { ConceptPageStart } from './page-start';

type ProseCode = typeof import('./prose-code');

/** The prose's code, once it has arrived (null before, and on a page from an older deploy whose code is gone). */
let code: ProseCode | null = null;
let loading: Promise<ProseCode | undefined> | null = null;

function loadProseCode(): Promise<ProseCode | undefined> {
	loading ??= importIfCurrent(() => import('./prose-code')).then((loaded) => (code = loaded ?? null) ?? undefined);
	return loading;
}

/** Runs `use` with the prose's code: at once if it is here, else once it has arrived (never, on an older deploy's
 * page whose code is gone: a card then stays empty, which CSS never shows, and the self-check stays the prerendered
 * one, which works without JavaScript). */
function withProseCode(use: (code: ProseCode) => void) {
	if (code) use(code);
	else void loadProseCode().then((loaded) => loaded && use(loaded));
}

const CARD_TEXTS_WHEN_LOADED: CardTexts = {
	term: (target, props) => withProseCode((loaded) => loaded.CARD_TEXTS.term(target, props)),
	cite: (target, props) => withProseCode((loaded) => loaded.CARD_TEXTS.cite(target, props))
};

/** What the reader does first on the page that loads the prose's code. */
const FIRST_MOVES = ['scroll', 'wheel', 'pointerdown', 'pointermove', 'touchstart', 'keydown', 'focusin'] as const;
/** How long after load, if the reader has done none of those, the prose's code loads anyway (when the page is idle). */
const IDLE_AFTER_MS = 3000;

function loadOnFirstMove() {
	const go = () => {
		for (const type of FIRST_MOVES) removeEventListener(type, go, true);
		void loadProseCode();
	};
	for (const type of FIRST_MOVES) addEventListener(type, go, { capture: true, passive: true });
	const later = () =>
		setTimeout(() => ('requestIdleCallback' in window ? requestIdleCallback(go, { timeout: IDLE_AFTER_MS }) : go()), IDLE_AFTER_MS);
	if (document.readyState === 'complete') later();
	else addEventListener('load', later, { once: true });
}

/** Runs `start` once, when `element` comes within a screen of the viewport or the reader points at, touches,
 * focuses or changes something in it. */
function whenNear(element: HTMLElement, start: () => void) {
	const triggers = ['pointerenter', 'touchstart', 'focusin', 'change'] as const;
	let started = false;
	const go = () => {
		if (started) return;
		started = true;
		sight.disconnect();
		for (const type of triggers) element.removeEventListener(type, go);
		start();
	};
	const sight = new IntersectionObserver(
		(entries) => {
			if (entries.some((entry) => entry.isIntersecting)) go();
		},
		{ rootMargin: '100% 0px' }
	);
	sight.observe(element);
	for (const type of triggers) element.addEventListener(type, go, { passive: true });
}

export function startProse({ lang, slug, links }: ConceptPageStart) {
	const prose = document.querySelector<HTMLElement>('.prose-body');
	if (prose) enhanceProse(prose, lang, links, CARD_TEXTS_WHEN_LOADED);
	// The self-check, below the fold, comes to life with the reader's saved answers when it nears the screen or the
	// reader reaches for it (a pick made before is kept, and a key or finger held down on an option is let go first): a
	// page that is only read pays nothing for it.
	const selfCheck = document.querySelector<HTMLElement>('#self-check');
	if (selfCheck)
		whenNear(selfCheck, () =>
			withProseCode((loaded) => void released(selfCheck).then(() => loaded.startSelfCheck(selfCheck, { lang, slug, questions: links.questions })))
		);
	loadOnFirstMove();
}
