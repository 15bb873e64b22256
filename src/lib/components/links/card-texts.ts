// The cards' texts, mounted at once and synchronously (so a screen reader has a term's description when its link gets
// focus): what enhance-prose.ts puts into a term or citation card on its first show.
import { flushSync, mount } from 'svelte';
import TermCard from '$lib/components/content/TermCard.svelte';
import CiteCard from '$lib/components/content/CiteCard.svelte';
import type { CardTexts } from './enhance-prose';

export const CARD_TEXTS: CardTexts = {
	term(target, props) {
		mount(TermCard, { target, props });
		flushSync();
	},
	cite(target, props) {
		mount(CiteCard, { target, props });
		flushSync();
	}
};
