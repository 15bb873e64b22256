// Server only (imported by Island.svelte behind import.meta.env.SSR): renders a figure to HTML at prerender time.
// The client build drops this module, and with it the figures' code.
import { render } from 'svelte/server';
import AttentionMaskFigure from '../figures/attention-mask/AttentionMaskFigure.svelte';
import BlockExplorerFigure from '../figures/architecture/BlockExplorerFigure.svelte';
import ParamCalculatorFigure from '../figures/architecture/ParamCalculatorFigure.svelte';
import ModelAtlasFigure from '../figures/model-atlas/ModelAtlasFigure.svelte';
import type { FigureName } from './figures';

const SERVER_FIGURES: Record<FigureName, typeof AttentionMaskFigure> = {
	'attention-masks': AttentionMaskFigure,
	'block-explorer': BlockExplorerFigure as unknown as typeof AttentionMaskFigure,
	'param-calculator': ParamCalculatorFigure as unknown as typeof AttentionMaskFigure,
	'model-atlas': ModelAtlasFigure as unknown as typeof AttentionMaskFigure
};

export function renderFigure(name: FigureName, props: Record<string, unknown>): { head: string; body: string } {
	const { head, body } = render(SERVER_FIGURES[name], { props: props as never });
	return { head, body };
}
