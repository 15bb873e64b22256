// What the end-to-end tests visit: every built page, and helpers that fail a test on console errors, failed
// requests or requests to any other host.
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { SLUGS } from '../../src/lib/content/concepts';
import { distinctiveSentence, parseSeed } from '../../src/lib/content/seed';
import { LANGS, type Lang } from '../../src/lib/i18n/langs';
import { LAB_SLUGS } from '../../src/lib/labs';

export interface SitePage {
	path: string;
	lang: Lang | null;
	slug: string | null;
}

export const CONCEPT_PAGES: SitePage[] = LANGS.flatMap((lang) => SLUGS.map((slug) => ({ path: `/${lang}/${slug}/`, lang, slug })));
export const INDEX_PAGES: SitePage[] = LANGS.map((lang) => ({ path: `/${lang}/`, lang, slug: null }));
export const LAB_PAGES: SitePage[] = LANGS.flatMap((lang) => LAB_SLUGS.map((lab) => ({ path: `/${lang}/lab/${lab}/`, lang, slug: null })));
// Glossary and search: language pages without a slug and without figures.
export const LINK_PAGES: SitePage[] = LANGS.flatMap((lang) => [
	{ path: `/${lang}/glossary/`, lang, slug: null },
	{ path: `/${lang}/search/`, lang, slug: null }
]);
export const ALL_PAGES: SitePage[] = [{ path: '/', lang: null, slug: null }, ...INDEX_PAGES, ...CONCEPT_PAGES, ...LAB_PAGES, ...LINK_PAGES];

const seed = parseSeed(readFileSync('content/seed/llm-basics.zh.txt', 'utf8'));

/** A sentence of the seed's answer to this concept, as it reads on the Chinese page. */
export function seedSentence(slug: string): string {
	return distinctiveSentence(seed[SLUGS.indexOf(slug as (typeof SLUGS)[number])].answer);
}

/** Records console errors, page errors, failed requests and requests to other hosts, for `expectClean`. */
export function watchPage(page: Page) {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) => {
		// Aborted means cancelled (the page moved on, or the service worker took over); a missing file is a 404 below.
		if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:') {
			problems.push(`request to another host: ${request.url()}`);
		}
	});
	return {
		problems,
		expectClean: () => expect(problems, problems.join('\n')).toEqual([])
	};
}

/** Waits for hydration: clicks before it are lost. */
export async function hydrated(page: Page) {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** Waits for hydration and for every figure island on the page to be live: each is scrolled into view and pointed
 * at, which is what starts it (a link with a query starts them at once). */
export async function figuresLive(page: Page) {
	await hydrated(page);
	for (const island of await page.locator('[data-island]').all()) {
		await island.scrollIntoViewIfNeeded();
		if ((await island.getAttribute('data-live')) === null) await island.dispatchEvent('pointerenter');
		await expect(island).toHaveAttribute('data-live', '');
	}
}

/** KaTeX's web fonts on the page, once every font the page uses has settled: how many loaded and how many failed. */
export async function katexFonts(page: Page): Promise<{ loaded: number; failed: number }> {
	return page.evaluate(async () => {
		await document.fonts.ready;
		const katex = [...document.fonts].filter((font) => font.family.replace(/"/g, '').startsWith('KaTeX'));
		return { loaded: katex.filter((f) => f.status === 'loaded').length, failed: katex.filter((f) => f.status === 'error').length };
	});
}
