// The interactive figures that load as islands: their code is fetched only when the figure is about to be seen or
// touched, so a page's first load carries the figure's prerendered HTML but not its JavaScript.
import type { Component } from 'svelte';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each figure has its own props; Island passes them through
export type FigureModule = { default: Component<any> };

export const FIGURES = {
	'attention-masks': () => import('../figures/attention-mask/AttentionMaskFigure.svelte'),
	emergence: () => import('../figures/emergence/EmergenceFigure.svelte'),
	'kv-ledger': () => import('../figures/kv-cache/LedgerFigure.svelte'),
	'kv-memory': () => import('../figures/kv-cache/MemoryFigure.svelte'),
	'attention-rank': () => import('../figures/kv-cache/RankFigure.svelte'),
	't5-evidence': () => import('../figures/kv-cache/EvidenceFigure.svelte'),
	'block-explorer': () => import('../figures/architecture/BlockExplorerFigure.svelte'),
	'param-calculator': () => import('../figures/architecture/ParamCalculatorFigure.svelte'),
	'model-atlas': () => import('../figures/model-atlas/ModelAtlasFigure.svelte'),
	'tiny-lm': () => import('../figures/tiny-lm/TinyLmFigure.svelte'),
	transformer: () => import('../figures/transformer/TransformerFigure.svelte')
} satisfies Record<string, () => Promise<FigureModule>>;

export type FigureName = keyof typeof FIGURES;
