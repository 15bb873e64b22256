import { conceptsIn } from '$lib/content/index.server';
import { backlinksIn } from '$lib/links/resolve.server';
import type { Lang } from '$lib/i18n/langs';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ params }) => {
	const lang = params.lang as Lang;
	return {
		lang,
		concepts: conceptsIn(lang).map(({ slug, number, title, short }) => ({ slug, number, title, short })),
		// Which pages link to which, computed from the content at build time (see src/lib/links/backlinks.ts).
		backlinks: backlinksIn(lang)
	};
};
