// The files a prerendered concept page loads to start (see start.ts): the entry the client build emitted for it
// (vite.config.ts) and the chunks it imports, read from Vite's manifest of that build, which is written before pages
// are prerendered. In development, Vite serves the entry's source.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { base } from '$app/paths';
import { dev } from '$app/environment';
import { CONCEPT_PAGE_ENTRY } from './entry.js';

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

let found: ConceptPageScript | undefined;

export function conceptPageScript(): ConceptPageScript {
	if (dev) return { src: `${base}/${CONCEPT_PAGE_ENTRY}`, preload: [] };
	if (found) return found;
	const path = join(process.env.KIT_OUT_DIR ?? '.svelte-kit', 'output', 'client', '.vite', 'manifest.json');
	const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>;
	const entry = manifest[CONCEPT_PAGE_ENTRY];
	if (!entry) throw new Error(`${path}: no chunk for ${CONCEPT_PAGE_ENTRY} (see conceptPageEntry in vite.config.ts)`);
	const preload = new Set<string>();
	const visit = (key: string) => {
		for (const imported of manifest[key]?.imports ?? []) {
			const file = manifest[imported]?.file;
			if (!file || preload.has(`${base}/${file}`)) continue;
			preload.add(`${base}/${file}`);
			visit(imported);
		}
	};
	visit(CONCEPT_PAGE_ENTRY);
	found = { src: `${base}/${entry.file}`, preload: [...preload] };
	return found;
}
