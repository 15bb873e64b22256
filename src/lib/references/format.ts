// Formatting of one reference, kept apart from the bibliography so that the browser gets the few entries a page cites
// (through its data) without the whole bibliography.
import type { Reference } from './bibliography';

/** Where a reader can open the paper. */
export function referenceUrl(ref: Reference): string {
	return ref.arxiv ? `https://arxiv.org/abs/${ref.arxiv}` : (ref.url ?? '');
}

/** One line: "Authors (year). Title. Venue." */
export function formatReference(ref: Reference): string {
	return `${ref.authors} (${ref.year}). ${ref.title}. ${ref.venue}.`;
}
