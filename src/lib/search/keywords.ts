// Index terms: the concepts each page is the place to read about, as a book's index lists them. The search index holds
// them as a page's `keywords` metadata, and the search ranks a match in them above a match in running text (see
// pagefind.ts, metaWeights), so that searching a core concept lands on the page that explains it rather than on a
// page that merely mentions it. Keys are concept slugs and `lab/<slug>`. Keep each list short: a term listed on every
// page ranks nothing. A page may have none; a key that names no page is a compile error.
import type { Slug } from '$lib/content/concepts';
import type { Lang } from '$lib/i18n/langs';
import type { LabSlug } from '$lib/labs';

/** A page that can have index terms: a concept, or a lab as `lab/<slug>`. */
export type KeywordPage = Slug | `lab/${LabSlug}`;

export const SEARCH_KEYWORDS: Partial<Record<KeywordPage, Record<Lang, string[]>>> = {
	'model-families': {
		zh: ['开源模型', '模型家族', '开放权重'],
		en: ['open models', 'model families', 'open weights']
	},
	'causal-prefix-encoder-decoder': {
		zh: ['因果', '因果解码器', '前缀解码器', '编码器-解码器', '注意力掩码'],
		en: ['causal', 'causal decoder', 'prefix decoder', 'encoder-decoder', 'attention mask']
	},
	'training-objective': {
		zh: ['训练目标', '交叉熵', '最大似然', '下一个 token 预测'],
		en: ['training objective', 'cross-entropy', 'maximum likelihood', 'next-token prediction']
	},
	emergence: {
		zh: ['涌现', '涌现能力'],
		en: ['emergence', 'emergent abilities']
	},
	'why-decoder-only': {
		zh: ['仅解码器', 'KV 缓存'],
		en: ['decoder-only', 'KV cache']
	},
	'transformer-architecture': {
		zh: ['Transformer', '架构', '多头注意力'],
		en: ['Transformer', 'architecture', 'multi-head attention']
	},
	'lab/attention-masks': {
		zh: ['注意力掩码', '因果掩码', '前缀'],
		en: ['attention mask', 'causal mask', 'prefix']
	},
	'lab/emergence': {
		zh: ['涌现', '涌现能力'],
		en: ['emergence', 'emergent abilities']
	},
	'lab/tiny-lm': {
		zh: ['语言模型', '二元模型', '训练', '解码'],
		en: ['language model', 'bigram', 'training', 'decoding']
	},
	'lab/kv-cache': {
		zh: ['KV 缓存', '秩'],
		en: ['KV cache', 'rank']
	},
	'lab/architecture': {
		zh: ['参数量', '参数计算器', '算力', '显存'],
		en: ['parameters', 'parameter count', 'compute', 'memory']
	},
	'lab/model-atlas': {
		zh: ['模型图谱', '开源模型', '开放权重'],
		en: ['model atlas', 'open models', 'open weights']
	}
};

/** A page's index terms (none for a page without a list). */
export function keywordsOf(page: KeywordPage, lang: Lang): string[] {
	return SEARCH_KEYWORDS[page]?.[lang] ?? [];
}
