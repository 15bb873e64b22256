import { describe, expect, it } from 'vitest';
import { emergenceCsv } from './export';
import { buildEmergence } from './figure';
import { DEFAULT_SETTINGS } from './settings';

describe('emergenceCsv', () => {
	it('has one row per curve point and per evaluated model, all numbers finite', () => {
		const model = buildEmergence({ ...DEFAULT_SETTINGS, mode: 'subtasks', parts: 3 });
		const rows = emergenceCsv(model).trim().split('\n').map((line) => line.split(','));
		expect(rows[0]).toEqual(['row', 'series', 'x', 'expected', 'measured']);
		const curves = rows.filter((r) => r[0] === 'curve');
		expect(curves).toHaveLength(5 * 500); // three sub-tasks, their mean, the task
		const evaluated = rows.filter((r) => r[0] === 'evaluated');
		expect(evaluated).toHaveLength(4);
		for (const r of [...curves, ...evaluated]) expect(Number.isFinite(Number(r[2])) && Number.isFinite(Number(r[3]))).toBe(true);
		expect(Number(evaluated[3][2])).toBe(2e11);
	});
});
