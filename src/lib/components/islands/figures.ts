// The interactive figures that load as islands: their code is fetched only when the figure is about to be seen or
// touched, so a page's first load carries the figure's prerendered HTML but not its JavaScript.
import type { Component } from 'svelte';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each figure has its own props; Island passes them through
export type FigureModule = { default: Component<any> };

/** Each figure's code, fetched when its island starts; given the island's props, a loader may also fetch what the
 * figure needs to draw its first frame. */
export const FIGURES = {
	'attention-masks': () => import('../figures/attention-mask/AttentionMaskFigure.svelte'),
	emergence: () => import('../figures/emergence/EmergenceFigure.svelte'),
	'kv-ledger': () => import('../figures/kv-cache/LedgerFigure.svelte'),
	'kv-memory': () => import('../figures/kv-cache/MemoryFigure.svelte'),
	'attention-rank': () => import('../figures/kv-cache/RankFigure.svelte'),
	't5-evidence': () => import('../figures/kv-cache/EvidenceFigure.svelte'),
	// The explorer shows the shipped causal decoder of the page's language and the encoder-decoder: they come with the code.
	'block-explorer': (props) =>
		Promise.all([
			import('../figures/architecture/BlockExplorerFigure.svelte'),
			import('../figures/transformer/engine').then((engine) => engine.preloadModels([props?.lang === 'zh' ? 'zh-causal' : 'en-causal', 'enc-dec']))
		]).then(([module]) => module),
	'param-calculator': () => import('../figures/architecture/ParamCalculatorFigure.svelte'),
	'model-atlas': () => import('../figures/model-atlas/ModelAtlasFigure.svelte'),
	// The corpus the figure opens with comes with the code (see preloadCorpora).
	'tiny-lm': (props) =>
		Promise.all([
			import('../figures/tiny-lm/TinyLmFigure.svelte'),
			import('../figures/tiny-lm/corpora').then((corpora) => corpora.preloadCorpora(props?.lang as string | undefined, location.search))
		]).then(([module]) => module),
	'mask-triptych': () => import('../figures/mask-triptych/MaskTriptychFigure.svelte'),
	// The shipped models come with the code, and their attention on the starting text is computed before the figure
	// mounts (one model per task): the live figure then draws what the prerendered one shows at once. A failure there
	// is left to the figure, which says so.
	transformer: (props) =>
		Promise.all([
			import('../figures/transformer/TransformerFigure.svelte'),
			import('../figures/transformer/engine')
				.then((engine) => engine.preloadDecoders(props?.lang === 'zh' ? 'zh' : 'en', props?.reverse !== false))
				.then(() => Promise.all([import('../figures/transformer/viewer-state.svelte'), import('../charts/HeadThumbnails.svelte')]))
				.then(([viewer, thumbnails]) => {
					thumbnails.readThumbnailColours(document);
					return viewer.primeViews(props?.lang === 'zh' ? 'zh' : 'en');
				})
				.catch(() => undefined)
		]).then(([module]) => module)
} satisfies Record<string, (props?: Record<string, unknown>) => Promise<FigureModule>>;

export type FigureName = keyof typeof FIGURES;

/** The query keys each figure owns (its settings in the URL): a link carrying one of them starts that figure at once,
 * to show those settings; other keys (`?utm_source=…`, another figure's) leave it waiting for the reader. Written out
 * here rather than imported, so the island runtime on every page does not carry the figures' URL parsers;
 * figures.test.ts checks each list against the figure's own. */
export const FIGURE_KEYS: Record<FigureName, readonly string[]> = {
	'attention-masks': ['arch', 'tok', 'input', 'target', 'prefix', 'window', 'view', 'style', 'joined'],
	'mask-triptych': ['mask'],
	emergence: ['mode', 'metric', 'alpha', 'c', 'len', 'choices', 'x', 'tpp', 'y', 'test', 'seed', 'sizes', 'parts', 'frac'],
	'kv-ledger': ['kv-arch', 'kv-turns', 'kv-user', 'kv-answer', 'kv-step', 'kv-metric'],
	'kv-memory': ['mem-model', 'mem-format', 'mem-ctx'],
	'attention-rank': ['rank-n', 'rank-d', 'rank-seed', 'rank-mask', 'rank-prefix', 'rank-scale'],
	't5-evidence': ['t5-frame'],
	'block-explorer': ['variant', 'part', 'batch', 'seq', 'toylayer', 'toyweights', 'seed', 'toyheads'],
	'param-calculator': ['preset', 'vocab', 'ctx', 'dmodel', 'layers', 'heads', 'kvheads', 'headdim', 'dff', 'ffn', 'norm', 'bias', 'qkvbias', 'pos', 'tied', 'tokens'],
	'model-atlas': ['class', 'weights', 'org', 'model'],
	'tiny-lm': ['corpus', 'paste', 'lr', 'opt', 'batch', 'seed', 'obj', 'text', 'prefix', 'decode', 'temp', 'k', 'p', 'draw', 'ctx', 'unit'],
	transformer: ['tf-text', 'tf-prefix', 'tf-layer', 'tf-head', 'tf-train', 'tf-seed', 'tf-prompt', 'tf-decode', 'tf-draw', 'tf-toy']
};

/** Whether a query string carries a setting of figure `name`. */
export function carriesSettings(search: string, name: FigureName): boolean {
	const params = new URLSearchParams(search);
	return FIGURE_KEYS[name].some((key) => params.has(key));
}
