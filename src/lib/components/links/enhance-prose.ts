// What a concept page's prerendered prose needs from JavaScript, added to the markup in place (the prose is not
// hydrated: its HTML comes once, from the page, not again inside the page's code). Term and citation cards get their
// behaviour and their text on first show; figures become islands.
import { flushSync, mount, type Component } from 'svelte';
import type { Lang } from '$lib/i18n/langs';
import type { PageLinks } from '$lib/links/page-links';
import { startIslands } from '$lib/components/islands/start-island';
import { hoverCard } from '$lib/components/content/hover-card';
import TermCard from '$lib/components/content/TermCard.svelte';
import CiteCard from '$lib/components/content/CiteCard.svelte';

/** A hover card whose text is the component mounted into it on first show. */
function card<Props extends Record<string, unknown>>(root: HTMLElement, Text: Component<Props>, props: Props) {
	const target = root.querySelector<HTMLElement>('[role="tooltip"]');
	let shown = false;
	return hoverCard(() => {
		if (shown || !target) return;
		shown = true;
		mount(Text, { target, props });
		// Synchronously, so a screen reader has the description when the link gets focus.
		flushSync();
	})(root);
}

/** Brings the prose under `root` to life; returns the clean-up. */
export function enhanceProse(root: HTMLElement, lang: Lang, links: PageLinks): () => void {
	const cleanups: (void | (() => void))[] = [];
	for (const term of root.querySelectorAll<HTMLElement>('.hover-card[data-term]')) {
		const entry = links.terms[term.dataset.term ?? ''];
		if (entry) cleanups.push(card(term, TermCard, { entry, lang }));
	}
	for (const cite of root.querySelectorAll<HTMLElement>('.hover-card[data-cite]')) {
		const ref = links.references[cite.dataset.cite ?? ''];
		if (ref) cleanups.push(card(cite, CiteCard, { ref }));
	}
	cleanups.push(startIslands(root));
	return () => {
		for (const cleanup of cleanups) cleanup?.();
	};
}
