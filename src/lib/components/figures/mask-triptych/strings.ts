// The home page mask figure's words, in both languages (zh checked against en's keys).
import type { TriptychLayout, TriptychPanel } from '$lib/attention/triptych';
import type { Lang } from '$lib/i18n/langs';

const en = {
	label: 'Type a short sentence',
	tokensLabel: 'Its tokens: the first half is the input, the rest the target',
	titles: { causal: 'Causal (GPT)', prefix: 'Prefix LM (GLM)', 'encoder-decoder': 'Encoder-decoder (T5)' } as Record<TriptychLayout, string>,
	legend: { visible: 'sees earlier tokens', bothWays: 'input seen both ways', cross: 'decoder reads the encoder' },
	caption:
		'Rows are the token doing the looking, columns the token looked at. The prefix LM and the encoder-decoder see the same cells; the encoder-decoder spends two separate stacks of weights on them.',
	openLab: 'Open this sentence in the attention-mask lab →',
	empty: 'No tokens: type something to see the masks.',
	truncated: (max: number) => `Only the first ${max} tokens are drawn here; the lab takes the whole sentence.`,
	describe: (panel: TriptychPanel, n: number, split: number) =>
		`${en.titles[panel.layout]}: ${n} tokens, input of ${split}; ${panel.visible} of ${n * n} query-key pairs are scored.`
};

type TriptychStrings = typeof en;

const zh: TriptychStrings = {
	label: '输入一句短句',
	tokensLabel: '它的 token：前一半是输入，其余是目标',
	titles: { causal: '因果解码器（GPT）', prefix: '前缀语言模型（GLM）', 'encoder-decoder': '编码器-解码器（T5）' },
	legend: { visible: '看得到前面的 token', bothWays: '输入内部双向可见', cross: '解码器读取编码器' },
	caption: '行是发出注意力的 token，列是被看的 token。前缀语言模型和编码器-解码器可见的格子相同，区别在于编码器-解码器为它们用了两套独立的参数。',
	openLab: '在注意力掩码实验室中打开这句话 →',
	empty: '没有 token：输入一些文字即可看到掩码。',
	truncated: (max: number) => `这里只画前 ${max} 个 token；实验室会用整句。`,
	describe: (panel: TriptychPanel, n: number, split: number) =>
		`${zh.titles[panel.layout]}：共 ${n} 个 token，输入 ${split} 个；${n * n} 个查询-键对中有 ${panel.visible} 个参与计算。`
};

export const TRIPTYCH_STRINGS: Record<Lang, TriptychStrings> = { en, zh };
