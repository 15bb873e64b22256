// The emergence figure's data as CSV: every drawn curve point and every evaluated model, one row each, so a learner
// can re-plot it elsewhere. Plain numbers (full precision), a header row, comma-separated, no quoting needed.
import type { EmergenceModel } from './figure';

export const CSV_HEADER = ['row', 'series', 'x', 'expected', 'measured'] as const;

export function emergenceCsv(model: EmergenceModel): string {
	const lines = [CSV_HEADER.join(',')];
	for (const series of model.series) {
		for (const point of series.points) lines.push(['curve', series.id, point.x, point.y, ''].join(','));
	}
	for (const e of model.evaluated) lines.push(['evaluated', model.metric, e.x, e.expected, e.measured].join(','));
	return `${lines.join('\n')}\n`;
}
