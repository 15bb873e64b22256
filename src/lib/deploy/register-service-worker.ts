// Registers the service worker (src/service-worker.ts), whose install downloads the whole site for offline use, only
// once the page has loaded and the main thread is idle: never during start-up, where it would compete with the page's
// own scripts, fonts and first figure. Kit's own registration (at the load event) is switched off in svelte.config.js.
import { SITE_BASE as base } from './site-base';
import { dev } from '$app/environment';

export function registerServiceWorkerWhenIdle(): void {
	if (!('serviceWorker' in navigator)) return;
	const register = () => {
		navigator.serviceWorker.register(`${base}/service-worker.js`, { type: dev ? 'module' : 'classic' }).catch(() => {
			// No service worker (a private window, a host that refuses it): the site works, only not offline.
		});
	};
	// Safari has no requestIdleCallback: a few seconds after load stands in for idle there.
	const whenIdle = () =>
		'requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 10_000 }) : setTimeout(register, 3_000);
	if (document.readyState === 'complete') whenIdle();
	else addEventListener('load', whenIdle, { once: true });
}
