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
	/** User units per screen pixel at a typical figure width: labels, strokes and handles scale by it so they keep
	 * their on-screen size however many cells there are. */
	unit: number;
}

/** The width, in CSS pixels, a figure is usually drawn at; used only to size labels and handles. */
const TYPICAL_WIDTH = 640;

export const CELL = 20;
/** Up to this many tokens per side, labels name the tokens; past it, indices. */
export const TOKEN_LABEL_LIMIT = 24;

export function maskGeometry(rows: number, cols: number): MaskGeometry {
	const tokenLabels = Math.max(rows, cols) <= TOKEN_LABEL_LIMIT;
	const longest = Math.max(rows, cols);
	const unit = Math.max(1, (cols * CELL) / TYPICAL_WIDTH);
	const margin = tokenLabels ? 64 : 30 * unit;
	const indexStep = longest <= 64 ? 8 : longest <= 256 ? 32 : 128;
	return {
		cell: CELL,
		left: margin,
		top: margin,
		width: margin + cols * CELL + 4,
		height: margin + rows * CELL + 4,
		tokenLabels,
		indexStep,
		unit
	};
}

/** A token as a short label: at most six characters, with an ellipsis when cut. */
export function shortLabel(text: string): string {
	const chars = Array.from(text);
	return chars.length <= 6 ? text : `${chars.slice(0, 5).join('')}…`;
}
