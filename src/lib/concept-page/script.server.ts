// The files a page that starts without SvelteKit loads to start (see start.ts): the entry the client build emitted
// for it (vite.config.ts; a concept page's brings its prose's start-up, without Svelte) and the chunks it imports,
// read from Vite's manifest of that build, which is written before pages are prerendered. In development, Vite serves
// the entry's source.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { base } from '$app/paths';
import { dev } from '$app/environment';
import { START_CONCEPT_PAGE_ENTRY, START_PAGE_ENTRY } from './entry.js';

interface ManifestChunk {
	file: string;
	imports?: string[];
}

export interface ConceptPageScript {
	/** The entry, for a module script. */
	src: string;
	/** What it imports statically, to preload beside it rather than after it. */
	preload: string[];
}

const found = new Map<boolean, ConceptPageScript>();

/** The start-up script of a page that runs without SvelteKit; with `prose`, for a concept page. */
export function conceptPageScript({ prose = false }: { prose?: boolean } = {}): ConceptPageScript {
	const name = prose ? START_CONCEPT_PAGE_ENTRY : START_PAGE_ENTRY;
	if (dev) return { src: `${base}/${name}`, preload: [] };
	const known = found.get(prose);
	if (known) return known;
	const path = join(process.env.KIT_OUT_DIR ?? '.svelte-kit', 'output', 'client', '.vite', 'manifest.json');
	const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>;
	const entry = manifest[name];
	if (!entry) throw new Error(`${path}: no chunk for ${name} (see conceptPageEntry in vite.config.ts)`);
	const preload = new Set<string>();
	const visit = (key: string) => {
		for (const imported of manifest[key]?.imports ?? []) {
			const file = manifest[imported]?.file;
			if (!file || preload.has(`${base}/${file}`)) continue;
			preload.add(`${base}/${file}`);
			visit(imported);
		}
	};
	visit(name);
	const script = { src: `${base}/${entry.file}`, preload: [...preload] };
	found.set(prose, script);
	return script;
}
