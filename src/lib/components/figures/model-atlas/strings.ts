// Labels of the model-family atlas, in both languages. zh is checked against en's keys by the type system.
import type { Lang } from '$lib/i18n/langs';
import type { ModelClass, Openness } from '$lib/atlas/models';

const en = {
	title: 'Language models since 2018, by architecture',
	classes: {
		encoder: 'Encoder-only',
		'encoder-decoder': 'Encoder-decoder',
		prefix: 'Prefix decoder',
		causal: 'Causal decoder',
		moe: 'Mixture of experts (causal)'
	} as Record<ModelClass, string>,
	weights: {
		open: 'Open weights',
		limited: 'Limited (some sizes, or on request)',
		closed: 'Closed (API only)'
	} as Record<Openness, string>,
	classLegend: 'Architecture',
	weightsLegend: 'Weights',
	orgLabel: 'Organisation',
	allOrgs: 'All organisations',
	shown: (n: number, total: number) => `${n} of ${total} models shown.`,
	none: 'No model matches these filters.',
	reset: 'Show all',
	maskLink: 'see its attention mask',
	maskLinkFull: (cls: string) => `see its attention mask (${cls}) in the attention-mask lab`,
	chartLabel: 'Timeline of language models: release date across, one row per architecture, circle area by size. Use the arrow keys to move between models.',
	chartHelp: 'Hover, tap or focus a circle for its card; arrow keys move between models, Enter keeps one selected.',
	sizeLegend: 'Circle area ∝ parameters',
	fillLegend: 'Filled: open weights · hatched: limited · outline: closed',
	seedLegend: 'Ringed: named in the original answer',
	released: 'Released',
	org: 'Organisation',
	arch: 'Architecture',
	size: 'Largest size',
	active: (a: string) => `${a} active per token`,
	source: 'Source',
	uncertain: 'Uncertain',
	seedBadge: 'In the original answer',
	noneSelected: 'No model selected. Hover over, tap or focus a circle.',
	tableSummary: 'Show the models as a table',
	name: 'Model',
	clearSelection: 'Clear selection',
	seedNote:
		'The five ringed models are the original answer’s list (GPT, BERT, XLNet, RoBERTa, T5). All are from 2018–19, three of them are encoder-style understanding models, and the GPT line’s largest member, GPT-3, never had open weights. Everything to their right — the open decoder-only families from 2022 on — is missing from it.',
};

export type AtlasStrings = typeof en;

const zh: AtlasStrings = {
	title: '2018 年以来的语言模型（按架构）',
	classes: {
		encoder: '仅编码器',
		'encoder-decoder': '编码器-解码器',
		prefix: '前缀解码器',
		causal: '因果解码器',
		moe: '混合专家（因果）'
	},
	weights: {
		open: '开放权重',
		limited: '受限（部分规模或需申请）',
		closed: '不开放（仅 API）'
	},
	classLegend: '架构',
	weightsLegend: '权重',
	orgLabel: '机构',
	allOrgs: '全部机构',
	shown: (n: number, total: number) => `显示 ${total} 个模型中的 ${n} 个。`,
	none: '没有符合筛选条件的模型。',
	reset: '全部显示',
	maskLink: '查看其注意力掩码',
	maskLinkFull: (cls: string) => `查看其注意力掩码（${cls}，在注意力掩码实验室中）`,
	chartLabel: '语言模型时间线：横轴为发布时间，每种架构一行，圆的面积表示规模。用方向键在模型之间移动。',
	chartHelp: '悬停、轻触或聚焦一个圆查看卡片；方向键在模型之间移动，Enter 固定选中。',
	sizeLegend: '圆面积 ∝ 参数量',
	fillLegend: '实心：开放权重 · 斜线：受限 · 空心：不开放',
	seedLegend: '带外圈：原回答列出的模型',
	released: '发布',
	org: '机构',
	arch: '架构',
	size: '最大规模',
	active: (a: string) => `每个 token 激活 ${a}`,
	source: '来源',
	uncertain: '不确定',
	seedBadge: '原回答中列出',
	noneSelected: '尚未选中模型。悬停、轻触或聚焦一个圆。',
	tableSummary: '以表格显示这些模型',
	name: '模型',
	clearSelection: '取消选中',
	seedNote:
		'带外圈的五个模型就是原回答的列表（GPT、BERT、XLNet、RoBERTa、T5）。它们都出自 2018–19 年，其中三个是偏重理解的编码器类模型，而 GPT 系列中最大的 GPT-3 从未开放权重。它们右边的一切——2022 年以来的开放权重仅解码器家族——都不在这份列表里。',
};

export const ATLAS_STRINGS: Record<Lang, AtlasStrings> = { en, zh };
