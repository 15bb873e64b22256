// The Transformer's training text: a language's whole concept pages (the seed's answers in <Original> and the
// site's own notes), as plain prose lines. Then the same split as the tiny LM (src/lib/lm/corpus.ts): one line per
// paragraph or list item, whitespace collapsed, a start token <s> before each line, and the last HELD_OUT (10%) of
// the id sequence held out. Markup, maths, code and tables are dropped; a <Term> keeps its text.
import { HELD_OUT } from '$lib/lm/corpus';
import { encode, type Vocab } from './vocab';

/** Plain prose of one concept page's markdown. */
export function pageText(markdown: string): string {
	const body = markdown
		.replace(/^---\n[\s\S]*?\n---\n/, '')
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/```[\s\S]*?```/g, '')
		.replace(/\$\$[\s\S]*?\$\$/g, '');
	return body
		.split('\n')
		.filter((line) => !/^\s*(\||```|---)/.test(line))
		.map((line) =>
			line
				.replace(/\$[^$\n]*\$/g, '')
				.replace(/<Cite[^>]*\/>/g, '')
				.replace(/<[^>]+>/g, '')
				.replace(/\{#[^}]*\}/g, '')
				.replace(/^\s*#+\s*/, '')
				.replace(/^\s*(\d+\.|[-*])\s+/, '')
				.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
				.replace(/\*\*|__|`/g, '')
				.replace(/\\(.)/g, '$1')
				.replace(/\s+/g, ' ')
				.trim()
		)
		.filter((line) => line.length > 0)
		.join('\n');
}

/** The corpus text of a language: every page's prose, pages in the order given (sort file names first). */
export function siteCorpusText(markdownFiles: readonly string[]): string {
	return markdownFiles.map(pageText).join('\n');
}

export interface SplitCorpus {
	/** The whole sequence: <s> before each line, then its characters' ids. */
	ids: number[];
	train: number[];
	held: number[];
}

/** Ids with <s> before every line, split as the tiny LM splits: the last HELD_OUT of the sequence is held out. */
export function splitCorpus(text: string, vocab: Vocab): SplitCorpus {
	const ids: number[] = [];
	for (const line of text.split(/\r?\n/)) {
		const clean = line.replace(/\s+/g, ' ').trim();
		if (clean.length === 0) continue;
		ids.push(vocab.bos, ...encode(vocab, clean));
	}
	const split = Math.max(2, Math.round(ids.length * (1 - HELD_OUT)));
	return { ids, train: ids.slice(0, split), held: ids.slice(split) };
}
