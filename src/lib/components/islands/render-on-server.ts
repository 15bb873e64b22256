// Server only (imported by Island.svelte behind import.meta.env.SSR): renders a figure to HTML at prerender time.
// The client build drops this module, and with it the figures' code.
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import AttentionMaskFigure from '../figures/attention-mask/AttentionMaskFigure.svelte';
import BlockExplorerFigure from '../figures/architecture/BlockExplorerFigure.svelte';
import EmergenceFigure from '../figures/emergence/EmergenceFigure.svelte';
import EvidenceFigure from '../figures/kv-cache/EvidenceFigure.svelte';
import LedgerFigure from '../figures/kv-cache/LedgerFigure.svelte';
import MaskTriptychFigure from '../figures/mask-triptych/MaskTriptychFigure.svelte';
import MemoryFigure from '../figures/kv-cache/MemoryFigure.svelte';
import ModelAtlasFigure from '../figures/model-atlas/ModelAtlasFigure.svelte';
import ParamCalculatorFigure from '../figures/architecture/ParamCalculatorFigure.svelte';
import RankFigure from '../figures/kv-cache/RankFigure.svelte';
import TinyLmFigure from '../figures/tiny-lm/TinyLmFigure.svelte';
import TransformerFigure from '../figures/transformer/TransformerFigure.svelte';
import type { FigureName } from './figures';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each figure has its own props
const SERVER_FIGURES: Record<FigureName, Component<any>> = {
	'attention-masks': AttentionMaskFigure,
	emergence: EmergenceFigure,
	'kv-ledger': LedgerFigure,
	'kv-memory': MemoryFigure,
	'attention-rank': RankFigure,
	't5-evidence': EvidenceFigure,
	'block-explorer': BlockExplorerFigure,
	'param-calculator': ParamCalculatorFigure,
	'model-atlas': ModelAtlasFigure,
	'tiny-lm': TinyLmFigure,
	'mask-triptych': MaskTriptychFigure,
	transformer: TransformerFigure
};

/** `idPrefix` is the island's own $props.id(), unique on its page: each figure is rendered on its own, so without it
 * every figure's $props.id() would count from s1 and a page with two figures would repeat ids (and name two figures
 * by one heading). */
export function renderFigure(name: FigureName, props: Record<string, unknown>, idPrefix: string): { head: string; body: string } {
	const { head, body } = render(SERVER_FIGURES[name], { props: props as never, idPrefix });
	return { head, body };
}
