// From a byte-level BPE's token ids to what a learner can read. Byte-level BPE (GPT-2's r50k_base, GPT-4o's o200k_base)
// may cut one character's UTF-8 bytes across tokens: "气" is three GPT-2 tokens, none of which is text on its own. A
// piece joins the fewest consecutive tokens whose bytes together are whole UTF-8, so a chip never shows broken bytes,
// and lists every id it holds.

export interface TokenPiece {
	/** The text these tokens stand for: the pieces of a text, joined, give back that text exactly. */
	text: string;
	/** The token ids, in order; more than one when a character's bytes are split across tokens. */
	ids: number[];
}

/**
 * Groups `ids` (the encoding of `text`) into pieces, given each token's bytes. A run of tokens is closed as soon as its
 * bytes decode as complete, valid UTF-8.
 */
export function groupPieces(text: string, ids: readonly number[], tokenBytes: (id: number) => Uint8Array): TokenPiece[] {
	const strict = new TextDecoder('utf-8', { fatal: true });
	const pieces: TokenPiece[] = [];
	let offset = 0;
	let run: number[] = [];
	let bytes: number[] = [];
	for (const id of ids) {
		run.push(id);
		for (const byte of tokenBytes(id)) bytes.push(byte);
		let decoded: string;
		try {
			decoded = strict.decode(new Uint8Array(bytes));
		} catch {
			continue; // a character's bytes are still incomplete
		}
		pieces.push({ text: decoded, ids: run });
		offset += decoded.length;
		run = [];
		bytes = [];
	}
	// Unreachable for a correct encoder; kept so that a chip row always ends with the learner's whole text.
	if (run.length > 0 || offset < text.length) pieces.push({ text: text.slice(offset), ids: run });
	return pieces;
}
