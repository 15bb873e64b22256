import { describe, expect, it } from 'vitest';
import { MASK_ARCH, MODEL_CLASSES, MODELS, OPENNESS, releaseDate } from './models';
import { ARCHITECTURES } from '$lib/attention/settings';
import { defaultAtlas, readAtlas, visibleModels, writeAtlas } from './settings';
import { layoutTimeline } from './timeline';

describe('atlas data', () => {
	it('has about thirty models with unique ids', () => {
		expect(MODELS.length).toBeGreaterThanOrEqual(28);
		expect(new Set(MODELS.map((m) => m.id)).size).toBe(MODELS.length);
	});
	it.each(MODELS.map((m) => [m.id, m] as const))('%s has a source, a valid date, a known class and a size', (_, m) => {
		expect(m.source).toMatch(/^https:\/\/[a-z0-9.-]+\/\S+$/);
		expect(m.released).toMatch(/^20(1[89]|2\d)-(0[1-9]|1[0-2])$/);
		expect(releaseDate(m).getTime()).toBeLessThan(Date.UTC(2026, 0, 1));
		expect(MODEL_CLASSES).toContain(m.class);
		expect(OPENNESS).toContain(m.weights);
		expect(m.params).toBeGreaterThan(1e7);
		if (m.class === 'moe') expect(m.active).toBeLessThan(m.params);
		else expect(m.active).toBeUndefined();
	});
	it('marks the five names of the original answer', () => {
		expect(MODELS.filter((m) => m.seed).map((m) => m.name)).toEqual(['GPT', 'BERT', 'XLNet', 'RoBERTa', 'T5']);
	});
	it('maps every class to an architecture of the mask explorer', () => {
		for (const cls of MODEL_CLASSES) expect(ARCHITECTURES).toContain(MASK_ARCH[cls]);
	});
});

describe('atlas settings and filter', () => {
	it('filters by class, weights and organisation', () => {
		const all = visibleModels(defaultAtlas());
		expect(all).toHaveLength(MODELS.length);
		expect(visibleModels({ ...defaultAtlas(), classes: ['moe'] }).map((m) => m.id)).toEqual(['mixtral', 'deepseek-v3', 'gpt-oss']);
		expect(visibleModels({ ...defaultAtlas(), weights: ['closed'] }).map((m) => m.id)).toEqual(['gpt-3']);
		expect(visibleModels({ ...defaultAtlas(), org: 'OpenAI' })).toHaveLength(4);
		expect(visibleModels({ ...defaultAtlas(), classes: [] })).toHaveLength(0);
	});
	it('round-trips through the URL and reports bad values', () => {
		const s = { classes: ['causal', 'moe'] as const, weights: ['open'] as const, org: 'Meta AI', model: 'llama' };
		const settings = { ...s, classes: [...s.classes], weights: [...s.weights] };
		const params = writeAtlas(settings, new URLSearchParams('preset=llama-7b'));
		expect(params.get('preset')).toBe('llama-7b');
		expect(readAtlas(params)).toEqual({ settings, problems: [] });
		expect(writeAtlas(defaultAtlas(), new URLSearchParams()).toString()).toBe('');
		const bad = readAtlas(new URLSearchParams('class=causal,xyz&weights=&org=Nobody&model=<b>'));
		expect(bad.settings.classes).toEqual(['causal']);
		expect(bad.settings.weights).toEqual([]);
		expect(bad.problems.map((p) => p.key)).toEqual(['class', 'org', 'model']);
	});
});

describe('timeline', () => {
	it('places every model inside the chart, later models further right, area by size', () => {
		for (const width of [320, 720, 1200]) {
			const t = layoutTimeline(MODELS, width);
			expect(t.points).toHaveLength(MODELS.length);
			for (const p of t.points) {
				expect(p.cx - p.r).toBeGreaterThanOrEqual(0);
				expect(p.cx + p.r).toBeLessThanOrEqual(t.width);
				expect(Number.isFinite(p.cy)).toBe(true);
			}
			const at = (id: string) => t.points.find((p) => p.model.id === id)!;
			expect(at('gpt-3').cx).toBeGreaterThan(at('gpt').cx);
			expect(at('gpt-3').r).toBeGreaterThan(at('gpt-2').r);
		}
	});
});
