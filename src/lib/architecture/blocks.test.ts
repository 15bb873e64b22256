import { describe, expect, it } from 'vitest';
import { countParameters } from './params';
import { dimsFor, hasPart, partTensors, PARTS, shapeText, variantConfig, VARIANTS } from './blocks';
import { layoutDependsOnWidth, layoutDiagram } from './diagram';

describe('block parts', () => {
	it('GPT-2 has learned positions and LayerNorm with a shift; LLaMA has neither a position table nor a shift', () => {
		expect(hasPart('gpt2', 'positions')).toBe(true);
		expect(hasPart('llama', 'positions')).toBe(false);
		const d = dimsFor('llama', 1, 8);
		expect(partTensors('llama', 'norm1', d).map((t) => t.role)).toEqual(['input', 'gain', 'output']);
		expect(partTensors('gpt2', 'norm1', dimsFor('gpt2', 1, 8)).map((t) => t.role)).toEqual(['input', 'gain', 'shift', 'output']);
	});

	it('the 2017 model has an encoder, cross-attention and add & norm, and no final norm', () => {
		const ids = PARTS.transformer2017.map((p) => p.id);
		expect(ids).toContain('cross-attention');
		expect(ids).toContain('enc-attention');
		expect(ids).not.toContain('final-norm');
		expect(PARTS.transformer2017.filter((p) => p.kind === 'addnorm')).toHaveLength(5);
	});

	it('attention shapes follow the config: GPT-2 small at B=2, T=8', () => {
		const d = dimsFor('gpt2', 2, 8);
		const byRole = Object.fromEntries(partTensors('gpt2', 'attention', d).map((t) => [t.role, t]));
		expect(byRole.q.sizes).toEqual([2, 12, 8, 64]);
		expect(byRole.scores.sizes).toEqual([2, 12, 8, 8]);
		expect(byRole.output.sizes).toEqual([2, 8, 768]);
		expect(shapeText(byRole.q)).toBe('B × h × T × dHead = 2 × 12 × 8 × 64');
		// Multi-head attention: as many key/value heads as query heads, written with the same symbol.
		expect(shapeText(byRole.kv)).toBe('B × h × T × dHead = 2 × 12 × 8 × 64');
	});

	it('grouped-query attention: Llama-3-8B keys and values have 8 heads, queries 32', () => {
		const d = dimsFor('llama', 1, 16);
		const byRole = Object.fromEntries(partTensors('llama', 'attention', d).map((t) => [t.role, t]));
		expect(byRole.q.sizes).toEqual([1, 32, 16, 128]);
		expect(byRole.kv.sizes).toEqual([1, 8, 16, 128]);
	});

	it('the weights a block diagram shows add up to the parameter count of one layer', () => {
		for (const variant of ['gpt2', 'llama'] as const) {
			const config = variantConfig(variant);
			const d = dimsFor(variant, 1, 4);
			const weights = ['norm1', 'attention', 'norm2', 'ffn'].flatMap((id) =>
				partTensors(variant, id as 'attention', d).filter((t) => t.weight)
			);
			// W_K, W_V and the SwiGLU W_gate, W_up are drawn as one tensor each standing for two.
			const doubled = new Set(['wkv', 'wgate']);
			const total = weights.reduce((s, t) => s + t.count * (doubled.has(t.role) ? 2 : 1), 0);
			const one = countParameters({ ...config, nLayers: 1, bias: false });
			const normsOfOne = 3 * config.dModel; // two block norms and the final norm, gains only
			const biasFree = one.attention + one.feedForward + normsOfOne - config.dModel;
			const shifts = variant === 'gpt2' ? 2 * config.dModel : 0;
			expect(total).toBe(biasFree + shifts);
		}
	});

	it('clamps batch and sequence into range', () => {
		expect(dimsFor('gpt2', 0, 99999).T).toBe(1024);
		expect(dimsFor('gpt2', 1000, 1.5).B).toBe(64);
		expect(dimsFor('gpt2', 1000, 1.5).T).toBe(1);
	});
});

describe('diagram layout', () => {
	for (const variant of VARIANTS) {
		for (const narrow of [false, true]) {
			it(`${variant}${narrow ? ' narrow' : ''}: every part has a box, none overlap, all inside`, () => {
				const diagram = layoutDiagram(variant, narrow);
				expect(diagram.boxes.map((b) => b.id).sort()).toEqual(PARTS[variant].map((p) => p.id).sort());
				for (const b of diagram.boxes) {
					expect(b.x).toBeGreaterThanOrEqual(0);
					expect(b.x + b.w).toBeLessThanOrEqual(diagram.width);
					expect(b.y + b.h).toBeLessThanOrEqual(diagram.height);
				}
				for (const a of diagram.boxes)
					for (const b of diagram.boxes) {
						if (a === b) continue;
						const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
						expect(apart, `${a.id} / ${b.id}`).toBe(true);
					}
				const skips = diagram.paths.filter((p) => p.kind === 'skip').length;
				expect(skips).toBe(PARTS[variant].filter((p) => p.kind === 'add' || p.kind === 'addnorm').length);
				expect(diagram.paths.some((p) => p.kind === 'memory')).toBe(variant === 'transformer2017');
				expect(diagram.paths.every((p) => !/NaN|Infinity/.test(p.d))).toBe(true);
			});
		}
	}
	it('narrow 2017 layout fits a phone', () => {
		expect(layoutDiagram('transformer2017', true).width).toBeLessThan(310);
	});
	it('says which variants are laid out differently when narrow: exactly those whose layouts differ', () => {
		for (const variant of VARIANTS) {
			const differ = JSON.stringify(layoutDiagram(variant, true)) !== JSON.stringify(layoutDiagram(variant, false));
			expect(layoutDependsOnWidth(variant), variant).toBe(differ);
		}
		expect(layoutDependsOnWidth('transformer2017')).toBe(true);
		expect(VARIANTS.filter((v) => !layoutDependsOnWidth(v)).length).toBeGreaterThan(0);
	});
});

describe('diagram frames', () => {
	it('every frame lies inside the drawing', () => {
		for (const variant of VARIANTS)
			for (const narrow of [false, true]) {
				const d = layoutDiagram(variant, narrow);
				for (const f of d.frames) {
					expect(f.x).toBeGreaterThanOrEqual(0);
					expect(f.x + f.w).toBeLessThanOrEqual(d.width);
				}
			}
	});
});
