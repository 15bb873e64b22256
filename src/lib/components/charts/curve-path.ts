// SVG path data for a polyline, built for speed: the emergence figure redraws up to 14 curves of 500 points on every
// slider step. The string is the one d3-shape's line().digits(1) draws ("M1.5,2L3,4.2…", coordinates rounded to a
// tenth of a pixel: shorter paths, nothing visible lost); a unit test holds the two equal. d3's generator calls two
// accessors, a curve object and a tagged template per point and prints each number with the general float printer,
// leaving several short-lived strings per point; this writes ASCII digits into one reused buffer and decodes it once.

let buffer = new Uint8Array(1 << 16);
let at = 0;
const digits = new Uint8Array(24);
const decoder = new TextDecoder();

function put(code: number) {
	if (at === buffer.length) {
		const bigger = new Uint8Array(buffer.length * 2);
		bigger.set(buffer);
		buffer = bigger;
	}
	buffer[at++] = code;
}

/** Writes v rounded to a tenth as String(Math.round(v * 10) / 10) prints it ("12.3", "-0.5", "7", "0" for -0). */
function putTenth(v: number) {
	let r = Math.round(v * 10);
	if (!(Math.abs(r) < 1e15)) {
		// NaN, ±Infinity or far off the plot: the general printer, as d3 does.
		for (const ch of String(r / 10)) put(ch.charCodeAt(0));
		return;
	}
	if (r === 0) return put(48); // also -0
	if (r < 0) {
		put(45); // '-'
		r = -r;
	}
	let whole = Math.floor(r / 10);
	const tenth = r - whole * 10;
	let k = 0;
	do {
		digits[k++] = 48 + (whole % 10);
		whole = Math.floor(whole / 10);
	} while (whole > 0);
	while (k > 0) put(digits[--k]);
	if (tenth !== 0) {
		put(46); // '.'
		put(48 + tenth);
	}
}

/** "M x0,y0 L x1,y1 …" through (xs[i], ys[i]), in pixels; null with no points, "…Z" with one (as d3's line). */
export function polylinePath(xs: ArrayLike<number>, ys: ArrayLike<number>): string | null {
	const n = Math.min(xs.length, ys.length);
	if (n === 0) return null;
	at = 0;
	for (let i = 0; i < n; i++) {
		put(i === 0 ? 77 : 76); // 'M', 'L'
		putTenth(xs[i]);
		put(44); // ','
		putTenth(ys[i]);
	}
	if (n === 1) put(90); // 'Z'
	return decoder.decode(buffer.subarray(0, at));
}

/**
 * Thins a polyline for drawing: keeps the first and the last point and, in one greedy pass, as few of the others as
 * it can while every point left out stays within `tolerance` pixels of the line drawn (vertically, so at least as
 * close in any direction). For thin, smooth curves of many points: the flat stretches need almost none of them.
 * `xs` must increase strictly and every value be finite, else every point is kept. Writes the kept points to
 * outX/outY (not aliasing xs/ys) and returns how many there are.
 */
export function thinPolyline(
	xs: ArrayLike<number>,
	ys: ArrayLike<number>,
	n: number,
	tolerance: number,
	outX: Float64Array,
	outY: Float64Array
): number {
	let ordered = n > 0 && Number.isFinite(xs[0]) && Number.isFinite(ys[0]);
	for (let i = 1; i < n && ordered; i++) ordered = xs[i] > xs[i - 1] && Number.isFinite(xs[i]) && Number.isFinite(ys[i]);
	if (!ordered || n <= 2) {
		for (let i = 0; i < n; i++) [outX[i], outY[i]] = [xs[i], ys[i]];
		return n;
	}
	let k = 0;
	let ax = xs[0];
	let ay = ys[0];
	outX[k] = ax;
	outY[k++] = ay;
	// The slopes from the anchor (ax, ay) that pass within tolerance of every point since it.
	let lo = -Infinity;
	let hi = Infinity;
	for (let j = 1; j < n; j++) {
		let dx = xs[j] - ax;
		const slope = (ys[j] - ay) / dx;
		if (slope < lo || slope > hi) {
			// The line to point j would leave one of the points before it too far: end the segment at j - 1.
			ax = xs[j - 1];
			ay = ys[j - 1];
			outX[k] = ax;
			outY[k++] = ay;
			lo = -Infinity;
			hi = Infinity;
			dx = xs[j] - ax;
		}
		lo = Math.max(lo, (ys[j] - tolerance - ay) / dx);
		hi = Math.min(hi, (ys[j] + tolerance - ay) / dx);
	}
	outX[k] = xs[n - 1];
	outY[k++] = ys[n - 1];
	return k;
}
