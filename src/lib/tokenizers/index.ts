// Tokenizers a learner can pick in the mask figure: the site's own simple split (instant, no download) and two real
// byte-level BPE vocabularies from the gpt-tokenizer package, GPT-2's r50k_base and GPT-4o's o200k_base. The real ones are
// imported only when chosen: their merge tables are about 205 KiB and 1,007 KiB compressed, far too much for a page's first load.
import { MAX_INPUT_CHARS, MAX_TOKENS, tokenize, type Token, type TokenizeResult } from '$lib/attention/tokenize';
import { groupPieces, type TokenPiece } from './pieces';

export type { TokenPiece } from './pieces';

export const TOKENIZER_NAMES = ['simple', 'gpt2', 'o200k'] as const;
export type TokenizerName = (typeof TOKENIZER_NAMES)[number];

export interface Tokenizer {
	name: TokenizerName;
	/** Token ids. The simple split has no vocabulary: its ids number the distinct token texts of this one input in order
	 * of first appearance (so equal texts get equal ids), which is all a mask needs. */
	encode(text: string): number[];
	/** The tokens as readable pieces that join back to `text` exactly; see groupPieces. */
	pieces(text: string): TokenPiece[];
}

export interface TokenizerInfo {
	/** What the package calls the encoding. */
	encoding: string | null;
	/** Which models use it. */
	models: string;
	/** Vocabulary size, from the package (tests check it). */
	vocabularySize: number | null;
	/** About how many bytes the browser downloads, compressed, the first time it is chosen (tests check it against the
	 * package's files). */
	downloadBytes: number;
}

export const TOKENIZER_INFO: Readonly<Record<TokenizerName, TokenizerInfo>> = {
	simple: { encoding: null, models: '', vocabularySize: null, downloadBytes: 0 },
	gpt2: { encoding: 'r50k_base', models: 'GPT-2, GPT-3', vocabularySize: 50_257, downloadBytes: 210_000 },
	o200k: { encoding: 'o200k_base', models: 'GPT-4o, GPT-4.1, o-series', vocabularySize: 200_006, downloadBytes: 1_031_000 }
};

export function isTokenizerName(value: unknown): value is TokenizerName {
	return typeof value === 'string' && (TOKENIZER_NAMES as readonly string[]).includes(value);
}

/** The site's own split, always at hand (no download). */
export const simpleTokenizer: Tokenizer = {
	name: 'simple',
	encode(text) {
		const ids = new Map<string, number>();
		return tokenize(text, Number.MAX_SAFE_INTEGER).tokens.map(({ text: token }) => {
			if (!ids.has(token)) ids.set(token, ids.size);
			return ids.get(token)!;
		});
	},
	pieces(text) {
		// Whitespace between tokens belongs to the next piece, as in a BPE, so the pieces join back to the text.
		const { tokens } = tokenize(text, Number.MAX_SAFE_INTEGER);
		const ids = simpleTokenizer.encode(text);
		return tokens.map((token, i) => ({
			text: text.slice(i === 0 ? 0 : tokens[i - 1].end, i === tokens.length - 1 ? text.length : token.end),
			ids: [ids[i]]
		}));
	}
};

/** What this module uses of a gpt-tokenizer encoding (pinned version: the tests check it is still there). */
interface Encoding {
	encode(text: string, options?: { disallowedSpecial?: Set<string> }): number[];
	default: {
		// The package decodes through one shared streaming TextDecoder, which can carry half a character from one call
		// into the next; its per-token bytes are read here instead.
		bytePairEncodingCoreProcessor: { decodeNativeGenerator(ids: Iterable<number>): Iterable<Uint8Array | string> };
	};
}

function fromEncoding(name: TokenizerName, encoding: Encoding): Tokenizer {
	// A learner's text is text: "<|endoftext|>" typed into the box is its characters, not the special token.
	const encode = (text: string) => encoding.encode(text, { disallowedSpecial: new Set() });
	const utf8 = new TextEncoder();
	const core = encoding.default.bytePairEncodingCoreProcessor;
	const tokenBytes = (id: number): Uint8Array => {
		for (const part of core.decodeNativeGenerator([id])) return typeof part === 'string' ? utf8.encode(part) : part;
		throw new RangeError(`token ${id} is not in the ${TOKENIZER_INFO[name].encoding} vocabulary`);
	};
	return { name, encode, pieces: (text) => groupPieces(text, encode(text), tokenBytes) };
}

const loading = new Map<TokenizerName, Promise<Tokenizer>>();

/** Resolves to the named tokenizer, importing its code and merge table the first time (once, however often it is
 * asked for). An unknown name is a RangeError. */
export function loadTokenizer(name: TokenizerName): Promise<Tokenizer> {
	if (!isTokenizerName(name)) return Promise.reject(new RangeError(`tokenizer must be one of ${TOKENIZER_NAMES.join(', ')} (got ${JSON.stringify(name)})`));
	let promise = loading.get(name);
	if (!promise) {
		promise = (async (): Promise<Tokenizer> => {
			if (name === 'simple') return simpleTokenizer;
			const encoding = name === 'gpt2' ? await import('gpt-tokenizer/encoding/r50k_base') : await import('gpt-tokenizer/encoding/o200k_base');
			return fromEncoding(name, encoding as unknown as Encoding);
		})();
		// A failed download (offline on a first visit) may be retried.
		promise.catch(() => loading.delete(name));
		loading.set(name, promise);
	}
	return promise;
}

/**
 * `text` as the mask figure's tokens under `tokenizer`: the simple split as it always was (whitespace between tokens
 * dropped); a real tokenizer's tokens, one per id, as a model sees them (a leading space belongs to its token). When one
 * character's bytes span several tokens, each of them spans the character and is named with its part, "气[1/3]", so
 * the grid has a row for every position the model has while no label shows broken bytes. At most `maxTokens` are kept;
 * `totalTokens` counts them all.
 */
export function splitText(tokenizer: Tokenizer, text: string, maxTokens: number = MAX_TOKENS): TokenizeResult {
	if (tokenizer.name === 'simple') return tokenize(text, maxTokens);
	const inputTruncated = text.length > MAX_INPUT_CHARS;
	const input = inputTruncated ? text.slice(0, MAX_INPUT_CHARS) : text;
	const tokens: Token[] = [];
	let start = 0;
	let total = 0;
	for (const piece of tokenizer.pieces(input)) {
		const end = start + piece.text.length;
		piece.ids.forEach((id, part) => {
			if (tokens.length < maxTokens) {
				const several = piece.ids.length > 1;
				tokens.push({ text: several ? `${piece.text}[${part + 1}/${piece.ids.length}]` : piece.text, start, end, ids: [id], ...(several && { part: [part + 1, piece.ids.length] as [number, number] }) });
			}
			total += 1;
		});
		start = end;
	}
	return { tokens, truncated: total > tokens.length, totalTokens: total, inputTruncated };
}

/** How many tokens `text` costs under `tokenizer` (for a real one, its ids). */
export function countTokens(tokenizer: Tokenizer, text: string): number {
	return tokenizer.name === 'simple' ? tokenize(text, 0).totalTokens : tokenizer.encode(text).length;
}
