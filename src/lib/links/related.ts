// How the pages lead to one another: the "related" links chosen for each concept, and the figures that have a lab page
// of their own (with the component that embeds each in markdown, so backlinks can find the pages that use it).
import type { Slug } from '$lib/content/concepts';
import type { Lang } from '$lib/i18n/langs';
import { LABS, type LabSlug } from '$lib/labs';

export type RelatedLink = { slug: Slug; anchor?: string } | { lab: LabSlug };

/** Chosen by hand for each concept: where a reader of this page should go next. */
export const RELATED: Record<Slug, RelatedLink[]> = {
	'model-families': [
		{ lab: 'model-atlas' },
		{ slug: 'causal-prefix-encoder-decoder', anchor: 'who-uses-which' },
		{ slug: 'why-decoder-only' },
		{ slug: 'transformer-architecture', anchor: 'transformer-vs-llama' }
	],
	'causal-prefix-encoder-decoder': [
		{ lab: 'attention-masks' },
		{ slug: 'why-decoder-only', anchor: 'controlled-comparisons' },
		{ slug: 'training-objective', anchor: 'teacher-forcing' },
		{ slug: 'model-families', anchor: 'families-by-architecture' }
	],
	'training-objective': [
		{ lab: 'tiny-lm' },
		{ slug: 'causal-prefix-encoder-decoder', anchor: 'attention-masks' },
		{ slug: 'why-decoder-only', anchor: 'teacher-forcing-exposure-bias' },
		{ slug: 'emergence', anchor: 'toy-model' }
	],
	emergence: [
		{ lab: 'emergence' },
		{ slug: 'training-objective', anchor: 'mle-cross-entropy' },
		{ slug: 'why-decoder-only', anchor: 'path-dependence' },
		{ slug: 'model-families' }
	],
	'why-decoder-only': [
		{ lab: 'kv-cache' },
		{ lab: 'attention-masks' },
		{ slug: 'causal-prefix-encoder-decoder', anchor: 't5-comparison' },
		{ slug: 'training-objective', anchor: 'exposure-bias' },
		{ slug: 'transformer-architecture', anchor: 'attention-cost-and-variants' }
	],
	'transformer-architecture': [
		{ lab: 'architecture' },
		{ lab: 'attention-masks' },
		{ slug: 'causal-prefix-encoder-decoder', anchor: 'encoder-decoder' },
		{ slug: 'why-decoder-only', anchor: 'training-signal-and-kv-cache' },
		{ slug: 'training-objective' }
	]
};

export interface FigurePage {
	/** The lab page: /<lang>/lab/<lab>/. */
	lab: LabSlug;
	/** The component that places the figure in concept markdown. */
	component: string;
	title: Record<Lang, string>;
}

/** Figures with a lab page. A concept page that places `component` links to the lab, and the lab links back. */
export const FIGURES: FigurePage[] = (
	[
		['attention-masks', 'AttentionMasks'],
		['emergence', 'EmergenceLab'],
		['tiny-lm', 'TinyLm'],
		['kv-cache', 'KvCacheFigure'],
		['architecture', 'BlockExplorer'],
		['architecture', 'ParamCalculator'],
		['model-atlas', 'ModelAtlas'],
		['transformer', 'TransformerLab']
	] as const
).map(([lab, component]) => ({ lab, component, title: LABS.find((l) => l.slug === lab)!.title }));

export function relatedPath(lang: Lang, link: RelatedLink): string {
	return 'lab' in link ? `/${lang}/lab/${link.lab}/` : `/${lang}/${link.slug}/${link.anchor ? `#${link.anchor}` : ''}`;
}
