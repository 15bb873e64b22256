// What the compiler cannot see about a lab page: its route folder. Every lab of LABS needs one, prerendered in every
// language and framed by LabPage under its own slug, and every folder under lab/ must be a lab of LABS (else the index
// does not list it and the end-to-end tests, which visit LAB_SLUGS, never open it). Steps: docs/adding-things.md.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS } from '$lib/i18n/langs';
import { LAB_SLUGS, LABS } from './labs';

const ROUTES = 'src/routes/[lang=lang]/lab';

describe('the lab pages', () => {
	it('each have a route folder that frames the page with its own slug and places at least one figure', () => {
		for (const slug of LAB_SLUGS) {
			const page = `${ROUTES}/${slug}/+page.svelte`;
			expect(existsSync(page), `${page} is missing`).toBe(true);
			const source = readFileSync(page, 'utf8');
			expect(source, page).toMatch(/<LabPage\b/);
			expect(source.match(/\bslug="([a-z0-9-]+)"/)?.[1], `${page}: LabPage's slug`).toBe(slug);
			expect(source, page).toMatch(/<Island\b/);
		}
	});

	it('are each prerendered in every language', () => {
		for (const slug of LAB_SLUGS) {
			const load = `${ROUTES}/${slug}/+page.ts`;
			expect(existsSync(load), `${load} is missing`).toBe(true);
			expect(readFileSync(load, 'utf8'), load).toMatch(/export const entries\b[^\n]*LANGS\.map\(\(lang\) => \(\{ lang \}\)\)/);
		}
	});

	it('are all in LABS: no route folder under lab/ is left out of the index', () => {
		// Folders only: the files beside them (+layout.*) frame every lab.
		const folders = readdirSync(ROUTES, { withFileTypes: true }).filter((entry) => entry.isDirectory());
		expect(folders.map((entry) => entry.name).sort()).toEqual([...LAB_SLUGS].sort());
	});

	it('are titled and described in both languages', () => {
		for (const lab of LABS) {
			for (const lang of LANGS) {
				expect(lab.title[lang].trim(), `${lab.slug} title ${lang}`).not.toBe('');
				expect(lab.blurb[lang].length, `${lab.slug} blurb ${lang}`).toBeGreaterThan(20);
			}
			expect(lab.title.zh + lab.blurb.zh, lab.slug).toMatch(/[\u4e00-\u9fff]/);
			expect(lab.blurb.en, lab.slug).not.toMatch(/[\u4e00-\u9fff]/);
		}
		expect(new Set(LAB_SLUGS).size).toBe(LAB_SLUGS.length);
	});
});
