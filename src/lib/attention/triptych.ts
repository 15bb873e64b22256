// The home page's small figure: the three layouts of T5 (Raffel et al., arXiv 1910.10683, sec. 3.2.1, Fig. 3 and 4)
// side by side on one short sentence the reader can edit. The sentence's first half is the input (the prefix LM's
// prefix, the encoder-decoder's source), the rest the target, as the mask lab does with no target given. Cells come
// from the mask module; this file only names what each cell is, and reads and writes the figure's URL.
import type { Lang } from '$lib/i18n/langs';
import { defaultPrefix } from './figure';
import { causalMask, combinedEncoderDecoderMask, prefixMask, type Mask } from './masks';
import { cutText } from './settings';
import { tokenize, type Token } from './tokenize';

/** Most tokens drawn: at 360 px three grids of 12 x 12 still have cells of about 8 px. */
export const TRIPTYCH_MAX_TOKENS = 12;
/** Longest text kept (from the URL or typed). */
export const TRIPTYCH_MAX_CHARS = 200;
/** The URL key of the sentence, on the index page. */
export const TRIPTYCH_KEY = 'mask';

export const TRIPTYCH_LAYOUTS = ['causal', 'prefix', 'encoder-decoder'] as const;
export type TriptychLayout = (typeof TRIPTYCH_LAYOUTS)[number];

/**
 * What a cell is: `blocked`; `visible` (a causal cell: a key at or before the query); `both-ways` (a key after the
 * query that the prefix lets it see); for the encoder-decoder, `encoder` (encoder self-attention), `cross`
 * (a decoder query on an encoder key) and `decoder` (decoder self-attention, causal).
 */
export type CellKind = 'blocked' | 'visible' | 'both-ways' | 'encoder' | 'cross' | 'decoder';

export interface TriptychPanel {
	layout: TriptychLayout;
	/** cells[q][k]: rows are queries, columns keys. */
	cells: CellKind[][];
	/** Query-key pairs scored. */
	visible: number;
}

export interface Triptych {
	tokens: Token[];
	/** Tokens in the input (prefix, source); the rest are the target. */
	split: number;
	/** The sentence had more than TRIPTYCH_MAX_TOKENS tokens; only the first are drawn. */
	truncated: boolean;
	panels: TriptychPanel[];
}

export const TRIPTYCH_DEFAULT_TEXT: Record<Lang, string> = {
	zh: '小猫坐在垫子上。',
	en: 'The cat sat on the mat.'
};

function kinds(mask: Mask, kind: (q: number, k: number) => CellKind): { cells: CellKind[][]; visible: number } {
	let visible = 0;
	const cells = mask.map((row, q) =>
		row.map((seen, k) => {
			if (!seen) return 'blocked';
			visible++;
			return kind(q, k);
		})
	);
	return { cells, visible };
}

/** The three panels for a sentence. */
export function triptych(text: string): Triptych {
	const { tokens, truncated } = tokenize(text.slice(0, TRIPTYCH_MAX_CHARS), TRIPTYCH_MAX_TOKENS);
	const n = tokens.length;
	const split = defaultPrefix(n, 0);
	return {
		tokens,
		split,
		truncated,
		panels: [
			{ layout: 'causal', ...kinds(causalMask(n), () => 'visible') },
			{ layout: 'prefix', ...kinds(prefixMask(n, split), (q, k) => (k > q ? 'both-ways' : 'visible')) },
			{
				layout: 'encoder-decoder',
				...kinds(combinedEncoderDecoderMask(split, n - split), (q, k) => (q < split ? 'encoder' : k < split ? 'cross' : 'decoder'))
			}
		]
	};
}

/** The sentence from the index page's address: the default when absent or blank, cut to TRIPTYCH_MAX_CHARS. */
export function triptychText(params: URLSearchParams, lang: Lang): string {
	const raw = params.get(TRIPTYCH_KEY);
	return raw === null || raw.trim() === '' ? TRIPTYCH_DEFAULT_TEXT[lang] : raw.slice(0, TRIPTYCH_MAX_CHARS);
}

/** The figure's part of the index page's query: the sentence, unless it is blank or the default. */
export function writeTriptych(text: string, lang: Lang): URLSearchParams {
	return new URLSearchParams(text.trim() && text !== TRIPTYCH_DEFAULT_TEXT[lang] ? [[TRIPTYCH_KEY, text]] : []);
}

/** The mask lab's query for the same sentence, split where this figure splits it, in the compare view. */
export function labQuery(text: string, figure: Triptych): string {
	const cut = cutText(text.slice(0, TRIPTYCH_MAX_CHARS));
	const at = figure.split < figure.tokens.length ? figure.tokens[figure.split].start : cut.length;
	const params = new URLSearchParams({ input: cut.slice(0, at).trim(), target: cut.slice(at).trim(), view: 'compare' });
	return params.toString();
}
