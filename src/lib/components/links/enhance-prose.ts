// What a concept page's prerendered prose needs from JavaScript, added to the markup in place (the prose is not
// hydrated: its HTML comes once, from the page, not again inside the page's code). Term and citation cards get their
// behaviour now and their text on first show, from `texts`; figures become islands. This file imports none of
// Svelte's runtime: the texts are Svelte components, which the caller mounts at once (card-texts.ts) or once their
// code has arrived (concept-page/prose-start.ts).
import type { Lang } from '$lib/i18n/langs';
import type { PageLinks, PageTerm } from '$lib/links/page-links';
import type { Reference } from '$lib/references/bibliography';
import { startIslands } from '$lib/components/islands/start-island';
import { hoverCard } from '$lib/components/content/hover-card';

/** How a card's text gets into it (`target`, the card's empty tooltip) when it is first shown. */
export interface CardTexts {
	term(target: HTMLElement, props: { entry: PageTerm; lang: Lang }): void;
	cite(target: HTMLElement, props: { ref: Reference }): void;
}

/** A hover card whose text is put into it on first show. */
function card(root: HTMLElement, fill: (target: HTMLElement) => void) {
	const target = root.querySelector<HTMLElement>('[role="tooltip"]');
	let shown = false;
	return hoverCard(() => {
		if (shown || !target) return;
		shown = true;
		fill(target);
	})(root);
}

/** Brings the prose under `root` to life; returns the clean-up. */
export function enhanceProse(root: HTMLElement, lang: Lang, links: PageLinks, texts: CardTexts): () => void {
	const cleanups: (void | (() => void))[] = [];
	for (const term of root.querySelectorAll<HTMLElement>('.hover-card[data-term]')) {
		const entry = links.terms[term.dataset.term ?? ''];
		if (entry) cleanups.push(card(term, (target) => texts.term(target, { entry, lang })));
	}
	for (const cite of root.querySelectorAll<HTMLElement>('.hover-card[data-cite]')) {
		const ref = links.references[cite.dataset.cite ?? ''];
		if (ref) cleanups.push(card(cite, (target) => texts.cite(target, { ref })));
	}
	cleanups.push(startIslands(root));
	return () => {
		for (const cleanup of cleanups) cleanup?.();
	};
}
