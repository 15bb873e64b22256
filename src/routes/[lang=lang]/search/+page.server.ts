import { conceptPageScript } from '$lib/concept-page/script.server';
import { MAX_QUERY } from '$lib/search/excerpt';
import type { PageServerLoad } from './$types';

// The page starts with the concept pages' script (see +page.ts). The box's maxlength comes from here, not from an
// import in the page's component: that would bundle the search code into the files every page built by Kit shares,
// and the search page would load them (and Kit's runtime) to start.
export const load: PageServerLoad = () => ({ script: conceptPageScript(), maxQuery: MAX_QUERY });
