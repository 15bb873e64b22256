// The live attention map's cells: n x n transparent SVG rects under n row groups (an ARIA grid), each carrying
// data-layer, data-head, data-q, data-k and data-weight. They are hit areas and focus targets over the drawn paths,
// and a new text changes only their data-weight (and, with a new mask, their class), so they are kept in one flat
// structure and only attributes that changed are written: a 64-token map is 4,096 cells, and going through a
// reactive block per cell cost more than the forward pass it shows.
//
// Nothing a reader sees depends on those two attributes (the picture is the paths, the readout and the focused cell's
// name come from the weights themselves), so they are written after the frame that shows the new picture, in a task
// of their own: at 64 tokens that is about 5,000 new strings per map, 2-3 ms of the browser's time per map that would
// otherwise delay the frame. Until they are written the grid carries data-cells-pending (not aria-busy: nothing a
// screen reader reads is pending, and some screen readers hide busy content); a newer text replaces a pending write
// rather than queueing another.

const SVG = 'http://www.w3.org/2000/svg';

/** A weight as data-weight: exactly "0" for a 0, else six significant digits (a visible weight, however small, stays
 * above 0; a row of 64 still sums to 1 within 1e-5). Every new string costs the browser a copy into its own string
 * table, about a microsecond per cell, and six digits halve what the full 17 cost. */
export function weightAttribute(w: number): string {
	return w === 0 ? '0' : w.toPrecision(6);
}

export class AttentionCells {
	readonly group: SVGGElement;
	/** rects[q * n + k] */
	#rects: SVGRectElement[] = [];
	#rows: SVGGElement[] = [];
	#n = 0;
	#cell = 0;
	#left = NaN;
	#top = NaN;
	/** What each cell carries now (NaN before the first write; -1 visible / blocked unknown). */
	#weights = new Float64Array(0);
	#blocked = new Int8Array(0);
	#layer = -1;
	#head = -1;
	/** Whether every cell's data-layer and data-head show #layer and #head. */
	#headWritten = true;
	#focused: SVGRectElement | null = null;
	#label = '';
	/** The weights and mask waiting to be written, and the frame or task that will write them. */
	#pending: { weights: readonly ArrayLike<number>[]; mask: readonly (readonly boolean[])[] } | null = null;
	#frame = 0;
	#task: ReturnType<typeof setTimeout> | undefined;

	constructor(group: SVGGElement) {
		this.group = group;
	}

	/** The cell at (q, k), if drawn. */
	at(q: number, k: number): SVGRectElement | undefined {
		return q < this.#n && k < this.#n ? this.#rects[q * this.#n + k] : undefined;
	}

	/** Lays out n x n cells of side `cell`, `left`/`top` from the SVG's corner; keeps the cells already there. Each
	 * cell is a unit square at x = k in its row, and a row's transform places and scales it, so a new cell size rewrites
	 * n row transforms, not n x n cells; new rows are clones of one template row. */
	resize(n: number, cell: number, left: number, top: number) {
		const old = this.#n;
		if (n !== old) {
			this.#focus(null, '');
			// Rows beyond the new size go; columns beyond it go from the rows kept.
			for (const row of this.#rows.splice(n)) row.remove();
			for (let q = 0; q < Math.min(n, old); q++) for (let k = n; k < old; k++) this.#rects[q * old + k].remove();
			const rects: SVGRectElement[] = new Array(n * n);
			const weights = new Float64Array(n * n).fill(NaN);
			const blocked = new Int8Array(n * n).fill(-1);
			// Rows kept: their cells stay, with what they carry; new columns are added one by one.
			for (let q = 0; q < Math.min(n, old); q++) {
				for (let k = 0; k < Math.min(n, old); k++) {
					rects[q * n + k] = this.#rects[q * old + k];
					weights[q * n + k] = this.#weights[q * old + k];
					blocked[q * n + k] = this.#blocked[q * old + k];
				}
				for (let k = old; k < n; k++) this.#rows[q].append((rects[q * n + k] = this.#newCell(q, k)));
			}
			// New rows: clones of a template row of n cells, told their query.
			if (n > old) {
				const template = document.createElementNS(SVG, 'g');
				template.setAttribute('role', 'row');
				for (let k = 0; k < n; k++) template.append(this.#newCell(-1, k));
				for (let q = old; q < n; q++) {
					const row = template.cloneNode(true) as SVGGElement;
					const q$ = String(q);
					for (let k = 0; k < n; k++) {
						const rect = row.children[k] as SVGRectElement;
						rect.setAttribute('data-q', q$);
						rects[q * n + k] = rect;
					}
					this.#rows[q] = row;
				}
				this.group.append(...this.#rows.slice(old));
			}
			this.#rects = rects;
			this.#weights = weights;
			this.#blocked = blocked;
			this.#n = n;
		}
		// Only when moved or scaled, and only new rows otherwise: writing a row's transform, even unchanged, makes the
		// browser lay out the whole SVG again.
		const from = left !== this.#left || top !== this.#top || cell !== this.#cell ? 0 : Math.min(old, n);
		for (let q = from; q < n; q++) this.#rows[q].setAttribute('transform', `translate(${left} ${top + q * cell}) scale(${cell})`);
		this.#left = left;
		this.#top = top;
		this.#cell = cell;
	}

	/** A unit cell at column k of row q (q < 0: the row is told later), with the head shown when that is written. */
	#newCell(q: number, k: number): SVGRectElement {
		const rect = document.createElementNS(SVG, 'rect');
		rect.setAttribute('role', 'gridcell');
		if (q >= 0) rect.setAttribute('data-q', String(q));
		rect.setAttribute('data-k', String(k));
		rect.setAttribute('x', String(k));
		rect.setAttribute('width', '1');
		rect.setAttribute('height', '1');
		if (this.#layer >= 0 && this.#headWritten) {
			rect.setAttribute('data-layer', String(this.#layer));
			rect.setAttribute('data-head', String(this.#head));
		}
		return rect;
	}

	/** Which head the cells show (data-layer, data-head): set with its weights, after the next frame. */
	head(layer: number, head: number) {
		if (layer === this.#layer && head === this.#head) return;
		this.#layer = layer;
		this.#head = head;
		this.#headWritten = false;
	}

	/** The head's weights and the mask, written after the next frame (see the top of this file); the grid carries
	 * data-cells-pending until then. */
	weights(weights: readonly ArrayLike<number>[], mask: readonly (readonly boolean[])[]) {
		if (!this.#pending) this.group.setAttribute('data-cells-pending', '');
		this.#pending = { weights, mask };
		if (this.#frame || this.#task !== undefined) return;
		// After the frame: a task queued from a frame callback runs once that frame is drawn.
		this.#frame = requestAnimationFrame(() => {
			this.#frame = 0;
			this.#task = setTimeout(() => {
				this.#task = undefined;
				this.flush();
			});
		});
	}

	/** Writes pending weights now (the scheduled task calls it; so may a caller that needs them at once). */
	flush() {
		const pending = this.#pending;
		if (!pending) return;
		this.#pending = null;
		if (!this.#headWritten) {
			const l = String(this.#layer);
			const h = String(this.#head);
			for (const rect of this.#rects) {
				rect.setAttribute('data-layer', l);
				rect.setAttribute('data-head', h);
			}
			this.#headWritten = true;
		}
		this.#write(pending.weights, pending.mask);
		this.group.removeAttribute('data-cells-pending');
	}

	/** Writes only the cells whose weight or visibility changed. */
	#write(weights: readonly ArrayLike<number>[], mask: readonly (readonly boolean[])[]) {
		const n = this.#n;
		for (let q = 0; q < n; q++) {
			const row = weights[q];
			const visible = mask[q];
			for (let k = 0; k < n; k++) {
				const i = q * n + k;
				const blocked = visible?.[k] ? 0 : 1;
				// A blocked cell's weight is exactly 0, whatever the model computed.
				const w = blocked ? 0 : (row?.[k] ?? 0);
				if (blocked !== this.#blocked[i]) {
					this.#blocked[i] = blocked;
					this.#rects[i].setAttribute('class', blocked ? 'blocked' : 'seen');
				}
				if (w !== this.#weights[i]) {
					this.#weights[i] = w;
					this.#rects[i].setAttribute('data-weight', weightAttribute(w));
				}
			}
		}
	}

	/** The one cell in the tab order, named by `label`. */
	focusable(q: number, k: number, label: string) {
		this.#focus(this.at(q, k) ?? null, label);
	}

	#focus(rect: SVGRectElement | null, label: string) {
		if (rect === this.#focused && label === this.#label) return;
		if (this.#focused && this.#focused !== rect) {
			this.#focused.removeAttribute('tabindex');
			this.#focused.removeAttribute('aria-label');
		}
		this.#focused = rect;
		this.#label = label;
		if (rect) {
			rect.setAttribute('tabindex', '0');
			rect.setAttribute('aria-label', label);
		}
	}

	clear() {
		cancelAnimationFrame(this.#frame);
		clearTimeout(this.#task);
		this.#frame = 0;
		this.#task = undefined;
		this.#pending = null;
		this.group.removeAttribute('data-cells-pending');
		for (const row of this.#rows) row.remove();
		this.#rows = [];
		this.#rects = [];
		this.#n = 0;
		this.#focused = null;
	}
}
