/** Whether SvelteKit's router runs on this page: the root layout says so when Kit starts it. A prerendered concept page
 * starts without Kit (src/lib/concept-page/start.ts), and its figures then write the address through the History API
 * (figure-url.ts). */
export const router = { kit: false };
