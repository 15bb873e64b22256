import { error } from '@sveltejs/kit';
import { concept, conceptsIn, sourcesIn } from '$lib/content/index.server';
import { pageLinks } from '$lib/links/page-links.server';
import { SLUGS, type Slug } from '$lib/content/concepts';
import { LANGS, type Lang } from '$lib/i18n/langs';
import { conceptPageScript } from '$lib/concept-page/script.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => LANGS.flatMap((lang) => SLUGS.map((slug) => ({ lang, slug })));

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Lang;
	if (!(SLUGS as readonly string[]).includes(params.slug)) error(404, 'Not found');
	const slug = params.slug as Slug;
	const all = conceptsIn(lang);
	const index = SLUGS.indexOf(slug);
	const link = (i: number) => (all[i] ? { slug: all[i].slug, short: all[i].short, number: all[i].number } : null);
	// The interview answer is checked at build and rendered from the markdown: its bullets need not travel as data.
	const { answer: _answer, ...shown } = concept(lang, slug);
	return {
		concept: shown,
		previous: link(index - 1),
		next: link(index + 1),
		// Glossary entries, references and self-check questions of this page only (throws on an unknown id or key).
		links: pageLinks(lang, slug, sourcesIn(lang)[slug]),
		// The page starts with its own small script, not SvelteKit (csr = false in +page.ts; see concept-page/start.ts).
		script: conceptPageScript({ prose: true })
	};
};
