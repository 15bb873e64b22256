/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline support: after the first visit, every page and figure of the site works without a network. The whole
// site (built assets, static files and prerendered pages with their data) is cached when the worker installs; a
// new deploy gets a new cache, and the old one is deleted.
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `site-${version}`;
const ASSETS = [...build, ...files, ...prerendered];
// The search index (Pagefind) is written after the build, so it is not in the lists above: its files are listed in
// pagefind/files.json (scripts/search-index.js), fetched at install, and served from the cache like the rest.
const SEARCH = `${base}/pagefind/`;

async function cacheSearchIndex(cache: Cache): Promise<void> {
	try {
		const response = await fetch(`${SEARCH}files.json`);
		if (!response.ok) return;
		const list = (await response.json()) as string[];
		await cache.addAll([`${SEARCH}files.json`, ...list.map((file) => `${base}/${file}`)]);
	} catch {
		// No index here (e.g. the dev server): search is simply unavailable offline.
	}
}

// Files too large to download on every first visit, left out of the precache and cached like the rest the first time a
// page fetches them: the real tokenizers' vocabularies (listed at build time by vite.config.ts) and the Transformer's
// weights (static/models/, about 440 kB compressed for the five models).
const MODELS = `${base}/models/`;
async function lazyFiles(): Promise<Set<string>> {
	try {
		const response = await fetch(`${base}/_app/lazy-files.json`, { cache: 'no-store' });
		return new Set(response.ok ? ((await response.json()) as string[]).map((file) => `${base}/${file}`) : []);
	} catch {
		return new Set();
	}
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		Promise.all([caches.open(CACHE), lazyFiles()])
			.then(([cache, lazy]) =>
				Promise.all([cache.addAll(ASSETS.filter((file) => !lazy.has(file) && !file.startsWith(MODELS))), cacheSearchIndex(cache)])
			)
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Pages are cached without their query: a figure's settings live in the URL, the page is the same.
			const cached = await cache.match(url.pathname, { ignoreSearch: true });
			const known = ASSETS.includes(url.pathname) || url.pathname.startsWith(SEARCH);
			if (cached && known) return cached;
			try {
				const response = await fetch(event.request);
				if (response.ok && known) cache.put(url.pathname, response.clone());
				return response;
			} catch (error) {
				if (cached) return cached;
				const notFound = await cache.match(`${base}/404.html`);
				if (notFound) return notFound;
				throw error;
			}
		})()
	);
});
