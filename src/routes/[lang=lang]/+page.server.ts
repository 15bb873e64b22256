import { conceptPageScript } from '$lib/concept-page/script.server';
import { conceptsIn } from '$lib/content/index.server';
import type { Lang } from '$lib/i18n/langs';
import type { PageServerLoad } from './$types';

/** The index also shows each concept's description (the layout carries only titles, to keep every page light), and
 * starts with the concept pages' script instead of SvelteKit (see +page.ts). */
export const load: PageServerLoad = ({ params }) => ({
	descriptions: conceptsIn(params.lang as Lang).map((c) => c.description),
	script: conceptPageScript()
});
