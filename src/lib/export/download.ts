// Browser-only helpers for a figure's downloads: save a blob as a file, snapshot a drawn SVG with its computed colours
// written in (so the file looks the same outside the page, in light or dark), and turn an SVG into a PNG.

/** Offers `blob` as a download named `name`. */
export function saveBlob(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const STYLE_PROPERTIES = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-size', 'font-family', 'font-weight', 'vector-effect'] as const;
const SVG_NS = 'http://www.w3.org/2000/svg';

/** A copy of `svg` with the computed styles of each element written onto it (classes dropped), without what is not
 * drawn (display: none, as a container query may hide a label's mark) nor the drag surface. */
function styledClone(svg: SVGSVGElement): SVGSVGElement {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [clone, ...clone.querySelectorAll('*')];
	const hidden: Element[] = [];
	originals.forEach((element, i) => {
		const computed = getComputedStyle(element);
		const copy = copies[i] as SVGElement;
		if (computed.display === 'none') hidden.push(copy);
		copy.removeAttribute('class');
		for (const property of STYLE_PROPERTIES) copy.style.setProperty(property, computed.getPropertyValue(property));
	});
	for (const element of hidden) element.remove();
	clone.querySelectorAll('.drag, [data-export="skip"]').forEach((element) => element.remove());
	return clone;
}

/** A background rect in the colour `element` is drawn on (its own or its nearest ancestor's that is not transparent:
 * the dark theme's, in the dark theme), for a standalone file. */
function background(element: Element): SVGRectElement {
	const rect = document.createElementNS(SVG_NS, 'rect');
	rect.setAttribute('width', '100%');
	rect.setAttribute('height', '100%');
	let fill = '#ffffff';
	for (let e: Element | null = element; e; e = e.parentElement) {
		const colour = getComputedStyle(e).backgroundColor;
		if (colour && colour !== 'transparent' && colour !== 'rgba(0, 0, 0, 0)') {
			fill = colour;
			break;
		}
	}
	rect.setAttribute('fill', fill);
	return rect;
}

/** A chart drawn in SVG and HTML together (a chart that fits every width: lines in an SVG stretched to the plot,
 * points in another, labels as HTML) as one standalone SVG file, at the size and layout it has on screen: each SVG
 * nested where it is, each visible HTML label a <text> where it is (rotated as it is, on its background if it has
 * one), computed styles written in. */
export function chartSnapshot(root: HTMLElement): string {
	const frame = root.getBoundingClientRect();
	const [width, height] = [Math.ceil(frame.width), Math.ceil(frame.height)];
	const out = document.createElementNS(SVG_NS, 'svg');
	out.setAttribute('xmlns', SVG_NS);
	out.setAttribute('width', String(width));
	out.setAttribute('height', String(height));
	out.setAttribute('viewBox', `0 0 ${width} ${height}`);
	out.append(background(root));
	const round = (v: number) => String(Math.round(v * 10) / 10);
	for (const element of root.querySelectorAll('*')) {
		if (element instanceof SVGElement) {
			// An outermost SVG, with all it draws; what is inside one is in its copy.
			if (!(element instanceof SVGSVGElement) || element.ownerSVGElement) continue;
			const box = element.getBoundingClientRect();
			const copy = styledClone(element);
			for (const name of ['role', 'aria-label', 'aria-hidden']) copy.removeAttribute(name);
			copy.setAttribute('x', round(box.left - frame.left));
			copy.setAttribute('y', round(box.top - frame.top));
			copy.setAttribute('width', round(box.width));
			copy.setAttribute('height', round(box.height));
			out.append(copy);
			continue;
		}
		if (!(element instanceof HTMLElement) || element.getClientRects().length === 0) continue;
		const text = [...element.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE).map((child) => child.textContent ?? '').join('').trim();
		if (!text) continue;
		const style = getComputedStyle(element);
		if (style.visibility === 'hidden') continue;
		// Centre and turn: the element's box before its transform is centred on its bounding box's centre.
		const box = element.getBoundingClientRect();
		const [cx, cy] = [box.left + box.width / 2 - frame.left, box.top + box.height / 2 - frame.top];
		const matrix = new DOMMatrixReadOnly(style.transform === 'none' ? undefined : style.transform);
		const angle = Math.round((Math.atan2(matrix.b, matrix.a) * 180) / Math.PI);
		const turn = angle ? `rotate(${angle} ${round(cx)} ${round(cy)})` : null;
		const fill = style.backgroundColor;
		if (fill && fill !== 'rgba(0, 0, 0, 0)' && fill !== 'transparent') {
			const [w, h] = [element.offsetWidth, element.offsetHeight];
			const rect = document.createElementNS(SVG_NS, 'rect');
			rect.setAttribute('x', round(cx - w / 2));
			rect.setAttribute('y', round(cy - h / 2));
			rect.setAttribute('width', round(w));
			rect.setAttribute('height', round(h));
			rect.setAttribute('fill', fill);
			if (turn) rect.setAttribute('transform', turn);
			out.append(rect);
		}
		const label = document.createElementNS(SVG_NS, 'text');
		label.setAttribute('x', round(cx));
		label.setAttribute('y', round(cy));
		label.setAttribute('text-anchor', 'middle');
		label.setAttribute('dominant-baseline', 'central');
		if (turn) label.setAttribute('transform', turn);
		label.style.setProperty('fill', style.color);
		for (const property of ['font-size', 'font-family', 'font-weight', 'font-variant-numeric'] as const) label.style.setProperty(property, style.getPropertyValue(property));
		label.textContent = text;
		out.append(label);
	}
	return new XMLSerializer().serializeToString(out);
}

/** The largest side of an exported PNG, in pixels: browsers refuse bigger canvases (a 1024-token mask is large). */
const MAX_PNG_SIDE = 8000;

/** Draws an SVG file at `scale` times its size (less if that would pass MAX_PNG_SIDE) and returns it as a PNG. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		scale = Math.min(scale, MAX_PNG_SIDE / Math.max(image.width, image.height));
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(image.width * scale);
		canvas.height = Math.round(image.height * scale);
		canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
		const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
		if (!blob) throw new Error('PNG encoding failed');
		return blob;
	} finally {
		URL.revokeObjectURL(url);
	}
}
