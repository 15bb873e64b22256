import { glossaryGroups } from '$lib/glossary/order';
import type { PageServerLoad } from './$types';

// Ordered at build time, in Node's full ICU (pinyin order for Chinese), and shipped with the page as data: the browser
// shows the same order whatever its own ICU holds.
export const load: PageServerLoad = ({ params }) => ({ groups: glossaryGroups(params.lang === 'zh' ? 'zh' : 'en') });
