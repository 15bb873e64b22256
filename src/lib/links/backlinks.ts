// Backlinks, computed from the content itself: which pages link to which. A concept page links to another with a
// relative markdown link (`](../slug/)`) and to a lab page by placing its figure; the glossary links to the pages its
// terms point at. Pure functions over the markdown sources, so they run at build time and in unit tests alike.
import { SLUGS, type Slug } from '$lib/content/concepts';
import { GLOSSARY } from '$lib/glossary/terms';
import { FIGURES } from './related';

/** A page of one language, by kind: a concept, a lab page or the glossary. */
export type PageRef = { slug: Slug } | { lab: string } | { glossary: true };

/** A link ready to render: site path (without base) and title. */
export interface ResolvedLink {
	path: string;
	title: string;
}

export function pageKey(ref: PageRef): string {
	return 'slug' in ref ? ref.slug : 'lab' in ref ? `lab/${ref.lab}` : 'glossary';
}

/** Pages a concept's markdown links to: other concepts and the labs of the figures it places. */
export function outgoingLinks(markdown: string): PageRef[] {
	const slugs = new Set<Slug>();
	for (const match of markdown.matchAll(/\]\(\.\.\/([a-z0-9-]+)\/[^)]*\)/g)) {
		if ((SLUGS as readonly string[]).includes(match[1])) slugs.add(match[1] as Slug);
	}
	const labs = FIGURES.filter((f) => new RegExp(`<${f.component}[\\s/>]`).test(markdown)).map((f) => ({ lab: f.lab }));
	return [...[...slugs].map((slug) => ({ slug })), ...labs];
}

/** For every page key, the pages that link to it (the concept sources given as slug -> markdown). */
export function backlinks(sources: Partial<Record<Slug, string>>): Map<string, PageRef[]> {
	const result = new Map<string, PageRef[]>();
	const add = (target: PageRef, from: PageRef) => {
		const key = pageKey(target);
		const list = result.get(key) ?? [];
		if (pageKey(target) !== pageKey(from) && !list.some((r) => pageKey(r) === pageKey(from))) list.push(from);
		result.set(key, list);
	};
	for (const slug of SLUGS) {
		const markdown = sources[slug];
		if (markdown === undefined) continue;
		for (const target of outgoingLinks(markdown)) {
			add(target, { slug });
			// A lab page lists the concepts that use its figure, so it links back to each of them.
			if ('lab' in target) add({ slug }, target);
		}
	}
	for (const term of Object.values(GLOSSARY)) {
		for (const link of term.see) if ('slug' in link) add({ slug: link.slug }, { glossary: true });
	}
	return result;
}

