/**
 * The model-family atlas: about thirty language models from 2018 to 2025, each with its release month, organisation,
 * architecture class, largest released size, whether its weights can be downloaded, and the source the facts come from.
 * Facts follow ../shared/REFERENCES.md where it lists them; entries or fields not verified there carry `uncertain`
 * with the reason, and the figure says so.
 */

/** Architecture classes, by attention layout. `moe` is a causal decoder whose feed-forward blocks are experts. */
export const MODEL_CLASSES = ['encoder', 'encoder-decoder', 'prefix', 'causal', 'moe'] as const;
export type ModelClass = (typeof MODEL_CLASSES)[number];

/** open: anyone can download the weights; limited: some sizes, or only on request or application; closed: API only. */
export const OPENNESS = ['open', 'limited', 'closed'] as const;
export type Openness = (typeof OPENNESS)[number];

export interface AtlasModel {
	/** Stable id for URLs, lowercase ASCII. */
	id: string;
	name: string;
	/** First release, "YYYY-MM". */
	released: string;
	org: string;
	class: ModelClass;
	/** Parameters of the largest released size. */
	params: number;
	/** Parameters active per token, for mixture-of-experts models. */
	active?: number;
	weights: Openness;
	/** Paper (arXiv abstract page) or the authors' own page. */
	source: string;
	/** One of the five names in the original answer (seed question 1). */
	seed?: boolean;
	/** What is not certain about this entry, in English (the figure marks the entry and shows this). */
	uncertain?: string;
	/** A short fact worth knowing, in English and Chinese. */
	note?: { en: string; zh: string };
}

const M = 1e6;
const B = 1e9;

export const MODELS: readonly AtlasModel[] = [
	{ id: 'gpt', name: 'GPT', released: '2018-06', org: 'OpenAI', class: 'causal', params: 117 * M, weights: 'open', seed: true,
		source: 'https://cdn.openai.com/research-covers/language-unsupervised/language_understanding_paper.pdf',
		uncertain: 'The size is usually quoted as about 117M; the paper gives the layer sizes, not a count.' },
	{ id: 'bert', name: 'BERT', released: '2018-10', org: 'Google', class: 'encoder', params: 340 * M, weights: 'open', seed: true,
		source: 'https://arxiv.org/abs/1810.04805' },
	{ id: 'gpt-2', name: 'GPT-2', released: '2019-02', org: 'OpenAI', class: 'causal', params: 1.5 * B, weights: 'open',
		source: 'https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf',
		note: { en: 'Released in stages; the 1.5B weights came last.', zh: '分阶段发布，1.5B 的权重最后公开。' } },
	{ id: 'xlnet', name: 'XLNet', released: '2019-06', org: 'CMU, Google Brain', class: 'encoder', params: 340 * M, weights: 'open', seed: true,
		source: 'https://arxiv.org/abs/1906.08237',
		note: {
			en: 'A permutation language model for understanding tasks, placed with the encoders here. XLNet-Large has BERT-Large’s layer sizes (24 layers, width 1024, 16 heads), hence about 340M parameters.',
			zh: '用于理解任务的排列语言模型，这里归入编码器一类。XLNet-Large 与 BERT-Large 的层配置相同（24 层、宽 1024、16 个头），约 3.4 亿参数。'
		} },
	{ id: 'roberta', name: 'RoBERTa', released: '2019-07', org: 'Facebook AI', class: 'encoder', params: 355 * M, weights: 'open', seed: true,
		source: 'https://arxiv.org/abs/1907.11692' },
	{ id: 't5', name: 'T5', released: '2019-10', org: 'Google', class: 'encoder-decoder', params: 11 * B, weights: 'open', seed: true,
		source: 'https://arxiv.org/abs/1910.10683' },
	{ id: 'bart', name: 'BART', released: '2019-10', org: 'Facebook AI', class: 'encoder-decoder', params: 406 * M, weights: 'open',
		source: 'https://arxiv.org/abs/1910.13461' },
	{ id: 'gpt-3', name: 'GPT-3', released: '2020-05', org: 'OpenAI', class: 'causal', params: 175 * B, weights: 'closed',
		source: 'https://arxiv.org/abs/2005.14165',
		note: { en: 'Weights never released; available only through an API.', zh: '权重从未公开，只能通过 API 使用。' } },
	{ id: 'mt5', name: 'mT5', released: '2020-10', org: 'Google', class: 'encoder-decoder', params: 13 * B, weights: 'open',
		source: 'https://arxiv.org/abs/2010.11934' },
	{ id: 'glm', name: 'GLM', released: '2021-03', org: 'Tsinghua University', class: 'prefix', params: 10 * B, weights: 'open',
		source: 'https://arxiv.org/abs/2103.10360',
		note: { en: 'The paper’s largest model is GLM-10B.', zh: '论文中最大的模型是 GLM-10B。' } },
	{ id: 'gpt-j', name: 'GPT-J', released: '2021-06', org: 'EleutherAI', class: 'causal', params: 6 * B, weights: 'open',
		source: 'https://github.com/kingoflolz/mesh-transformer-jax' },
	{ id: 'gpt-neox', name: 'GPT-NeoX-20B', released: '2022-02', org: 'EleutherAI', class: 'causal', params: 20.6 * B, weights: 'open',
		source: 'https://arxiv.org/abs/2204.06745' },
	{ id: 'opt', name: 'OPT', released: '2022-05', org: 'Meta AI', class: 'causal', params: 175 * B, weights: 'limited',
		source: 'https://arxiv.org/abs/2205.01068',
		note: { en: 'Up to 66B downloadable; 175B on request.', zh: '66B 及以下可下载；175B 需申请。' } },
	{ id: 'ul2', name: 'UL2', released: '2022-05', org: 'Google', class: 'encoder-decoder', params: 20 * B, weights: 'open',
		source: 'https://arxiv.org/abs/2205.05131' },
	{ id: 'bloom', name: 'BLOOM', released: '2022-07', org: 'BigScience', class: 'causal', params: 176 * B, weights: 'open',
		source: 'https://arxiv.org/abs/2211.05100',
		note: { en: 'Responsible AI License, which restricts some uses.', zh: '采用限制部分用途的 Responsible AI License。' } },
	{ id: 'glm-130b', name: 'GLM-130B', released: '2022-08', org: 'Tsinghua University', class: 'prefix', params: 130 * B, weights: 'limited',
		source: 'https://arxiv.org/abs/2210.02414',
		note: { en: 'Weights on application.', zh: '权重需申请。' } },
	{ id: 'flan-t5', name: 'Flan-T5', released: '2022-10', org: 'Google', class: 'encoder-decoder', params: 11 * B, weights: 'open',
		source: 'https://arxiv.org/abs/2210.11416' },
	{ id: 'llama', name: 'LLaMA', released: '2023-02', org: 'Meta AI', class: 'causal', params: 65 * B, weights: 'limited',
		source: 'https://arxiv.org/abs/2302.13971',
		note: { en: 'Weights given to researchers on request.', zh: '权重按申请提供给研究者。' } },
	{ id: 'chatglm-6b', name: 'ChatGLM-6B', released: '2023-03', org: 'Tsinghua University, Zhipu AI', class: 'prefix', params: 6.2 * B, weights: 'open',
		source: 'https://github.com/THUDM/ChatGLM-6B',
		note: { en: 'From ChatGLM2-6B on, the released code uses a plain causal mask.', zh: '从 ChatGLM2-6B 起，官方代码使用普通的因果掩码。' } },
	{ id: 'falcon', name: 'Falcon', released: '2023-05', org: 'Technology Innovation Institute', class: 'causal', params: 180 * B, weights: 'open',
		source: 'https://arxiv.org/abs/2311.16867',
		note: { en: 'The 180B model followed in 2023-09.', zh: '180B 版本于 2023 年 9 月发布。' } },
	{ id: 'llama-2', name: 'Llama 2', released: '2023-07', org: 'Meta AI', class: 'causal', params: 70 * B, weights: 'open',
		source: 'https://arxiv.org/abs/2307.09288' },
	{ id: 'qwen', name: 'Qwen', released: '2023-08', org: 'Alibaba', class: 'causal', params: 72 * B, weights: 'open',
		source: 'https://arxiv.org/abs/2309.16609', uncertain: 'The 72B size came after the first release; its month is not verified.' },
	{ id: 'baichuan-2', name: 'Baichuan 2', released: '2023-09', org: 'Baichuan Inc.', class: 'causal', params: 13 * B, weights: 'open',
		source: 'https://arxiv.org/abs/2309.10305',
		note: { en: '7B and 13B models trained on 2.6T tokens (technical report, 2023-09).', zh: '7B 和 13B 两种规模，训练 2.6T token（技术报告，2023 年 9 月）。' } },
	{ id: 'mistral-7b', name: 'Mistral 7B', released: '2023-09', org: 'Mistral AI', class: 'causal', params: 7.3 * B, weights: 'open',
		source: 'https://arxiv.org/abs/2310.06825',
		note: { en: 'Apache 2.0 licence; sliding-window attention.', zh: 'Apache 2.0 许可；使用滑动窗口注意力。' } },
	{ id: 'yi', name: 'Yi', released: '2023-11', org: '01.AI', class: 'causal', params: 34 * B, weights: 'open',
		source: 'https://arxiv.org/abs/2403.04652',
		note: { en: 'Yi-6B and Yi-34B; the weights came out in 2023-11, the technical report in 2024-03.', zh: 'Yi-6B 和 Yi-34B；权重于 2023 年 11 月发布，技术报告于 2024 年 3 月发布。' } },
	{ id: 'mixtral', name: 'Mixtral 8x7B', released: '2023-12', org: 'Mistral AI', class: 'moe', params: 46.7 * B, active: 13 * B, weights: 'open',
		source: 'https://arxiv.org/abs/2401.04088' },
	{ id: 'gemma', name: 'Gemma', released: '2024-02', org: 'Google DeepMind', class: 'causal', params: 8.54 * B, weights: 'open',
		source: 'https://arxiv.org/abs/2403.08295',
		note: { en: 'Called “7B”: 8.54B parameters with the embeddings (Gemma report, Table 2).', zh: '名为「7B」，算上嵌入共 85.4 亿参数（Gemma 技术报告，表 2）。' } },
	{ id: 'phi-3', name: 'Phi-3', released: '2024-04', org: 'Microsoft', class: 'causal', params: 14 * B, weights: 'open',
		source: 'https://arxiv.org/abs/2404.14219',
		note: { en: 'phi-3-mini 3.8B, phi-3-small 7B, phi-3-medium 14B (technical report, 2024-04).', zh: 'phi-3-mini 3.8B、phi-3-small 7B、phi-3-medium 14B（技术报告，2024 年 4 月）。' } },
	{ id: 'llama-3.1', name: 'Llama 3.1', released: '2024-07', org: 'Meta AI', class: 'causal', params: 405 * B, weights: 'open',
		source: 'https://arxiv.org/abs/2407.21783' },
	{ id: 'qwen2.5', name: 'Qwen2.5', released: '2024-09', org: 'Alibaba', class: 'causal', params: 72 * B, weights: 'open',
		source: 'https://arxiv.org/abs/2412.15115' },
	{ id: 'deepseek-v3', name: 'DeepSeek-V3', released: '2024-12', org: 'DeepSeek', class: 'moe', params: 671 * B, active: 37 * B, weights: 'open',
		source: 'https://arxiv.org/abs/2412.19437' },
	{ id: 'gpt-oss', name: 'gpt-oss', released: '2025-08', org: 'OpenAI', class: 'moe', params: 117 * B, active: 5.1 * B, weights: 'open',
		source: 'https://arxiv.org/abs/2508.10925',
		note: { en: 'OpenAI’s first open-weight language models since GPT-2; Apache 2.0.', zh: 'OpenAI 自 GPT-2 以来首批开放权重的语言模型；Apache 2.0 许可。' } }
];

/** Organisations in the atlas, sorted. */
export const ORGS: readonly string[] = [...new Set(MODELS.map((m) => m.org))].sort((a, b) => a.localeCompare(b, 'en'));

/** The release month as a UTC date (the first of the month). */
export function releaseDate(model: AtlasModel): Date {
	const [year, month] = model.released.split('-').map(Number);
	return new Date(Date.UTC(year, month - 1, 1));
}

/** Where each class opens in the attention-mask explorer (its `arch` values): MoE models are causal decoders. */
export const MASK_ARCH: Record<ModelClass, 'encoder' | 'encoder-decoder' | 'prefix' | 'causal'> = {
	encoder: 'encoder',
	'encoder-decoder': 'encoder-decoder',
	prefix: 'prefix',
	causal: 'causal',
	moe: 'causal'
};
