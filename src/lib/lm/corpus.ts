// Turning a text into training data for the bigram model: characters, a vocabulary, a sequence with a start token
// before each line, and a held-out tail. Bad input (empty, one character, very long) gives a reason, never NaN.
import { parseSeed, plainText } from '$lib/content/seed';
import { buildVocab, characters, encode, type Vocab } from './tokens';

/** Longest pasted text used, in characters. */
export const MAX_CORPUS_CHARS = 20_000;
/** Most characters given their own id; rarer ones share <unk>. */
export const MAX_VOCAB = 600;
/** Share of the sequence held out (its tail) to measure loss on text not trained on. */
export const HELD_OUT = 0.1;
/** The token before each line: lets the model score a line's first character, as a real LM's start token does. */
export const BOS = '<s>';

export interface Corpus {
	vocab: Vocab;
	/** The whole sequence as ids (BOS before each line). */
	ids: Int32Array;
	/** Training part and held-out part (the last HELD_OUT of the sequence). */
	train: Int32Array;
	held: Int32Array;
	/** Characters used (after any cut). */
	chars: number;
	/** The text was longer than MAX_CORPUS_CHARS and was cut. */
	cut: boolean;
	bos: number;
}

export type CorpusProblem = 'empty' | 'too-short';

/** Cuts to at most `max` characters without splitting one; returns whether it cut. Looks only at the start of a huge
 * text, so a megabyte paste costs no more than a short one. */
export function cutCharacters(text: string, max = MAX_CORPUS_CHARS): { text: string; cut: boolean } {
	// A character is at most a few code units in practice; 8 per character is generous even for family emoji.
	const head = text.length > max * 8 ? text.slice(0, max * 8) : text;
	const chars = characters(head);
	if (chars.length <= max && head.length === text.length) return { text, cut: false };
	return { text: chars.slice(0, max).join(''), cut: chars.length > max || head.length < text.length };
}

/** Builds the corpus, or says why it cannot. */
export function buildCorpus(text: string, maxVocab = MAX_VOCAB): Corpus | CorpusProblem {
	const { text: used, cut } = cutCharacters(text);
	const lines = used
		.split(/\r?\n/)
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.filter((line) => line.length > 0)
		.map((line) => characters(line));
	const count = lines.reduce((n, line) => n + line.length, 0);
	if (count === 0) return 'empty';
	if (count < 2) return 'too-short';
	const vocab = buildVocab(lines.flat(), maxVocab, [BOS]);
	const sequence: string[] = [];
	for (const line of lines) sequence.push(BOS, ...line);
	const ids = encode(sequence, vocab);
	const split = Math.max(2, Math.round(ids.length * (1 - HELD_OUT)));
	return {
		vocab,
		ids,
		train: ids.slice(0, split),
		held: ids.slice(split),
		chars: count,
		cut,
		bos: vocab.index.get(BOS)!
	};
}

/** The Chinese corpus: the seed's six answers, as plain text, one line per paragraph or list item. */
export function zhCorpusText(seedText: string): string {
	return parseSeed(seedText)
		.map((entry) => markdownToLines(entry.answer))
		.join('\n');
}

/** The English corpus: our translation of the same answers, the <Original> blocks of content/en/*.md. */
export function enCorpusText(markdownFiles: readonly string[]): string {
	return markdownFiles
		.map((file) => /<Original>([\s\S]*?)<\/Original>/.exec(file)?.[1] ?? '')
		// Correction markers are links the site adds beside the original's text, not part of it.
		.map((original) => original.replace(/<Correction\b[^>]*\/>/g, ''))
		.map(markdownToLines)
		.join('\n');
}

function markdownToLines(markdown: string): string {
	return markdown
		.split('\n')
		.filter((line) => !/^\s*(\||<|#|```|---)/.test(line))
		.map(plainText)
		.filter((line) => line.length > 0)
		.join('\n');
}
