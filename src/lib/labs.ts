// The lab pages: one interactive figure (or a set of them) on a page of its own, at /<lang>/lab/<slug>/. The index
// lists them from here, and the tests visit every one. Adding one: docs/adding-things.md; labs.test.ts checks that each
// has its route folder, and LabSlug makes a slug that is not listed here a compile error wherever a lab is named.
import type { Lang } from './i18n/langs';

export interface Lab {
	slug: string;
	title: Record<Lang, string>;
	/** One sentence on what the learner can do there. */
	blurb: Record<Lang, string>;
}

export const LABS = [
	{
		slug: 'attention-masks',
		title: { en: 'Attention-mask lab', zh: '注意力掩码实验室' },
		blurb: {
			en: 'Type your own text and see which token may attend to which under a causal decoder, a prefix LM and an encoder-decoder.',
			zh: '输入你自己的文本，看因果解码器、前缀语言模型和编码器-解码器下每个 token 能看到哪些 token。'
		}
	},
	{
		slug: 'emergence',
		title: { en: 'Emergence lab', zh: '涌现实验室' },
		blurb: {
			en: 'Bend a smooth scaling curve and watch a metric, a chain of sub-tasks or a small test set turn it into an “emergent” jump.',
			zh: '调整一条平滑的缩放曲线，看评价指标、子任务的连乘或过小的测试集怎样把它变成「涌现」式的跳变。'
		}
	},
	{
		slug: 'tiny-lm',
		title: { en: 'Tiny language model', zh: '微型语言模型' },
		blurb: {
			en: 'Train a character-level model in your browser, watch it converge to the counting estimate, and see which tokens each objective scores.',
			zh: '在浏览器里训练一个字符级模型，看它收敛到计数估计，并看每种训练目标把哪些 token 计入损失。'
		}
	},
	{
		slug: 'kv-cache',
		title: { en: 'KV-cache and rank lab', zh: 'KV 缓存与秩实验室' },
		blurb: {
			en: 'Step through decoding and count what a decoder-only model, a prefix LM and an encoder-decoder compute, cache and recompute.',
			zh: '逐步解码，数一数仅解码器模型、前缀语言模型和编码器-解码器各自计算、缓存和重算了什么。'
		}
	},
	{
		slug: 'architecture',
		title: { en: 'Architecture lab', zh: '架构实验室' },
		blurb: {
			en: 'Take a decoder-only Transformer apart block by block, compare GPT-2, LLaMA and the 2017 original, and count its parameters, compute and memory.',
			zh: '逐个模块拆开仅解码器 Transformer，对比 GPT-2、LLaMA 和 2017 年的原版，并计算参数量、算力和显存。'
		}
	},
	{
		slug: 'transformer',
		title: { en: 'Transformer lab', zh: 'Transformer 实验室' },
		blurb: {
			en: 'A small trained Transformer on your own text: what each head attends to under a causal and a prefix mask, trained live in your browser.',
			zh: '在你自己的文字上运行一个训练好的小型 Transformer：看因果掩码和前缀掩码下每个头在看哪里，并在浏览器里现场训练它。'
		}
	},
	{
		slug: 'model-atlas',
		title: { en: 'Model-family atlas', zh: '模型家族图谱' },
		blurb: {
			en: 'About thirty models on a timeline by architecture, size and openness, with the sources, and what the original list leaves out.',
			zh: '约三十个模型按架构、规模和开放程度排在时间线上，附来源，并标出原文列表遗漏了什么。'
		}
	}
] as const satisfies readonly Lab[];

/** A lab's slug: also its route folder, src/routes/[lang=lang]/lab/<slug>/. */
export type LabSlug = (typeof LABS)[number]['slug'];

export const LAB_SLUGS: readonly LabSlug[] = LABS.map((lab) => lab.slug);
