import { conceptPageScript } from '$lib/concept-page/script.server';
import type { LayoutServerLoad } from './$types';

// The script a lab page starts with instead of SvelteKit (see +layout.ts).
export const load: LayoutServerLoad = () => ({ script: conceptPageScript() });
