/**
 * Geometry of the atlas timeline: x is the release month (d3 scaleUtc), each architecture class has its own row,
 * and a circle's area is proportional to the parameter count (scaleSqrt for the radius). Circles that would overlap
 * in a row are moved up or down by turns. Pure numbers; the figure draws them.
 */
import { scaleBand, scaleSqrt, scaleUtc } from 'd3-scale';
import { MODEL_CLASSES, releaseDate, type AtlasModel, type ModelClass } from './models';

export interface Point {
	model: AtlasModel;
	cx: number;
	cy: number;
	r: number;
}

export interface Timeline {
	width: number;
	height: number;
	points: Point[];
	rows: { cls: ModelClass; y: number; height: number }[];
	ticks: { x: number; year: number }[];
	/** Radii of the size legend's circles. */
	legend: { params: number; r: number }[];
}

export const ROW_HEIGHT = 84;
/** Radius of a circle's pointer and touch target: at least 24 px across (WCAG 2.2 target size). */
export const HIT_R = 12;
const TOP = 8;
const AXIS = 28;
const MIN_R = 4;
/** Largest radius on a wide chart; narrower charts scale it down so circles do not swamp the years. */
const MAX_R = 28;
export const DOMAIN: [Date, Date] = [new Date(Date.UTC(2018, 0, 1)), new Date(Date.UTC(2026, 0, 1))];
/** Largest count the size scale covers (DeepSeek-V3's 671B is the largest in the atlas). */
const MAX_PARAMS = 700e9;

export function layoutTimeline(models: readonly AtlasModel[], width: number, classes: readonly ModelClass[] = MODEL_CLASSES): Timeline {
	const w = Math.max(280, Math.min(width, 1400));
	const margin = { left: 14, right: 14 };
	const maxR = Math.max(10, Math.min(MAX_R, w / 30));
	const x = scaleUtc().domain(DOMAIN).range([margin.left + maxR, w - margin.right - maxR]);
	const y = scaleBand<ModelClass>().domain(classes).range([TOP, TOP + classes.length * ROW_HEIGHT]);
	const r = scaleSqrt().domain([0, MAX_PARAMS]).range([0, maxR]).clamp(true);
	const radius = (params: number) => Math.max(MIN_R, r(params));

	const points: Point[] = [];
	for (const cls of classes) {
		const inRow = models.filter((m) => m.class === cls).slice().sort((a, b) => a.released.localeCompare(b.released));
		const placed: Point[] = [];
		for (const model of inRow) {
			const cx = x(releaseDate(model));
			const rad = radius(model.params);
			const center = (y(cls) ?? 0) + ROW_HEIGHT / 2 + 8;
			const hit = Math.max(rad, HIT_R);
			// Try the row's middle, then alternately above and below, until the circle clears its neighbours.
			let cy = center;
			for (let step = 0; step < 7; step++) {
				const offset = step === 0 ? 0 : Math.ceil(step / 2) * 11 * (step % 2 ? -1 : 1);
				cy = center + offset;
				if (placed.every((p) => Math.hypot(p.cx - cx, p.cy - cy) >= Math.max(p.r, HIT_R) + hit)) break;
			}
			const point = { model, cx, cy, r: rad };
			placed.push(point);
			points.push(point);
		}
	}
	const height = TOP + classes.length * ROW_HEIGHT + AXIS;
	const ticks = x.ticks(w < 560 ? 4 : 8).map((d) => ({ x: x(d), year: d.getUTCFullYear() }));
	const legend = [1e9, 10e9, 100e9, 500e9].map((params) => ({ params, r: radius(params) }));
	return {
		width: w,
		height,
		points,
		rows: classes.map((cls) => ({ cls, y: y(cls) ?? 0, height: ROW_HEIGHT })),
		ticks,
		legend
	};
}
