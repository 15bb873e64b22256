// The files a prerendered concept page loads to start (see start.ts): the entry the client build emitted for it
// (vite.config.ts) and the chunks it imports, read from Vite's manifest of that build, which is written before pages
// are prerendered; on a concept page also the code for its prose (prose-start.ts, which start.ts imports at once
// there) and what that imports, Svelte's runtime among them. In development, Vite serves the entry's source.
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

/** The code a concept page's prose needs (start.ts imports it on concept pages only). */
const PROSE_START = 'src/lib/concept-page/prose-start.ts';

const found = new Map<boolean, ConceptPageScript>();

/** The start-up script of a page that runs without SvelteKit; with `prose`, for a concept page. */
export function conceptPageScript({ prose = false }: { prose?: boolean } = {}): ConceptPageScript {
	if (dev) return { src: `${base}/${CONCEPT_PAGE_ENTRY}`, preload: [] };
	const known = found.get(prose);
	if (known) return known;
	const path = join(process.env.KIT_OUT_DIR ?? '.svelte-kit', 'output', 'client', '.vite', 'manifest.json');
	const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>;
	const entry = manifest[CONCEPT_PAGE_ENTRY];
	if (!entry) throw new Error(`${path}: no chunk for ${CONCEPT_PAGE_ENTRY} (see conceptPageEntry in vite.config.ts)`);
	const preload = new Set<string>();
	const add = (key: string) => {
		const file = manifest[key]?.file;
		if (!file || preload.has(`${base}/${file}`)) return;
		preload.add(`${base}/${file}`);
		visit(key);
	};
	const visit = (key: string) => {
		for (const imported of manifest[key]?.imports ?? []) add(imported);
	};
	visit(CONCEPT_PAGE_ENTRY);
	if (prose) {
		if (!manifest[PROSE_START]) throw new Error(`${path}: no chunk for ${PROSE_START}`);
		add(PROSE_START);
	}
	const script = { src: `${base}/${entry.file}`, preload: [...preload] };
	found.set(prose, script);
	return script;
}
