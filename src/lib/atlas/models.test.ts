import { describe, expect, it } from 'vitest';
import { MASK_ARCH, MODEL_CLASSES, MODELS, OPENNESS, releaseDate } from './models';
import { ARCHITECTURES } from '$lib/attention/settings';
import { defaultAtlas, readAtlas, visibleModels, writeAtlas } from './settings';
import { layoutTimeline, MAX_R, NARROWEST } from './timeline';

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
	const t = layoutTimeline(MODELS);
	/** Pairs of circles in one row whose drawn discs overlap when the chart is `width` px wide. */
	const overlaps = (width: number) =>
		t.points.flatMap((a, i) =>
			t.points
				.slice(i + 1)
				.filter((b) => Math.hypot(((a.x - b.x) / 100) * width, a.cy - b.cy) < a.r + b.r)
				.map((b) => `${a.model.id}/${b.model.id}`)
		);

	it('places every model inside the chart at every width, later models further right, area by size', () => {
		expect(t.points).toHaveLength(MODELS.length);
		for (const width of [NARROWEST, 360, 720, 1400]) {
			for (const p of t.points) {
				const cx = (p.x / 100) * width;
				expect(cx - p.r).toBeGreaterThanOrEqual(0);
				expect(cx + p.r).toBeLessThanOrEqual(width);
				expect(Number.isFinite(p.cy)).toBe(true);
			}
		}
		const at = (id: string) => t.points.find((p) => p.model.id === id)!;
		expect(at('gpt-3').x).toBeGreaterThan(at('gpt').x);
		expect(at('gpt-3').r).toBeGreaterThan(at('gpt-2').r);
		expect(at('deepseek-v3').r).toBe(MAX_R * Math.sqrt(671e9 / 700e9));
	});

	it('moves circles apart on the narrowest chart, so that no two overlap at any width (2023 is crowded)', () => {
		for (const width of [NARROWEST, 330, 380, 720, 1400]) expect(overlaps(width), `${width} px`).toEqual([]);
	});

	it('marks every year from 2018 to 2026', () => {
		expect(t.ticks.map((tick) => tick.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
	});
});
