import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
	checkLanguagesInStep,
	ContentError,
	CORRECTION_MARKER,
	withoutCorrectionMarkers,
	parseConcept,
	REQUIRED_FRONTMATTER,
	SLUGS
} from '../../src/lib/content/concepts';
import { parseSeed } from '../../src/lib/content/seed';
import { LANGS } from '../../src/lib/i18n/langs';

const files = LANGS.flatMap((lang) =>
	readdirSync(`content/${lang}`)
		.filter((name) => name.endsWith('.md'))
		.map((name) => ({ lang, name, path: `content/${lang}/${name}`, source: readFileSync(`content/${lang}/${name}`, 'utf8') }))
);
const concepts = files.map((f) => parseConcept(f.path, f.source));
const seed = parseSeed(readFileSync('content/seed/llm-basics.zh.txt', 'utf8'));

/** The markdown between <Tag> and </Tag>. */
function inside(source: string, tag: string): string {
	const start = source.indexOf(`<${tag}>`) + tag.length + 2;
	return source.slice(start, source.indexOf(`</${tag}>`)).trim();
}

describe('the content files', () => {
	it('start no paragraph with a term or a citation (mdsvex would pass the paragraph through as HTML, leaving its maths, links and emphasis unrendered)', () => {
		const offending = files.flatMap((f) =>
			f.source
				.split('\n')
				.map((line, i) => ({ line, at: `${f.path}:${i + 1}` }))
				.filter(({ line }) => /^<(Term|Cite)[\s>]/.test(line))
				.map(({ at }) => at)
		);
		expect(offending).toEqual([]);
	});

	it('are the six concepts, in the seed order, with the same file names in both languages', () => {
		const expected = SLUGS.map((slug, i) => `${String(i + 1).padStart(2, '0')}-${slug}.md`);
		for (const lang of LANGS) {
			expect(files.filter((f) => f.lang === lang).map((f) => f.name).sort()).toEqual(expected);
		}
		// One concept per seed question, no more and no fewer: a concept's original is its seed answer.
		expect(seed.map((entry) => entry.number), 'seed questions vs SLUGS').toEqual(SLUGS.map((_, i) => i + 1));
	});

	it('carry every required frontmatter key, the same keys in both languages', () => {
		for (const concept of concepts) {
			for (const key of REQUIRED_FRONTMATTER) expect(concept[key].trim().length, `${concept.lang}/${concept.slug} ${key}`).toBeGreaterThan(0);
		}
		// The keys as written in each file, so an extra or missing key in one language shows.
		const keysOf = (source: string) => Object.keys(parseYaml(/^---\n([\s\S]*?)\n---/.exec(source)![1])).sort().join(',');
		for (const file of files.filter((f) => f.lang === 'zh')) {
			const twin = files.find((f) => f.lang === 'en' && f.name === file.name)!;
			expect(keysOf(twin.source), file.name).toBe(keysOf(file.source));
			expect(keysOf(file.source), file.name).toBe([...REQUIRED_FRONTMATTER].sort().join(','));
		}
	});

	it('keep the two languages in step: same pages, same note ids', () => {
		expect(() => checkLanguagesInStep(concepts)).not.toThrow();
	});

	it('quote each seed answer verbatim on the Chinese page, correction markers and all, with its question from the seed list', () => {
		for (const entry of seed) {
			const file = files.find((f) => f.lang === 'zh' && f.name.startsWith(String(entry.number).padStart(2, '0')))!;
			const original = inside(file.source, 'Original');
			// The markers are in place (every page's original has passages its notes correct)...
			expect(original.match(CORRECTION_MARKER)?.length ?? 0, file.path).toBeGreaterThan(0);
			// ...and are the only thing added: without them the text is the seed's, character for character.
			expect(withoutCorrectionMarkers(original), file.path).toBe(entry.answer);
			expect(concepts.find((c) => c.lang === 'zh' && c.number === entry.number)!.question).toBe(entry.question);
		}
	});

	it('give an English translation of every answer, of similar length and keeping its bold and link', () => {
		for (const entry of seed) {
			const file = files.find((f) => f.lang === 'en' && f.name.startsWith(String(entry.number).padStart(2, '0')))!;
			const translation = inside(file.source, 'Original');
			const cjk = translation.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
			expect(cjk, `${file.path} should be English`).toBeLessThan(translation.length * 0.02);
			expect(translation.length, file.path).toBeGreaterThan(entry.answer.length);
			expect((translation.match(/\*\*/g) ?? []).length, `${file.path} bold`).toBe((entry.answer.match(/\*\*/g) ?? []).length);
			expect((translation.match(/\]\(https?:/g) ?? []).length, `${file.path} links`).toBe(
				(entry.answer.match(/\]\(https?:/g) ?? []).length
			);
		}
	});

	it('mark the same corrected passages in both languages, each pointing at a note of its page', () => {
		for (const concept of concepts.filter((c) => c.lang === 'zh')) {
			const twin = concepts.find((c) => c.lang === 'en' && c.slug === concept.slug)!;
			expect(twin.corrections, concept.slug).toEqual(concept.corrections);
			const ids = concept.notes.map((n) => n.id);
			for (const c of concept.corrections) expect(ids, `${concept.slug} marker ${c.number}`).toContain(c.note);
		}
	});

	it('open every page with an interview answer of 3 to 5 bullets, the same number in both languages', () => {
		for (const concept of concepts) {
			expect(concept.answer.length, `${concept.lang}/${concept.slug}`).toBeGreaterThanOrEqual(3);
			expect(concept.answer.length, `${concept.lang}/${concept.slug}`).toBeLessThanOrEqual(5);
			const twin = concepts.find((c) => c.lang !== concept.lang && c.slug === concept.slug)!;
			expect(concept.answer.length, concept.slug).toBe(twin.answer.length);
		}
	});

	it('give every note at least one source: a citation of the bibliography or a link', () => {
		for (const file of files) {
			const notes = inside(file.source, 'Notes').split(/^### /m).slice(1);
			expect(notes.length, file.path).toBeGreaterThanOrEqual(3);
			for (const note of notes) {
				expect(note, `${file.path}: "${note.split('\n')[0]}" has no source`).toMatch(/\]\(https:\/\/[^)]+\)|<Cite key="[^"]+"/);
			}
		}
	});

	it('write powers and indices in TeX, not as raw carets and underscores, wherever the site writes (headings, the answer, notes, frontmatter)', () => {
		// Outside $…$, "p^L" or "d_model" reaches the reader as typed: in a heading, the table of contents, the answer
		// bullets or the page's description. The seed's own answers (<Original>) are quoted as they are; code, link
		// targets and component attributes are not prose.
		const raw = files.flatMap((f) => {
			const own = f.source.slice(0, f.source.indexOf('<Original>')) + f.source.slice(f.source.indexOf('</Original>'));
			const prose = own
				.replace(/\$\$[\s\S]*?\$\$/g, '')
				.replace(/\$[^$\n]+\$/g, '')
				.replace(/```[\s\S]*?```/g, '')
				.replace(/`[^`\n]*`/g, '')
				.replace(/\]\([^)]*\)/g, ']')
				.replace(/<[^>]*>/g, '')
				.replace(/https?:\/\/\S+/g, '');
			return [...prose.matchAll(/\S*[A-Za-z0-9)][\^_][\w{(]\S*/g)].map((m) => `${f.path}: ${m[0]}`);
		});
		expect(raw).toEqual([]);
	});

	it('set the objective and perplexity in TeX on the training-objective page', () => {
		for (const lang of LANGS) {
			const source = files.find((f) => f.lang === lang && f.name === '03-training-objective.md')!.source;
			expect(source, lang).toMatch(/\$\$[\s\S]*\\log[\s\S]*\$\$/);
			expect(source, lang).toMatch(/\$\$[\s\S]*(PPL|perplexity|\\exp)[\s\S]*\$\$/i);
		}
	});
});

describe('parseConcept rejects content the site cannot render', () => {
	const answer = `<InterviewAnswer>\n\n- One [note](#note).\n- Two [lab](../lab/emergence/?metric=ted).\n- Three [page](../emergence/).\n\n</InterviewAnswer>\n\n`;
	const good = `---\ntitle: "T"\nshort: "S"\nquestion: "Q"\ndescription: "D"\n---\n\n${answer}<Original>\n\nA<Correction note="note" />\n\n</Original>\n\n<Notes>\n\n### Note {#note}\n\nB\n\n</Notes>\n`;

	it('accepts a well-formed file', () => {
		const c = parseConcept('content/en/04-emergence.md', good);
		expect(c).toMatchObject({ lang: 'en', slug: 'emergence', number: 4, title: 'T' });
		expect(c.notes).toEqual([{ id: 'note', text: 'Note', level: 3 }]);
		expect(c.answer).toEqual(['One [note](#note).', 'Two [lab](../lab/emergence/?metric=ted).', 'Three [page](../emergence/).']);
		expect(c.corrections).toEqual([{ number: 1, note: 'note' }]);
	});

	it.each([
		['a missing frontmatter key', good.replace('short: "S"\n', ''), /"short" is required/],
		['an empty frontmatter value', good.replace('title: "T"', 'title: ""'), /"title" is required/],
		['no frontmatter at all', good.replace(/^---[\s\S]*?---\n/, ''), /missing frontmatter/],
		['a note heading without an id', good.replace(' {#note}', ''), /needs an id/],
		['no blank line inside <Notes>', good.replace('<Notes>\n\n', '<Notes>\n'), /<Notes>/],
		['broken YAML', good.replace('title: "T"', 'title: "T'), /not valid YAML/],
		['no interview answer', good.replace(answer, ''), /<InterviewAnswer>/],
		['the interview answer after the original', good.replace(answer, '').replace('</Original>\n', `</Original>\n\n${answer}`), /before <Original>/],
		['two bullets', good.replace('- Three [page](../emergence/).\n', ''), /3 to 5 bullets/],
		['a bullet with no link', good.replace('- One [note](#note).', '- One.'), /needs a link/],
		['a link to a missing note', good.replace('(#note).', '(#nowhere).'), /not a note of this page/],
		['a link to an unknown lab', good.replace('../lab/emergence/', '../lab/nowhere/'), /not a note of this page, a concept page or a lab/],
		['a marker naming a missing note', good.replace('<Correction note="note" />', '<Correction note="other" />'), /not a note id/],
		['a marker written another way', good.replace('<Correction note="note" />', '<Correction note="note"/>'), /exactly as/]
	])('rejects %s', (_, source, message) => {
		expect(() => parseConcept('content/en/04-emergence.md', source)).toThrow(ContentError);
		expect(() => parseConcept('content/en/04-emergence.md', source)).toThrow(message);
	});

	it('rejects a wrong number or an unknown slug', () => {
		expect(() => parseConcept('content/en/05-emergence.md', good)).toThrow(/numbered 04/);
		expect(() => parseConcept('content/en/07-attention.md', good)).toThrow(/unknown slug/);
		expect(() => parseConcept('content/fr/04-emergence.md', good)).toThrow(/unknown language/);
	});
});
