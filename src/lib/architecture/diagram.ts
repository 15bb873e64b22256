/**
 * Geometry of the block diagram: where each part's box sits, the frame around the repeated block, the arrows of the
 * data flow, the residual skips and (for the 2017 model) the encoder-to-decoder arrow. Data flows top to bottom.
 * Pure numbers; the figure draws them. `narrow` stacks the 2017 model's encoder above its decoder.
 */
import { PARTS, type Part, type PartId, type Variant } from './blocks';

export interface Box {
	id: PartId;
	kind: Part['kind'];
	column: Part['column'];
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface Frame {
	column: Part['column'];
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface Diagram {
	width: number;
	height: number;
	boxes: Box[];
	frames: Frame[];
	/** Straight arrows between consecutive parts of a column. */
	arrows: { x1: number; y1: number; x2: number; y2: number }[];
	/** Residual skips and the cross-attention feed, as SVG path data ending in an arrow head. */
	paths: { d: string; kind: 'skip' | 'memory' }[];
	/** Column headings (the 2017 model's "Encoder" and "Decoder"), centred on their column. */
	titles: { column: Part['column']; x: number; y: number }[];
}

export const BOX_W = 200;
const BOX_H = 30;
const ADD_H = 24;
const GAP = 18;
const FRAME_PAD = 10;
const LEFT = 40; // room for the "N×" label
const LANE = 34; // room for the skip lanes right of the boxes
export const COLUMN_W = LEFT + BOX_W + LANE;

function column(parts: readonly Part[], x0: number, y0: number) {
	const boxes: Box[] = [];
	let y = y0;
	let zone: Part['zone'] | null = null;
	let frame: Frame | null = null;
	for (const part of parts) {
		if (part.zone !== zone) {
			if (part.zone === 'block') {
				y += FRAME_PAD;
				frame = { column: part.column, x: x0 + LEFT - FRAME_PAD, y: y - FRAME_PAD - 4, w: BOX_W + 2 * FRAME_PAD + LANE - 8, h: 0 };
			} else if (zone === 'block' && frame) {
				frame.h = y - GAP + FRAME_PAD + 4 - frame.y;
				y += FRAME_PAD + 4;
			}
			zone = part.zone;
		}
		const h = part.kind === 'add' ? ADD_H : BOX_H;
		boxes.push({ id: part.id, kind: part.kind, column: part.column, x: x0 + LEFT, y, w: BOX_W, h });
		y += h + GAP;
	}
	if (zone === 'block' && frame) {
		frame.h = y - GAP + FRAME_PAD + 4 - frame.y;
		y += FRAME_PAD + 4;
	}
	return { boxes, frame, bottom: y - GAP };
}

/** Where a residual skip starts: just above the part that opens the sublayer (the norm in pre-norm blocks, the
 * sublayer itself in post-norm ones). */
function skipSource(parts: readonly Part[], index: number): number {
	const kind = parts[index].kind;
	let i = index - 1;
	// Walk back over the sublayer (and its pre-norm) to the previous add, or to the block's start.
	while (i > 0 && parts[i - 1].zone === 'block' && parts[i - 1].kind !== 'add' && parts[i - 1].kind !== 'addnorm') i--;
	return kind === 'add' || kind === 'addnorm' ? i : index;
}

/** Whether the diagram is laid out differently in a narrow container: only a model with an encoder, whose two
 * columns stack. A one-column diagram is the same at every width (its figure need not re-lay it out on a phone). */
export function layoutDependsOnWidth(variant: Variant): boolean {
	return PARTS[variant].some((p) => p.column === 'encoder');
}

export function layoutDiagram(variant: Variant, narrow = false): Diagram {
	const parts = PARTS[variant];
	const encoder = parts.filter((p) => p.column === 'encoder');
	const decoder = parts.filter((p) => p.column === 'decoder');
	const top = encoder.length > 0 ? 30 : 8;
	const columns: { parts: readonly Part[]; x: number; y: number }[] = [];
	if (encoder.length === 0) columns.push({ parts: decoder, x: 0, y: top });
	else if (narrow) columns.push({ parts: encoder, x: 0, y: top });
	else columns.push({ parts: encoder, x: 0, y: top }, { parts: decoder, x: COLUMN_W + 16, y: top });

	const laidOut = columns.map((c) => column(c.parts, c.x, c.y));
	if (encoder.length > 0 && narrow) laidOut.push(column(decoder, 0, laidOut[0].bottom + 56));
	const titles: Diagram['titles'] =
		encoder.length === 0
			? []
			: laidOut.map((c) => ({ column: c.boxes[0].column, x: c.boxes[0].x + BOX_W / 2, y: c.boxes[0].y - 12 }));

	const boxes = laidOut.flatMap((c) => c.boxes);
	const frames = laidOut.flatMap((c) => (c.frame ? [c.frame] : []));
	const arrows: Diagram['arrows'] = [];
	const paths: Diagram['paths'] = [];

	for (const { boxes: col } of laidOut) {
		const colParts = col.map((b) => parts.find((p) => p.id === b.id)!);
		for (let i = 1; i < col.length; i++) {
			const a = col[i - 1];
			const b = col[i];
			arrows.push({ x1: a.x + a.w / 2, y1: a.y + a.h, x2: b.x + b.w / 2, y2: b.y });
		}
		colParts.forEach((part, i) => {
			if (part.kind !== 'add' && part.kind !== 'addnorm') return;
			const from = col[skipSource(colParts, i)];
			const to = col[i];
			const startY = from.y - GAP / 2;
			const lane = to.x + to.w + LANE / 2 - 4;
			const endX = part.kind === 'add' ? to.x + to.w / 2 + ADD_H / 2 : to.x + to.w;
			const endY = to.y + to.h / 2;
			paths.push({ d: `M${to.x + to.w / 2},${startY} H${lane} V${endY} H${endX + 1}`, kind: 'skip' });
		});
	}

	if (encoder.length > 0) {
		const encOut = boxes.filter((b) => b.column === 'encoder').at(-1)!;
		const cross = boxes.find((b) => b.id === 'cross-attention')!;
		const startX = encOut.x + encOut.w / 2;
		const startY = encOut.y + encOut.h;
		const y = cross.y + cross.h / 2;
		if (narrow) {
			const lane = 4;
			paths.push({ d: `M${startX},${startY} V${startY + 14} H${lane} V${y} H${cross.x - 1}`, kind: 'memory' });
		} else {
			const mid = COLUMN_W + 8;
			paths.push({ d: `M${startX},${startY} V${startY + 14} H${mid} V${y} H${cross.x - 1}`, kind: 'memory' });
		}
	}

	const width = Math.max(...boxes.map((b) => b.x + b.w + LANE), ...frames.map((f) => f.x + f.w + 2));
	const height = Math.max(...boxes.map((b) => b.y + b.h), ...frames.map((f) => f.y + f.h)) + 12;
	return { width, height, boxes, frames, arrows, paths, titles };
}
