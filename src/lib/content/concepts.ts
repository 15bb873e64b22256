import { parse as parseYaml } from 'yaml';
import { splitHeadingId } from './heading-ids.js';
import { LANGS, type Lang } from '../i18n/langs';

/** The six concepts, in the seed's order (questions 1 to 6). File names are `NN-slug.md`. */
export const SLUGS = [
	'model-families',
	'causal-prefix-encoder-decoder',
	'training-objective',
	'emergence',
	'why-decoder-only',
	'transformer-architecture'
] as const;
export type Slug = (typeof SLUGS)[number];

/** Frontmatter every concept file must carry, each a non-empty string. */
export const REQUIRED_FRONTMATTER = ['title', 'short', 'question', 'description'] as const;
type Frontmatter = Record<(typeof REQUIRED_FRONTMATTER)[number], string>;

export interface TocEntry {
	id: string;
	text: string;
	/** 2 for the page's own sections, 3 for a note. */
	level: 2 | 3;
}

export interface Concept extends Frontmatter {
	lang: Lang;
	slug: Slug;
	/** 1-based position, equal to the seed's question number. */
	number: number;
	/** Headings of the notes, in order. */
	notes: TocEntry[];
}

export class ContentError extends Error {
	constructor(file: string, problem: string) {
		super(`${file}: ${problem}`);
		this.name = 'ContentError';
	}
}

const FILE_NAME = /^content\/(\w+)\/(\d\d)-([a-z0-9-]+)\.md$/;
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/** Reads one concept file (path relative to the repo root, e.g. `content/zh/01-model-families.md`). Throws a
 * ContentError naming the file on anything the site cannot render correctly. */
export function parseConcept(path: string, source: string): Concept {
	const file = path.replace(/^\//, '');
	const name = FILE_NAME.exec(file);
	if (!name) throw new ContentError(file, 'file name must look like content/<lang>/NN-slug.md');
	const [, lang, numberText, slug] = name;
	if (!(LANGS as readonly string[]).includes(lang)) {
		throw new ContentError(file, `unknown language folder "${lang}" (expected ${LANGS.join(', ')})`);
	}
	const index = (SLUGS as readonly string[]).indexOf(slug);
	if (index === -1) throw new ContentError(file, `unknown slug "${slug}" (expected one of ${SLUGS.join(', ')})`);
	if (Number(numberText) !== index + 1) {
		throw new ContentError(file, `"${slug}" must be numbered ${String(index + 1).padStart(2, '0')}`);
	}

	const block = FRONTMATTER.exec(source);
	if (!block) throw new ContentError(file, 'missing frontmatter block (--- ... ---) at the top');
	let data: unknown;
	try {
		data = parseYaml(block[1]);
	} catch (error) {
		throw new ContentError(file, `frontmatter is not valid YAML: ${(error as Error).message}`);
	}
	if (typeof data !== 'object' || data === null) throw new ContentError(file, 'frontmatter must be a mapping');
	const record = data as Record<string, unknown>;
	for (const key of REQUIRED_FRONTMATTER) {
		const value = record[key];
		if (typeof value !== 'string' || value.trim() === '') {
			throw new ContentError(file, `frontmatter "${key}" is required and must be a non-empty string`);
		}
	}

	const body = source.slice(block[0].length);
	for (const tag of ['Original', 'Notes']) {
		if (!new RegExp(`<${tag}>\\s*\\n\\n`).test(body) || !new RegExp(`\\n\\n\\s*</${tag}>`).test(body)) {
			throw new ContentError(file, `body needs <${tag}> and </${tag}>, each with a blank line inside`);
		}
	}

	const notes = noteHeadings(file, body);
	return {
		lang: lang as Lang,
		slug: slug as Slug,
		number: index + 1,
		title: String(record.title),
		short: String(record.short),
		question: String(record.question),
		description: String(record.description),
		notes
	};
}

/** The `###` headings inside <Notes>, each of which must carry a `{#id}`. */
function noteHeadings(file: string, body: string): TocEntry[] {
	const notes = body.slice(body.indexOf('<Notes>'));
	const seen = new Set<string>();
	const entries: TocEntry[] = [];
	for (const line of notes.split('\n')) {
		const heading = /^###\s+(.*)$/.exec(line);
		if (!heading) continue;
		const { text, id } = splitHeadingId(heading[1]);
		if (!id) throw new ContentError(file, `note heading "${text}" needs an id: "### ${text} {#some-id}"`);
		if (seen.has(id)) throw new ContentError(file, `note id "${id}" is used twice`);
		seen.add(id);
		entries.push({ id, text: stripInlineMarkdown(text), level: 3 });
	}
	if (entries.length === 0) throw new ContentError(file, 'the notes need at least one "### heading {#id}"');
	return entries;
}

/** Heading text for the table of contents: markdown emphasis, code and math delimiters removed. */
export function stripInlineMarkdown(text: string): string {
	return text
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`$]/g, '')
		.trim();
}

/** Checks that every language has every slug, and that the two languages' notes share their ids. */
export function checkLanguagesInStep(concepts: Concept[]): void {
	for (const lang of LANGS) {
		for (const slug of SLUGS) {
			if (!concepts.some((c) => c.lang === lang && c.slug === slug)) {
				throw new ContentError(`content/${lang}`, `missing the page "${slug}"`);
			}
		}
	}
	for (const slug of SLUGS) {
		const [first, ...others] = LANGS.map((lang) => concepts.find((c) => c.lang === lang && c.slug === slug)!);
		const ids = first.notes.map((n) => n.id).join(',');
		for (const other of others) {
			if (other.notes.map((n) => n.id).join(',') !== ids) {
				throw new ContentError(
					`content/${other.lang}/${slug}`,
					`note ids differ from ${first.lang}: [${other.notes.map((n) => n.id)}] vs [${first.notes.map((n) => n.id)}]`
				);
			}
		}
	}
}
