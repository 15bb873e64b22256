// Builds a standalone SVG file of the current masks, for download: fixed colours (no CSS variables), token labels
// escaped as XML text, and blocked cells hatched as on screen. Pure, so tests can check what a download contains.
import { visibleRuns, type Mask } from './masks';
import type { MaskStyle } from './settings';

export interface ExportMatrix {
	title: string;
	mask: Mask;
	rows: string[];
	cols: string[];
}

const COLOURS: Record<MaskStyle, { on: string; off: string; hatch: string }> = {
	t5: { on: '#1f3f6e', off: '#ffffff', hatch: '#b8bec8' },
	unilm: { on: '#ffffff', off: '#a9adb3', hatch: '#6f757d' }
};
const CELL = 20;
const LABEL_LIMIT = 24;
/** Past this many cells, visible cells are drawn as runs, not one by one. */
const CELL_LIMIT = 4096;

export function escapeXml(text: string): string {
	return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function label(text: string): string {
	const chars = Array.from(text);
	return escapeXml(chars.length <= 6 ? text : `${chars.slice(0, 5).join('')}…`);
}

/** One SVG with the matrices side by side, each titled. */
export function masksToSvg(matrices: ExportMatrix[], style: MaskStyle): string {
	const colours = COLOURS[style];
	const parts: string[] = [];
	let x = 10;
	let height = 0;
	for (const m of matrices) {
		const labels = Math.max(m.rows.length, m.cols.length) <= LABEL_LIMIT;
		const margin = labels ? 64 : 30;
		const top = 30 + margin;
		const left = x + margin;
		parts.push(`<text x="${x}" y="18" font-size="14" font-weight="bold">${escapeXml(m.title)}</text>`);
		if (labels) {
			m.rows.forEach((t, q) =>
				parts.push(`<text x="${left - 4}" y="${top + (q + 0.5) * CELL}" text-anchor="end" dominant-baseline="central">${label(t)}</text>`)
			);
			m.cols.forEach((t, k) =>
				parts.push(`<text transform="translate(${left + (k + 0.5) * CELL} ${top - 4}) rotate(-60)">${label(t)}</text>`)
			);
		}
		if (m.mask.length * (m.mask[0]?.length ?? 0) <= CELL_LIMIT) {
			m.mask.forEach((row, q) =>
				row.forEach((visible, k) =>
					parts.push(
						`<rect x="${left + k * CELL}" y="${top + q * CELL}" width="${CELL}" height="${CELL}" fill="${visible ? colours.on : 'url(#blocked)'}" data-q="${q}" data-k="${k}" data-visible="${visible}"/>`
					)
				)
			);
		} else {
			// Large masks: one hatched background, then one rect per run of visible cells in a row, so a 1024 x 1024
			// mask is a file of kilobytes, not a million elements.
			parts.push(`<rect x="${left}" y="${top}" width="${(m.mask[0]?.length ?? 0) * CELL}" height="${m.mask.length * CELL}" fill="url(#blocked)"/>`);
			m.mask.forEach((row, q) => {
				for (const [from, to] of visibleRuns(row)) {
					parts.push(`<rect x="${left + from * CELL}" y="${top + q * CELL}" width="${(to - from) * CELL}" height="${CELL}" fill="${colours.on}" stroke="none" data-q="${q}" data-run="${from}-${to}"/>`);
				}
			});
		}
		x = left + m.cols.length * CELL + 30;
		height = Math.max(height, top + m.rows.length * CELL + 10);
	}
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${x}" height="${height}" viewBox="0 0 ${x} ${height}" font-family="system-ui, sans-serif" font-size="11">`,
		`<defs><pattern id="blocked" patternUnits="userSpaceOnUse" width="5" height="5"><rect width="5" height="5" fill="${colours.off}"/><path d="M-1,1 l2,-2 M0,5 l5,-5 M4,6 l2,-2" stroke="${colours.hatch}" stroke-width="0.8"/></pattern></defs>`,
		`<rect width="100%" height="100%" fill="#ffffff"/>`,
		`<g stroke="#d5d8dd" stroke-width="0.5">`,
		...parts,
		'</g>',
		'</svg>'
	].join('\n');
}
