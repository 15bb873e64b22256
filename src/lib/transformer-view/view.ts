// What the attention viewer draws, computed from a model's output: the learner's text as tokens (unknown characters
// kept as <unk> tokens, never an error), the mask each decoder reads under, heatmap geometry and shading, and the
// numbers the figure states in words (how much attention a prefix LM sends forward inside its prefix).
import { causalMask, prefixMask, type Mask } from '$lib/attention/masks';
import type { DecoderMask } from './settings';

/** One token of the learner's text: the character typed, the model's id for it, and whether the model knows it. */
export interface ViewToken {
	text: string;
	id: number;
	unknown: boolean;
}

/** Pairs each character with its id; a character mapped to `unkId` is an unknown token (unless it is the unknown
 * token's own spelling, which no learner types). */
export function viewTokens(chars: readonly string[], ids: readonly number[], unkId: number): ViewToken[] {
	if (chars.length !== ids.length) throw new RangeError(`chars and ids differ in length (${chars.length} vs ${ids.length})`);
	return chars.map((text, i) => ({ text, id: ids[i], unknown: ids[i] === unkId }));
}

/** A prefix length that fits n tokens: at least 1 (a prefix LM reads at least one token both ways), at most n. */
export function fitPrefix(prefix: number, n: number): number {
	if (n <= 0) return 0;
	return Math.max(1, Math.min(n, Math.round(prefix)));
}

/** The mask a decoder reads the text under ($lib/attention/masks, mask[q][k] true = q may attend to k). */
export function viewMask(kind: DecoderMask, n: number, prefix: number): Mask {
	return kind === 'causal' ? causalMask(n) : prefixMask(n, fitPrefix(prefix, n));
}

/** Number of shades weights are drawn in. */
export const LEVELS = 12;

/** Shades of the small per-head thumbnails (2.8rem across): more would not be told apart there, and fewer shades
 * merge more neighbouring cells into one rectangle, which keeps the prerendered page light. */
export const THUMBNAIL_LEVELS = 6;

/** The shade of a visible cell: 0 (lightest) to levels - 1, on a square-root scale so small weights still show. */
export function shade(weight: number, levels = LEVELS): number {
	if (!(weight > 0)) return 0;
	return Math.min(levels - 1, Math.floor(Math.sqrt(Math.min(1, weight)) * levels));
}

/** Fill opacity of a shade: never 0, so a visible cell with almost no weight still differs from a blocked one. */
export function shadeOpacity(level: number, levels = LEVELS): number {
	return 0.1 + 0.9 * ((level + 0.5) / levels);
}

/** One heatmap as few SVG paths: the blocked cells (one path) and one path per shade, neighbouring cells of a row in
 * the same class merged into one rectangle. `cell` is the side of a cell in user units. Drawing n x n cells as a dozen
 * paths keeps L x H maps light, in the DOM and in the prerendered page. */
export function heatmapPaths(
	weights: readonly ArrayLike<number>[],
	mask: Mask,
	cell: number,
	levels = LEVELS
): { blocked: string; shades: { level: number; d: string }[] } {
	// Each cell's class (shade, or -1 blocked) once, then one run per stretch of equal classes; strings grown in place
	// (a redraw of L x H thumbnails and two enlarged maps walks some 70,000 cells per keystroke).
	let blocked = '';
	const shades: string[] = new Array(levels).fill('');
	const classes = new Int8Array(weights.reduce((n, row) => Math.max(n, row.length), 0));
	for (let q = 0; q < weights.length; q++) {
		const row = weights[q];
		const visible = mask[q];
		const m = row.length;
		for (let k = 0; k < m; k++) classes[k] = visible?.[k] ? shade(row[k], levels) : -1;
		let k = 0;
		while (k < m) {
			const level = classes[k];
			let end = k + 1;
			while (end < m && classes[end] === level) end++;
			const w = (end - k) * cell;
			const d = 'M' + k * cell + ' ' + q * cell + 'h' + w + 'v' + cell + 'h' + -w + 'z';
			if (level < 0) blocked += d;
			else shades[level] += d;
			k = end;
		}
	}
	return {
		blocked,
		shades: shades.map((d, level) => ({ level, d })).filter((s) => s.d !== '')
	};
}

/** Layout of the enlarged heatmap in CSS pixels (the SVG is drawn 1:1, so labels keep their size on a phone). */
export interface HeatmapGeometry {
	cell: number;
	left: number;
	top: number;
	width: number;
	height: number;
	/** Every row and column carries its token; otherwise only every `step`-th and the focused row and column. */
	allLabels: boolean;
	step: number;
}

/** Label font size in CSS px; cells must be wider than a character at this size to label every one. */
export const LABEL_PX = 13;

export function heatmapGeometry(n: number, width: number): HeatmapGeometry {
	const left = 30;
	const top = 30;
	const cells = Math.max(1, n);
	// The grid fills the same square for every text of 10 tokens or more (cells of a fraction of a pixel are fine: the
	// map is scaled to its panel anyway), so a keystroke that changes the length never changes the map's size, and the
	// page around it is not laid out again. Shorter texts keep cells of at most 28 px.
	const side = Math.max(4 * cells, Math.min(28 * cells, Math.max(120, width) - left - 4));
	const cell = side / cells;
	const allLabels = cell >= LABEL_PX + 2;
	const step = allLabels ? 1 : Math.ceil((LABEL_PX + 6) / cell);
	return { cell, left, top, width: left + side + 4, height: top + side + 4, allLabels, step };
}

/** Width (CSS px) the enlarged attention map is laid out for. The drawn map scales with its viewBox to its panel's
 * width, so the prerendered map is exactly the live one on any screen and nothing is re-laid out when the figure
 * starts. Labels are drawn at LABEL_PX, which stays at 11 px or more down to a 257 px panel (a 320 px phone). */
export const MAP_LAYOUT_PX = 300;

/** Which row or column indices get a label: all, or every `step`-th plus the focused one. */
export function labelIndices(n: number, geometry: HeatmapGeometry, focused: number | null): number[] {
	const out: number[] = [];
	for (let i = 0; i < n; i++) {
		if (geometry.allLabels || i === focused) out.push(i);
		else if (i % geometry.step === 0 && (focused === null || Math.abs(i - focused) >= geometry.step)) out.push(i);
	}
	return out;
}

/** How a token is written as a label: spaces shown as "␣", unknown ones as "?" (their own character is named on hover). */
export function tokenLabel(token: ViewToken): string {
	if (token.unknown) return '?';
	if (token.text === ' ') return '␣';
	if (token.text === '\n') return '↵';
	return token.text;
}

/** Attention sent forward inside the prefix: over the queries q before the prefix's last token, the mean of the weight
 * they put on keys after themselves but still in the prefix. A causal mask makes it exactly 0; a prefix LM may use it. */
export function forwardInPrefix(weights: readonly ArrayLike<number>[], prefix: number): number {
	const p = Math.min(prefix, weights.length);
	if (p < 2) return 0;
	let total = 0;
	for (let q = 0; q < p - 1; q++) for (let k = q + 1; k < p; k++) total += weights[q][k];
	return total / (p - 1);
}

/** The head (layer, head) whose prefix queries look forward most, with that share: the clearest place to see the
 * prefix LM differ. */
export function mostForwardHead(attention: readonly (readonly (readonly ArrayLike<number>[])[])[], prefix: number): { layer: number; head: number; share: number } {
	let best = { layer: 0, head: 0, share: -1 };
	attention.forEach((heads, layer) =>
		heads.forEach((weights, head) => {
			const share = forwardInPrefix(weights, prefix);
			if (share > best.share) best = { layer, head, share };
		})
	);
	return { ...best, share: Math.max(0, best.share) };
}

/** Largest absolute difference between two attention maps of the same shape. */
export function maxDifference(a: readonly ArrayLike<number>[], b: readonly ArrayLike<number>[]): number {
	let max = 0;
	for (let q = 0; q < a.length; q++) for (let k = 0; k < a[q].length; k++) max = Math.max(max, Math.abs(a[q][k] - (b[q]?.[k] ?? 0)));
	return max;
}

/** The lines between the cells of an n x n heatmap (n rows and `cols` columns) with cells of side `cell`, as one SVG
 * path (drawn over the shades or cells, prerendered and live, instead of a stroke on each of n² cells). */
export function gridPath(n: number, cell: number, cols = n): string {
	let d = '';
	for (let i = 0; i <= Math.max(n, cols); i++) {
		if (i <= n) d += `M0 ${i * cell}h${cols * cell}`;
		if (i <= cols) d += `M${i * cell} 0v${n * cell}`;
	}
	return d;
}
