import { conceptPageScript } from '$lib/concept-page/script.server';
import { glossaryGroups } from '$lib/glossary/order';
import type { PageServerLoad } from './$types';

// Ordered at build time, in Node's full ICU (pinyin order for Chinese), and written into the page: the browser shows
// the same order whatever its own ICU holds. The page starts with the concept pages' script (see +page.ts).
export const load: PageServerLoad = ({ params }) => ({ groups: glossaryGroups(params.lang === 'zh' ? 'zh' : 'en'), script: conceptPageScript() });
