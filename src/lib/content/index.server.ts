import { checkLanguagesInStep, parseConcept, SLUGS, type Concept, type Slug } from './concepts';
import type { Lang } from '$lib/i18n/langs';

// Raw text of every concept file, read at build time only (this module is server-only, so none of it ships to the
// browser). Parsing throws on bad frontmatter, which fails the build.
const files = import.meta.glob('/content/*/*.md', { query: '?raw', import: 'default', eager: true }) as Record<
	string,
	string
>;

const concepts: Concept[] = Object.entries(files).map(([path, source]) => parseConcept(path, source));
checkLanguagesInStep(concepts);

/** The six concepts of one language, in order. */
export function conceptsIn(lang: Lang): Concept[] {
	return SLUGS.map((slug) => concepts.find((c) => c.lang === lang && c.slug === slug)!);
}

export function concept(lang: Lang, slug: Slug): Concept {
	return conceptsIn(lang)[SLUGS.indexOf(slug)];
}

/** The markdown of every concept of one language, by slug (for link analysis at build time). */
export function sourcesIn(lang: Lang): Record<Slug, string> {
	const bySlug = {} as Record<Slug, string>;
	for (const [path, source] of Object.entries(files)) {
		const concept = parseConcept(path, source);
		if (concept.lang === lang) bySlug[concept.slug] = source;
	}
	return bySlug;
}
