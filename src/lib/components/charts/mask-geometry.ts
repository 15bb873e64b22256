// Layout of a mask drawing in SVG user units, shared by the SVG grid, the canvas grid's overlay and the exporter.

export interface MaskGeometry {
	cell: number;
	/** Space left of the grid for row labels, and above it for column labels. */
	left: number;
	top: number;
	width: number;
	height: number;
	/** Whether tokens are written as labels (small grids) or only every few indices are. */
	tokenLabels: boolean;
	/** Index labels every this many cells when tokens are not written. */
	indexStep: number;
	/** User units per CSS pixel on screen (1 for SVG grids, drawn at their natural size; for a canvas grid, from the
	 * width it is drawn at): labels, strokes and handles scale by it so they keep their on-screen size. */
	unit: number;
}

/** The width, in CSS pixels, a large (canvas) mask is assumed to be drawn at when its real width is not known (the
 * exported SVG, the prerendered page): used only to size its labels and handles. */
const TYPICAL_WIDTH = 640;
/** Room, in CSS px, for index labels (up to four digits at LABEL_PX) beside and above a large grid. */
const INDEX_MARGIN_PX = 36;

/** A cell's side in user units. SVG grids are drawn one user unit per CSS pixel, so a cell is a 24 x 24 px touch
 * target (WCAG 2.2 target size) and labels keep their size; canvas grids scale to fit instead. */
export const CELL = 24;
/** Font size of every label, in CSS px on screen. */
export const LABEL_PX = 12;
/** Up to this many tokens per side, labels name the tokens (every one: at 24 px a cell has room); past it, indices.
 * The same limit as the SVG grid's: grids past it are canvases. */
export const TOKEN_LABEL_LIMIT = 32;

/** The most room row labels of a small grid get, in CSS px: six characters of Latin text at LABEL_PX. */
const ROW_LABEL_ROOM = 52;
/** The least: one character, and the gap. */
const MIN_ROW_LABEL_ROOM = 16;
/** Characters drawn a full em wide: CJK, kana, hangul, full-width forms (and emoji, wider still). */
const WIDE_CHARACTER = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * The room, in CSS px, that row labels need left of a small grid (each drawn right-aligned 4 px from the grid): the
 * widest label's estimated width plus 6 px, between MIN_ROW_LABEL_ROOM and ROW_LABEL_ROOM. The estimate errs wide: a
 * CJK character is one em, an emoji 1.25 em, m, w, M and W one em, any other character 0.7 em (a sans-serif's
 * letters and digits are about 0.5 to 0.65 em). So a grid of one-character Chinese tokens is narrower by about 30 px
 * and fits beside another where it did not; labels of Latin words keep the room they always had.
 */
export function rowLabelRoom(labels: readonly string[]): number {
	const em = (char: string) => (WIDE_CHARACTER.test(char) || /[mwMW]/.test(char) ? 1 : /\p{Extended_Pictographic}/u.test(char) ? 1.25 : 0.7);
	const widest = Math.max(0, ...labels.map((label) => Array.from(label).reduce((sum, char) => sum + em(char), 0) * LABEL_PX));
	return Math.min(ROW_LABEL_ROOM, Math.max(MIN_ROW_LABEL_ROOM, Math.ceil(widest + 6)));
}

/** `screenWidth`: the CSS width a large grid is drawn at, when known, so its labels come out at LABEL_PX.
 * `rowLabels`: the labels written left of a small grid (its tokens, shortened, and the loss row's), which size the
 * room kept for them (rowLabelRoom); without them, the most room any labels get. */
export function maskGeometry(rows: number, cols: number, screenWidth?: number, rowLabels?: readonly string[]): MaskGeometry {
	const tokenLabels = Math.max(rows, cols) <= TOKEN_LABEL_LIMIT;
	const longest = Math.max(rows, cols);
	// Large grids scale to their width: solve width = margin + cols * CELL + 4 with margin = INDEX_MARGIN_PX * unit
	// and unit = width / screenWidth.
	const drawnAt = screenWidth && screenWidth > INDEX_MARGIN_PX * 2 ? screenWidth : TYPICAL_WIDTH;
	const unit = tokenLabels ? 1 : Math.max(1, (cols * CELL + 4) / (drawnAt - INDEX_MARGIN_PX));
	const margin = tokenLabels ? 64 : INDEX_MARGIN_PX * unit;
	const indexStep = longest <= 64 ? 8 : longest <= 256 ? 32 : 128;
	// Row labels need less room than the slanted column labels above the grid.
	const left = tokenLabels ? (rowLabels ? rowLabelRoom(rowLabels) : ROW_LABEL_ROOM) : margin;
	return {
		cell: CELL,
		left,
		top: margin,
		width: left + cols * CELL + 4,
		height: margin + rows * CELL + 4,
		tokenLabels,
		indexStep,
		unit
	};
}

/** The indices that get a label along an axis of `count` cells: 0, step, 2·step, … below count. Drawing loops over
 * these few, not over every row (1,024 rows would otherwise mean 1,024 block updates per axis on each new text). */
export function indexTicks(count: number, step: number): number[] {
	const ticks: number[] = [];
	for (let index = 0; index < count; index += step) ticks.push(index);
	return ticks;
}

/** The labels left of a small grid: each row's token, shortened, and the loss row's label if it has one. */
export const gridRowLabels = (rows: readonly { text: string }[], lossLabel?: string | null): string[] => [
	...rows.map((row) => shortLabel(row.text)),
	...(lossLabel ? [lossLabel] : [])
];

/** A token as a short label: at most six characters, with an ellipsis when cut. */
export function shortLabel(text: string): string {
	const chars = Array.from(text);
	return chars.length <= 6 ? text : `${chars.slice(0, 5).join('')}…`;
}

/** A cell of a mask: query row q, key column k. */
export interface Cell {
	q: number;
	k: number;
}

/** What both mask renderers take: the figure passes the highlighted cell in and gets hovered or focused cells out. */
export interface MaskChartProps {
	mask: boolean[][];
	rows: { text: string }[];
	cols: { text: string }[];
	/** Accessible name, e.g. "Prefix LM: self-attention". */
	name: string;
	/** Which matrix this is, written to data-matrix for tests and styling. */
	matrix: string;
	/** The cell to highlight (this matrix's own row and column), or null. */
	highlight: Cell | null;
	/** Called with the cell under the pointer or keyboard, or null when it leaves. */
	oncell: (cell: Cell | null) => void;
	/** A draggable prefix boundary, for the prefix LM. */
	prefix?: { value: number; label: string; onchange: (value: number) => void };
}

/**
 * Where a key press moves the keyboard cursor in a rows x cols grid (ARIA grid pattern: arrows, Home and End within a
 * row, Page Up and Page Down by `pageRows`), clamped to the grid; null for keys that do not move it.
 */
export function moveCell(key: string, { q, k }: Cell, rows: number, cols: number, pageRows: number): Cell | null {
	const moves: Record<string, Cell> = {
		ArrowUp: { q: q - 1, k },
		ArrowDown: { q: q + 1, k },
		ArrowLeft: { q, k: k - 1 },
		ArrowRight: { q, k: k + 1 },
		Home: { q, k: 0 },
		End: { q, k: cols - 1 },
		PageUp: { q: q - pageRows, k },
		PageDown: { q: q + pageRows, k }
	};
	const next = moves[key];
	return next ? { q: Math.max(0, Math.min(rows - 1, next.q)), k: Math.max(0, Math.min(cols - 1, next.k)) } : null;
}

/** The cells of a mask as SVG path data, for the prerendered page: one path of the visible cells and one of the
 * blocked ones, a closed square per cell, in the grid's coordinates (the live grid's rects use the same, so the hatch
 * that fills blocked cells lines up). The live grid draws a rect per cell (each a focusable grid cell); the
 * prerendered grid is an image until then, and n × n rects were most of a concept page's elements and markup. */
export function staticCellPaths(mask: boolean[][], cell: number): { visible: string; blocked: string } {
	const square = `h${cell}v${cell}h-${cell}z`;
	const paths = { visible: '', blocked: '' };
	mask.forEach((row, q) => row.forEach((isVisible, k) => (paths[isVisible ? 'visible' : 'blocked'] += `M${k * cell},${q * cell}${square}`)));
	return paths;
}
