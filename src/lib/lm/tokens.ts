// Character-level tokens: a text becomes its user-perceived characters (grapheme clusters), so an emoji made of
// several code points, or a letter with a combining accent, stays one token.

/** The text's characters. Uses Intl.Segmenter where it exists, else code points (Array.from). Segments in windows:
 * V8's segmenter slows down quadratically on long strings (160k characters take tens of seconds in one piece). */
let graphemes: Intl.Segmenter | undefined;

/** Text every UTF-16 unit of which is a character of its own: below U+0300 (where combining marks start), no surrogates,
 * and no carriage return (CR LF is one character). Latin text, the usual case, skips the segmenter, which costs
 * about 20 µs a character in V8 (a 64-character text, segmented twice per keystroke in the Transformer viewer, took 3 ms). */
function oneUnitEach(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c >= 0x300 || c === 13) return false;
	}
	return true;
}

export function characters(text: string): string[] {
	if (oneUnitEach(text)) return text.split('');
	if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return Array.from(text);
	// One segmenter for every call: building one costs more than segmenting a sentence with it.
	const segmenter = (graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));
	const out: string[] = [];
	const WINDOW = 512;
	let start = 0;
	while (start < text.length) {
		const end = start + WINDOW;
		const pieces = Array.from(segmenter.segment(text.slice(start, end)), (s) => s.segment);
		// The window's last character may continue past it: keep it for the next window, unless the text ends here
		// or it alone fills the window.
		if (end >= text.length || pieces.length === 1) {
			out.push(...pieces);
			start += pieces.reduce((n, p) => n + p.length, 0);
			continue;
		}
		pieces.pop();
		out.push(...pieces);
		start += pieces.reduce((n, p) => n + p.length, 0);
	}
	return out;
}

export const UNK = '<unk>';

export interface Vocab {
	/** Token strings by id. The last id is UNK when the vocabulary was cut (`cut` > 0). */
	tokens: string[];
	/** Id by token string. */
	index: Map<string, number>;
	/** Id of UNK, or -1 when every character has its own id. */
	unk: number;
	/** How many distinct characters fell outside the vocabulary and map to UNK. */
	cut: number;
}

/** A vocabulary of the `max` most frequent characters (ties: first seen first), then `specials` (e.g. a start token),
 * then UNK if any characters were left out. */
export function buildVocab(chars: readonly string[], max = Infinity, specials: readonly string[] = []): Vocab {
	const counts = new Map<string, number>();
	for (const c of chars) counts.set(c, (counts.get(c) ?? 0) + 1);
	// Map iteration order is first-seen order, and Array.prototype.sort is stable: ties keep it.
	const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
	const kept = sorted.length > max ? sorted.slice(0, max) : sorted;
	const cut = sorted.length - kept.length;
	const tokens = cut > 0 ? [...kept, ...specials, UNK] : [...kept, ...specials];
	const index = new Map(tokens.map((t, i) => [t, i]));
	return { tokens, index, unk: cut > 0 ? tokens.length - 1 : -1, cut };
}

/** Ids of characters; unknown ones map to UNK, or are dropped if the vocabulary has none. */
export function encode(chars: readonly string[], vocab: Vocab): Int32Array {
	const ids: number[] = [];
	for (const c of chars) {
		const id = vocab.index.get(c) ?? vocab.unk;
		if (id >= 0) ids.push(id);
	}
	return Int32Array.from(ids);
}
