import { conceptPageScript } from '$lib/concept-page/script.server';
import type { PageServerLoad } from './$types';

// The page starts with the concept pages' script (see +page.ts).
export const load: PageServerLoad = () => ({ script: conceptPageScript() });
