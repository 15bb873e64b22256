import { parse as parseYaml } from 'yaml';
import { splitHeadingId } from './heading-ids.js';
import { LANGS, type Lang } from '../i18n/langs';
import { LABS } from '../labs';

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

/** A passage of the original that a note corrects: `<Correction note="id" />` in the original, numbered in order. */
export interface Correction {
	/** 1-based, in the order the markers stand in the original. */
	number: number;
	/** The id of the note that corrects it. */
	note: string;
}

/** The marker placed after a corrected passage of the original. Only ever this exact form. */
export const CORRECTION_MARKER = /<Correction note="([a-z0-9-]+)" \/>/g;

/** Bullets allowed in the interview answer. */
export const ANSWER_BULLETS = { min: 3, max: 5 } as const;

export interface Concept extends Frontmatter {
	lang: Lang;
	slug: Slug;
	/** 1-based position, equal to the seed's question number. */
	number: number;
	/** Headings of the notes, in order. */
	notes: TocEntry[];
	/** The interview answer's bullets, as markdown, in order. */
	answer: string[];
	/** The corrected passages of the original, in order. */
	corrections: Correction[];
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
	const noteIds = new Set(notes.map((n) => n.id));
	const answer = answerBullets(file, body, noteIds);
	const corrections = correctionMarkers(file, body, noteIds);
	return {
		lang: lang as Lang,
		slug: slug as Slug,
		number: index + 1,
		title: String(record.title),
		short: String(record.short),
		question: String(record.question),
		description: String(record.description),
		notes,
		answer,
		corrections
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

/** The markdown between `<Tag>` and `</Tag>` (empty when the tag is absent). */
export function between(body: string, tag: string): string {
	const start = body.indexOf(`<${tag}>`);
	const end = body.indexOf(`</${tag}>`);
	return start === -1 || end === -1 ? '' : body.slice(start + tag.length + 2, end).trim();
}

/** The original with its correction markers taken out: what the seed says, character for character. */
export function withoutCorrectionMarkers(markdown: string): string {
	return markdown.replace(CORRECTION_MARKER, '');
}

/** The `<InterviewAnswer>` block: before the original, 3 to 5 bullets, each backed by a link to one of this page's
 * notes (`#id`), another concept page (`../slug/`) or a lab (`../lab/name/`, with the figure's settings in its query). */
function answerBullets(file: string, body: string, noteIds: Set<string>): string[] {
	const at = body.indexOf('<InterviewAnswer>');
	if (at === -1 || !/<InterviewAnswer>\s*\n\n/.test(body) || !/\n\n\s*<\/InterviewAnswer>/.test(body)) {
		throw new ContentError(file, 'body needs <InterviewAnswer> and </InterviewAnswer>, each with a blank line inside');
	}
	if (at > body.indexOf('<Original>')) throw new ContentError(file, '<InterviewAnswer> must come before <Original>');
	const block = between(body, 'InterviewAnswer');
	const lines = block.split('\n').filter((line) => line.trim() !== '');
	const stray = lines.find((line) => !line.startsWith('- '));
	if (stray) throw new ContentError(file, `the interview answer holds only "- " bullets, one a line: "${stray}"`);
	if (lines.length < ANSWER_BULLETS.min || lines.length > ANSWER_BULLETS.max) {
		throw new ContentError(file, `the interview answer needs ${ANSWER_BULLETS.min} to ${ANSWER_BULLETS.max} bullets (has ${lines.length})`);
	}
	const labs = new Set<string>(LABS.map((lab) => lab.slug));
	return lines.map((line) => {
		const targets = [...line.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
		if (targets.length === 0) throw new ContentError(file, `an interview-answer bullet needs a link to what backs it: "${line}"`);
		for (const target of targets) {
			const note = /^#([a-z0-9-]+)$/.exec(target);
			const concept = /^\.\.\/([a-z0-9-]+)\/(#[a-z0-9-]+)?$/.exec(target);
			const lab = /^\.\.\/lab\/([a-z0-9-]+)\/(\?[^#]*)?(#[a-z0-9-]+)?$/.exec(target);
			const ok =
				(note && noteIds.has(note[1])) ||
				(concept && (SLUGS as readonly string[]).includes(concept[1])) ||
				(lab && labs.has(lab[1]));
			if (!ok) throw new ContentError(file, `interview-answer link "${target}" is not a note of this page, a concept page or a lab`);
		}
		return line.slice(2).trim();
	});
}

/** The `<Correction note="id" />` markers in the original, in order; each must name a note of this page. */
function correctionMarkers(file: string, body: string, noteIds: Set<string>): Correction[] {
	const original = between(body, 'Original');
	const loose = original.match(/<Correction\b[^>]*>/g) ?? [];
	const markers = [...original.matchAll(CORRECTION_MARKER)];
	if (loose.length !== markers.length) {
		throw new ContentError(file, `write correction markers exactly as <Correction note="note-id" /> (found ${loose.join(' ')})`);
	}
	return markers.map((m, i) => {
		if (!noteIds.has(m[1])) throw new ContentError(file, `correction marker ${i + 1} names "${m[1]}", which is not a note id on this page`);
		return { number: i + 1, note: m[1] };
	});
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
		const corrected = first.corrections.map((c) => c.note).join(',');
		for (const other of others) {
			if (other.corrections.map((c) => c.note).join(',') !== corrected) {
				throw new ContentError(
					`content/${other.lang}/${slug}`,
					`correction markers differ from ${first.lang}: [${other.corrections.map((c) => c.note)}] vs [${first.corrections.map((c) => c.note)}]`
				);
			}
			if (other.notes.map((n) => n.id).join(',') !== ids) {
				throw new ContentError(
					`content/${other.lang}/${slug}`,
					`note ids differ from ${first.lang}: [${other.notes.map((n) => n.id)}] vs [${first.notes.map((n) => n.id)}]`
				);
			}
		}
	}
}
