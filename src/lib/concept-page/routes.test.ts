import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startsWithoutKit } from './routes';

const ROUTES = 'src/routes';

/** Every route id under src/routes (a folder holding a +page), with whether it, or a layout above it, turns Kit off. */
function routes(dir = ROUTES, inheritedOff = false): { id: string; csrOff: boolean }[] {
	const files = readdirSync(dir);
	const off = (name: string) => files.includes(name) && /export const csr = false/.test(readFileSync(join(dir, name), 'utf8'));
	const layoutOff = inheritedOff || off('+layout.ts');
	const id = `/${relative(ROUTES, dir).split('\\').join('/')}`.replace(/\/$/, '') || '/';
	const here = files.some((f) => f.startsWith('+page.')) ? [{ id, csrOff: layoutOff || off('+page.ts') }] : [];
	const below = files.filter((f) => statSync(join(dir, f)).isDirectory()).flatMap((f) => routes(join(dir, f), layoutOff));
	return [...here, ...below];
}

describe('startsWithoutKit', () => {
	it('names exactly the routes that turn SvelteKit off and start with the pages’ own script: all but the root picker', () => {
		const all = routes();
		expect(all.length).toBeGreaterThan(10);
		for (const { id, csrOff } of all) {
			// The root picker runs no script of its own but the one in its head that sends the reader on.
			const expected = csrOff && id !== '/';
			expect(startsWithoutKit(id), id).toBe(expected);
		}
		// Every page a reader opens starts without Kit: it runs only on the not-found page (404.html, which hosts serve at
		// any unknown address), besides the root picker's redirect.
		expect(all.filter((r) => startsWithoutKit(r.id)).map((r) => r.id)).toEqual(
			expect.arrayContaining(['/[lang=lang]', '/[lang=lang]/[slug]', '/[lang=lang]/glossary', '/[lang=lang]/search', '/[lang=lang]/lab/attention-masks'])
		);
		expect(all.filter((r) => !startsWithoutKit(r.id)).map((r) => r.id)).toEqual(['/', '/404.html']);
	});
});
