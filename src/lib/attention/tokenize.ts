/**
 * Real LLM tokenizers are learned subword tokenizers (BPE and its relatives), so their pieces differ from
 * the ones produced here: a long English word may become several tokens and a common Chinese phrase may
 * become one.
 * The attention-mask pattern depends only on how many tokens there are and in what order, so this simple,
 * deterministic split draws the same mask a real model would use for a sequence of that length.
 *
 * Rules: whitespace separates and is dropped; a run of letters/digits from a non-CJK script (with `'`, `’`
 * or a hyphen allowed between two of them, as in "don't" or "state-of-the-art") is one token; each Han
 * ideograph, kana and Hangul syllable is its own token; an emoji sequence (ZWJ sequence, skin tone, flag,
 * keycap) is one token; every other non-space character is one token. Combining marks always stay with the
 * character before them (a mark with nothing before it, at the start or after whitespace, heads its own
 * token, as Unicode does for a "defective" combining sequence). Surrogate pairs are never split; a lone
 * surrogate is a token of its own.
 *
 * No Intl.Segmenter (its word rules differ between engines and ICU versions): only Unicode property
 * escapes, so results are identical everywhere except for code points assigned in a Unicode version newer
 * than the engine's own tables.
 */

export interface Token {
	/** The token's text, `input.slice(start, end)`; for one of the byte tokens that together spell a character under a
	 * real tokenizer, that character with its part, "气[1/3]" (see $lib/tokenizers). */
	text: string;
	/** UTF-16 offset of the first code unit. */
	start: number;
	/** UTF-16 offset just past the last code unit. */
	end: number;
	/** A real tokenizer's id for this token; none for the simple split. */
	ids?: number[];
	/** Which of the byte tokens of one character this is, [part, of], when a character spans several tokens. */
	part?: [number, number];
}

export const MAX_TOKENS = 1024;
export const MAX_INPUT_CHARS = 20000;

export interface TokenizeResult {
	/** At most `maxTokens` tokens, in input order. */
	tokens: Token[];
	/** True when tokens beyond `maxTokens` were dropped. */
	truncated: boolean;
	/** How many tokens the (possibly cut) input has, including dropped ones. */
	totalTokens: number;
	/** True when the input was longer than MAX_INPUT_CHARS and was cut first. */
	inputTruncated: boolean;
}

// Per-code-point property bits.
const SPACE = 1;
/** Combining mark, other grapheme extender (ZWNJ, tag characters, ...) or emoji skin-tone modifier. */
const EXTEND = 2;
const ZWJ = 4;
const PICTO = 8;
const REGIONAL = 16;
/** Letter or digit of a script whose words are runs of characters. */
const WORD = 32;
/** Han, kana, Hangul: one token per character. */
const CJK = 64;
/** Apostrophe or hyphen that may sit inside a word. */
const JOINER = 128;
const KEYCAP_BASE = 256;
/** U+FE0F (emoji presentation) or U+20E3 (combining enclosing keycap). */
const KEYCAP_PART = 512;

// Hangul conjoining jamo types (UAX #29 grapheme cluster rules GB6-GB8).
const H_NONE = 0;
const H_L = 1;
const H_V = 2;
const H_T = 3;
const H_LV = 4;
const H_LVT = 5;

/**
 * One pass per new code point; the first group that matches wins. Extenders come first so that a mark that is
 * also a letter (U+FF9E, halfwidth katakana voiced sound mark) still attaches to what precedes it.
 */
const RE_CLASS =
	/^(?:([\p{M}\p{Grapheme_Extend}\p{Emoji_Modifier}])|(\s)|(\p{Extended_Pictographic})|([\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}])|([\p{L}\p{N}]))/u;

/** Ideograph blocks and Hangul syllables, hard-coded so that newly assigned ideographs behave alike everywhere. */
function isIdeographOrSyllable(cp: number): boolean {
	return (
		(cp >= 0x4e00 && cp <= 0x9fff) || // CJK Unified Ideographs
		(cp >= 0x3400 && cp <= 0x4dbf) || // Extension A
		(cp >= 0xac00 && cp <= 0xd7a3) || // Hangul syllables
		(cp >= 0xf900 && cp <= 0xfaff) || // Compatibility Ideographs
		(cp >= 0x20000 && cp <= 0x3ffff) // Supplementary and Tertiary Ideographic Planes
	);
}

function computeFlags(cp: number): number {
	if (isIdeographOrSyllable(cp)) return CJK;
	if (cp >= 0xd800 && cp <= 0xdfff) return 0; // lone surrogate
	if (cp === 0x200d) return ZWJ;
	if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return REGIONAL;
	let flags = 0;
	const m = RE_CLASS.exec(String.fromCodePoint(cp));
	if (m !== null) {
		if (m[1] !== undefined) flags = EXTEND;
		else if (m[2] !== undefined) flags = SPACE;
		else if (m[3] !== undefined) flags = PICTO;
		else if (m[4] !== undefined) flags = CJK;
		else flags = WORD;
	}
	if (cp === 0x27 || cp === 0x2d || cp === 0x2019 || cp === 0x2010 || cp === 0x2011) flags |= JOINER;
	if ((cp >= 0x30 && cp <= 0x39) || cp === 0x23 || cp === 0x2a) flags |= KEYCAP_BASE;
	if (cp === 0xfe0f || cp === 0x20e3) flags |= KEYCAP_PART;
	return flags;
}

/** Flags of BMP code points, filled on first use; KNOWN marks an entry as computed. */
const KNOWN = 0x8000;
const BMP_FLAGS = new Uint16Array(0x10000);
/** Flags of astral code points (emoji, historic scripts, rare ideographs), bounded. */
const ASTRAL_FLAGS = new Map<number, number>();
const ASTRAL_LIMIT = 16384;

function flagsOf(cp: number): number {
	if (cp < 0x10000) {
		const cached = BMP_FLAGS[cp];
		if (cached !== 0) return cached & ~KNOWN;
		const flags = computeFlags(cp);
		BMP_FLAGS[cp] = flags | KNOWN;
		return flags;
	}
	let flags = ASTRAL_FLAGS.get(cp);
	if (flags === undefined) {
		flags = computeFlags(cp);
		if (ASTRAL_FLAGS.size >= ASTRAL_LIMIT) ASTRAL_FLAGS.clear();
		ASTRAL_FLAGS.set(cp, flags);
	}
	return flags;
}

function hangulType(cp: number): number {
	if ((cp >= 0x1100 && cp <= 0x115f) || (cp >= 0xa960 && cp <= 0xa97c)) return H_L;
	if ((cp >= 0x1160 && cp <= 0x11a7) || (cp >= 0xd7b0 && cp <= 0xd7c6)) return H_V;
	if ((cp >= 0x11a8 && cp <= 0x11ff) || (cp >= 0xd7cb && cp <= 0xd7fb)) return H_T;
	if (cp >= 0xac00 && cp <= 0xd7a3) return (cp - 0xac00) % 28 === 0 ? H_LV : H_LVT;
	return H_NONE;
}

/** Whether a Hangul jamo of type `next` continues a syllable whose last part has type `prev` (GB6-GB8). */
function hangulContinues(prev: number, next: number): boolean {
	if (next === H_NONE) return false;
	if (prev === H_L) return next !== H_T;
	if (prev === H_V || prev === H_LV) return next === H_V || next === H_T;
	if (prev === H_T || prev === H_LVT) return next === H_T;
	return false;
}

function codePointWidth(cp: number): number {
	return cp > 0xffff ? 2 : 1;
}

// Result of scanCluster: a cluster is a base character with everything that must stay attached to it.
const C_WORD = 0;
const C_SINGLE = 1;
let clusterEnd = 0;
let clusterKind = C_SINGLE;
/** True when the cluster is exactly one joiner code point ("'" or a hyphen) with nothing attached. */
let clusterIsBareJoiner = false;

/** Scans the cluster starting at `i` (a non-space position); sets clusterEnd, clusterKind, clusterIsBareJoiner. */
function scanCluster(text: string, i: number, len: number): void {
	const base = text.codePointAt(i) as number;
	const baseFlags = flagsOf(base);
	let j = i + codePointWidth(base);

	if (baseFlags & REGIONAL && j < len) {
		// A flag is a pair of regional indicators.
		const next = text.codePointAt(j) as number;
		if (flagsOf(next) & REGIONAL) j += 2;
	} else if (baseFlags & CJK) {
		let prev = hangulType(base);
		while (prev !== H_NONE && j < len) {
			const next = text.codePointAt(j) as number;
			const type = hangulType(next);
			if (!hangulContinues(prev, type)) break;
			prev = type;
			j += codePointWidth(next);
		}
	}

	// `pictoRun`: the cluster so far is an emoji followed only by extenders, so a ZWJ may glue on another emoji.
	let pictoRun = (baseFlags & PICTO) !== 0;
	let keycap = false;
	while (j < len) {
		const next = text.codePointAt(j) as number;
		const flags = flagsOf(next);
		if (flags & EXTEND) {
			if (flags & KEYCAP_PART) keycap = true;
			j += codePointWidth(next);
		} else if (flags & ZWJ) {
			j += 1;
			if (pictoRun && j < len) {
				const after = text.codePointAt(j) as number;
				if (flagsOf(after) & PICTO) {
					j += codePointWidth(after);
					continue;
				}
			}
			pictoRun = false;
		} else {
			break;
		}
	}

	clusterEnd = j;
	clusterIsBareJoiner = (baseFlags & JOINER) !== 0 && j === i + 1;
	const isKeycap = keycap && (baseFlags & KEYCAP_BASE) !== 0;
	clusterKind = baseFlags & WORD && !isKeycap ? C_WORD : C_SINGLE;
}

function isSpaceAt(text: string, i: number): boolean {
	return (flagsOf(text.codePointAt(i) as number) & SPACE) !== 0;
}

/** Cuts `text` to at most `limit` UTF-16 code units without splitting a surrogate pair. */
function cutOnCodePoint(text: string, limit: number): string {
	let end = limit;
	const last = text.charCodeAt(end - 1);
	const next = text.charCodeAt(end);
	if (last >= 0xd800 && last <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) end -= 1;
	return text.slice(0, end);
}

/**
 * Splits `text` into tokens (see the rules at the top of this file). Input longer than MAX_INPUT_CHARS is cut
 * first; at most `maxTokens` tokens are returned, and `totalTokens` says how many there were.
 */
export function tokenize(text: string, maxTokens: number = MAX_TOKENS): TokenizeResult {
	if (!Number.isInteger(maxTokens) || maxTokens < 0) {
		throw new RangeError(`maxTokens must be a non-negative integer, got ${String(maxTokens)}`);
	}
	const inputTruncated = text.length > MAX_INPUT_CHARS;
	const input = inputTruncated ? cutOnCodePoint(text, MAX_INPUT_CHARS) : text;
	const len = input.length;
	const tokens: Token[] = [];
	let total = 0;
	let i = 0;

	while (i < len) {
		if (isSpaceAt(input, i)) {
			i += 1; // every whitespace character is in the BMP
			continue;
		}
		const start = i;
		scanCluster(input, i, len);
		i = clusterEnd;
		if (clusterKind === C_WORD) {
			// Extend the word with following word clusters, or with a bare joiner between two word clusters.
			while (i < len) {
				scanCluster(input, i, len);
				if (clusterKind === C_WORD) {
					i = clusterEnd;
				} else if (clusterIsBareJoiner && clusterEnd < len) {
					const afterJoiner = clusterEnd;
					scanCluster(input, afterJoiner, len);
					if (clusterKind !== C_WORD) break;
					i = clusterEnd;
				} else {
					break;
				}
			}
		}
		if (total < maxTokens) tokens.push({ text: input.slice(start, i), start, end: i });
		total += 1;
	}

	return { tokens, truncated: total > tokens.length, totalTokens: total, inputTruncated };
}
