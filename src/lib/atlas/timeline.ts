/**
 * Geometry of the atlas timeline: x is the release month (d3 scaleUtc), each architecture class has its own row,
 * and a circle's area is proportional to the parameter count (scaleSqrt for the radius). Circles that would overlap
 * in a row are moved up or down by turns. Pure numbers; the figure draws them.
 *
 * The drawing fits every width: x is a percentage of the chart's width, y and radii are CSS pixels, so the
 * prerendered chart is exactly what the live figure draws on any screen (nothing is re-laid out when a phone shows it
 * narrower than a desktop). Circles are moved apart for the narrowest chart: wider, they are only further apart.
 */
import { scaleBand, scaleSqrt, scaleUtc } from 'd3-scale';
import { MODEL_CLASSES, releaseDate, type AtlasModel, type ModelClass } from './models';

export interface Point {
	model: AtlasModel;
	/** Horizontal place, in % of the chart's width. */
	x: number;
	cy: number;
	r: number;
}

export interface Timeline {
	height: number;
	points: Point[];
	rows: { cls: ModelClass; y: number; height: number }[];
	/** Every year; `x` in % of the width. */
	ticks: { x: number; year: number }[];
	/** Radii of the size legend's circles. */
	legend: { params: number; r: number }[];
}

export const ROW_HEIGHT = 84;
/** Radius of a circle's pointer and touch target: at least 24 px across (WCAG 2.2 target size). */
export const HIT_R = 12;
/** The narrowest chart the layout is made for (a 320 px phone, less the page's margins). */
export const NARROWEST = 280;
const TOP = 8;
const AXIS = 28;
const MIN_R = 4;
/** Largest radius, the same at every width. */
export const MAX_R = 16;
/** Room left and right of the dates, in % of the width: at the narrowest, more than the largest radius. */
const PAD = 6;
export const DOMAIN: [Date, Date] = [new Date(Date.UTC(2018, 0, 1)), new Date(Date.UTC(2026, 0, 1))];
/** Largest count the size scale covers (DeepSeek-V3's 671B is the largest in the atlas). */
const MAX_PARAMS = 700e9;

export function layoutTimeline(models: readonly AtlasModel[], classes: readonly ModelClass[] = MODEL_CLASSES): Timeline {
	const x = scaleUtc().domain(DOMAIN).range([PAD, 100 - PAD]);
	const y = scaleBand<ModelClass>().domain(classes).range([TOP, TOP + classes.length * ROW_HEIGHT]);
	const r = scaleSqrt().domain([0, MAX_PARAMS]).range([0, MAX_R]).clamp(true);
	const radius = (params: number) => Math.max(MIN_R, r(params));
	/** Horizontal distance in px between two places on the narrowest chart. */
	const apart = (a: number, b: number) => ((a - b) / 100) * NARROWEST;

	const points: Point[] = [];
	for (const cls of classes) {
		const inRow = models.filter((m) => m.class === cls).slice().sort((a, b) => a.released.localeCompare(b.released));
		const placed: Point[] = [];
		for (const model of inRow) {
			const px = x(releaseDate(model));
			const rad = radius(model.params);
			const center = (y(cls) ?? 0) + ROW_HEIGHT / 2 + 8;
			const hit = Math.max(rad, HIT_R);
			// Try the row's middle, then alternately above and below, until the circle's touch target clears its
			// neighbours'; in a crowded stretch where none does, take the place with the most room.
			const room = (cy: number) => Math.min(Infinity, ...placed.map((p) => Math.hypot(apart(p.x, px), p.cy - cy) - Math.max(p.r, HIT_R) - hit));
			let cy = center;
			let best = -Infinity;
			for (let step = 0; step < 7; step++) {
				const place = center + (step === 0 ? 0 : Math.ceil(step / 2) * 11 * (step % 2 ? -1 : 1));
				const clear = room(place);
				if (clear > best) [cy, best] = [place, clear];
				if (clear >= 0) break;
			}
			const point = { model, x: px, cy, r: rad };
			placed.push(point);
			points.push(point);
		}
	}
	const height = TOP + classes.length * ROW_HEIGHT + AXIS;
	const ticks = x.ticks(10).map((d) => ({ x: x(d), year: d.getUTCFullYear() }));
	const legend = [1e9, 10e9, 100e9, 500e9].map((params) => ({ params, r: radius(params) }));
	return {
		height,
		points,
		rows: classes.map((cls) => ({ cls, y: y(cls) ?? 0, height: ROW_HEIGHT })),
		ticks,
		legend
	};
}
