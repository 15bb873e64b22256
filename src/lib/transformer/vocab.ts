// Character-level vocabulary of the Transformer: one token per user-perceived character (a Chinese character, a
// letter, an emoji), the most frequent ones of a text, plus two specials: <unk> for any character outside it and
// <s>, the start of a line (as in the tiny LM's corpus, so a line's first character can be scored).
import { characters } from '$lib/lm/tokens';

export const UNK = '<unk>';
export const BOS = '<s>';

export interface Vocab {
	/** Token strings by id: <unk>, <s>, then characters from most to least frequent. */
	tokens: string[];
	index: Map<string, number>;
	unk: number;
	bos: number;
}

/** A vocabulary from its token list (as stored in a weights file). The list must hold UNK and BOS once each. */
export function vocabFromTokens(tokens: readonly string[]): Vocab {
	const index = new Map<string, number>();
	tokens.forEach((t, i) => {
		if (index.has(t)) throw new RangeError(`tokens holds ${JSON.stringify(t)} twice`);
		index.set(t, i);
	});
	const unk = index.get(UNK);
	const bos = index.get(BOS);
	if (unk === undefined || bos === undefined) throw new RangeError(`tokens must hold ${UNK} and ${BOS}`);
	return { tokens: [...tokens], index, unk, bos };
}

/** The `maxSize` - 2 most frequent characters of `text` (ties: first seen first; line breaks are not characters
 * here) after <unk> and <s>; maxSize counts the two specials, so it must be at least 2. */
export function buildVocab(text: string, maxSize: number): Vocab {
	if (!Number.isInteger(maxSize) || maxSize < 2) throw new RangeError(`maxSize must be an integer of at least 2 (got ${String(maxSize)})`);
	const counts = new Map<string, number>();
	for (const c of characters(text)) if (c !== '\n' && c !== '\r\n' && c !== '\r') counts.set(c, (counts.get(c) ?? 0) + 1);
	const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
	return vocabFromTokens([UNK, BOS, ...sorted.slice(0, maxSize - 2)]);
}

/** Ids of a text's characters: a line break becomes <s> (a new line starts), an unknown character <unk>. Never throws. */
export function encode(vocab: Vocab, text: string): number[] {
	const ids: number[] = [];
	for (const c of characters(String(text))) {
		if (c === '\n' || c === '\r\n' || c === '\r') ids.push(vocab.bos);
		else ids.push(vocab.index.get(c) ?? vocab.unk);
	}
	return ids;
}

/** The text of ids: <s> becomes a line break, <unk> (and any id outside the vocabulary) U+FFFD. */
export function decode(vocab: Vocab, ids: readonly number[]): string {
	let out = '';
	for (const id of ids) {
		if (id === vocab.bos) out += '\n';
		else if (id === vocab.unk || !Number.isInteger(id) || id < 0 || id >= vocab.tokens.length) out += '\uFFFD';
		else out += vocab.tokens[id];
	}
	return out;
}
