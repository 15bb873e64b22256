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

const STYLE_PROPERTIES = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-size', 'font-family', 'font-weight'] as const;

/** The SVG as a standalone file: the computed styles of each element copied onto its clone, with a background. */
export function svgSnapshot(svg: SVGSVGElement): string {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [clone, ...clone.querySelectorAll('*')];
	originals.forEach((element, i) => {
		const computed = getComputedStyle(element);
		const copy = copies[i] as SVGElement;
		copy.removeAttribute('class');
		for (const property of STYLE_PROPERTIES) copy.style.setProperty(property, computed.getPropertyValue(property));
	});
	clone.querySelectorAll('.drag, [data-export="skip"]').forEach((element) => element.remove());
	clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
	background.setAttribute('width', '100%');
	background.setAttribute('height', '100%');
	const page = getComputedStyle(document.body).backgroundColor;
	background.setAttribute('fill', page && page !== 'rgba(0, 0, 0, 0)' ? page : '#ffffff');
	clone.insertBefore(background, clone.firstChild);
	return new XMLSerializer().serializeToString(clone);
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
