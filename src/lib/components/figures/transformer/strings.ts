// The Transformer figure's labels, in both languages (zh is checked against en's keys by the type system).
import type { Lang } from '$lib/i18n/langs';
import { LIVE_LEARNING_RATE, type SettingProblem } from '$lib/transformer-view/settings';

const en = {
	figureTitle: 'What a trained Transformer attends to',
	intro:
		'Two small character-level Transformers, trained on this site’s own text: one as a causal decoder (each character sees only the ones before it), the same shape as a prefix LM (the prefix is read in both directions, the loss counts only what follows). Type a sentence and see every layer’s heads, laid over the mask.',
	needsJs: 'Without JavaScript this shows the shipped models on the default sentence. With it you can type your own text, pick heads, train a model and generate.',
	loading: 'Loading the trained weights…',
	loadError: 'The trained weights could not be loaded. Reload the page to try again.',
	urlProblems: 'Some settings in the address could not be used, so defaults are shown for them:',
	textLabel: 'Your text',
	textHelp: (n: number) => `Up to ${n} characters. Characters the model never saw are shown as unknown tokens (“?”).`,
	textCut: (n: number) => `Only the first ${n} characters are shown.`,
	unknownNote: (chars: string) => `Not in the model’s vocabulary, read as the unknown token: ${chars}`,
	prefixLabel: 'Prefix length (prefix LM)',
	causalTitle: 'Causal decoder',
	prefixTitle: 'Prefix LM',
	liveTitle: 'Your model, trained here',
	headsLabel: (model: string) => `${model}: every layer and head`,
	headButton: (layer: number, head: number) => `Layer ${layer + 1}, head ${head + 1}`,
	enlargedLabel: (model: string, layer: number, head: number) => `${model}, layer ${layer + 1}, head ${head + 1}: attention weights, rows are queries, columns keys`,
	cellText: (q: string, qi: number, k: string, ki: number, weight: string, blocked: boolean) =>
		blocked
			? `Query “${q}” (${qi + 1}) → key “${k}” (${ki + 1}): blocked by the mask, weight exactly 0`
			: `Query “${q}” (${qi + 1}) → key “${k}” (${ki + 1}): weight ${weight}`,
	cellHint: 'Point at a cell, or focus the map and use the arrow keys, to read a weight.',
	legendBlocked: 'blocked by the mask (exactly 0)',
	legendWeight: 'attention weight (darker = more)',
	tableSummary: 'Show the weights as a table',
	tableCaption: (model: string, layer: number, head: number) => `${model}, layer ${layer + 1}, head ${head + 1}: weight from each query (row) to each key (column); “–” means blocked by the mask.`,
	queryKey: 'query \\ key',
	compareTitle: 'Where the two differ, and why',
	compare: (prefix: number, share: string, layer: number, head: number) =>
		`The causal decoder’s queries cannot see later characters, so every cell above the diagonal is 0. The prefix LM reads its first ${prefix} characters in both directions: there its queries may look ahead, and they do — in layer ${layer + 1}, head ${head + 1}, queries in the prefix put ${share} of their attention on later characters of the prefix on average. After the prefix both are causal.`,
	compareNone: 'Make the prefix at least two characters long to see the prefix LM look ahead.',
	lossTitle: 'Held-out loss, in nats per character',
	lossCausal: 'causal decoder',
	lossPrefix: 'prefix LM (on its targets)',
	lossBigram: 'bigram, on the causal decoder’s positions',
	lossBigramPrefix: 'bigram, on the prefix LM’s targets',
	lossNote: (better: boolean): string =>
		better
			? 'Lower is better. Both Transformers beat the bigram, which sees only the previous character: context is worth this much.'
			: 'Lower is better. On this small corpus the Transformer does not beat the bigram everywhere; the numbers are shown as they are.',
	modelShape: (L: number, H: number, d: number, ctx: number, V: number) => `${L} layers × ${H} heads, d_model = ${d}, context ${ctx} characters, vocabulary ${V}.`,
	layerLabel: 'Layer',
	headLabel: 'Head',
	nats: 'nats',
	trainTitle: 'Train one yourself, from scratch',
	trainIntro: (chars: string) =>
		`The same shape and recipe as the shipped models (with a lower learning rate, ${LIVE_LEARNING_RATE}, which passes the bigram sooner in a short run), starting from random weights (seeded), trained in a Web Worker on ${chars} under the mask you pick. The curves show the training and held-out loss; the dashed line is the best bigram on the same held-out positions. The heads below are this model’s, on your text, as it learns.`,
	corpusEn: 'this site’s English text',
	corpusZh: 'this site’s Chinese text',
	trainMaskLabel: 'Train under',
	maskCausal: 'causal mask',
	maskPrefix: 'prefix mask',
	seedLabel: 'Seed',
	seedHelp: 'Whole number; the same seed gives the same run.',
	seedError: 'A seed is a whole number from 0 to 2147483647.',
	trainStart: 'Train',
	trainPause: 'Pause',
	trainStep: 'One step',
	trainReset: 'Reset',
	trainLoading: 'Preparing the corpus and a fresh model…',
	trainUnsupported: 'This browser cannot run Web Workers, so training is not possible here.',
	trainError: 'Training stopped because of an error. Reload the page to try again.',
	trainStats: (step: number, seconds: string) => `Step ${step}, ${seconds} s of training.`,
	trainLoss: 'training loss',
	heldLoss: 'held-out loss',
	bigramLine: 'bigram',
	beatBigram: (seconds: string) => `The held-out loss went below the bigram’s after ${seconds} s of training.`,
	notYet: 'The held-out loss is not below the bigram’s yet.',
	curveTitle: 'Loss of the model being trained, by step',
	stepAxis: 'step',
	lossAxis: 'nats',
	liveHeads: 'Its heads on your text',
	genTitle: 'Generate from your prompt, with and without a KV cache',
	genIntro: 'The shipped causal decoder continues your prompt one character at a time. Each step is computed twice: with a KV cache (only the new character goes through the model; earlier keys and values are reused) and without one (the whole text goes through again). The times are measured on your machine.',
	promptLabel: 'Prompt',
	promptHelp: (n: number) => `Up to ${n} characters.`,
	ruleLabel: 'Decoding',
	ruleGreedy: 'greedy (most likely)',
	ruleSample: 'sample (seeded)',
	drawLabel: 'Sampling seed',
	genRun: 'Generate',
	genStep: 'One character',
	genStop: 'Stop',
	genClear: 'Start again',
	genEmpty: 'Type a prompt first.',
	genTimes: (cached: string, full: string, ratio: string, steps: number) =>
		`${steps} steps: ${cached} ms with the cache, ${full} ms without. Without the cache this took ${ratio} times as long.`,
	genSame: 'Both paths gave the same next-character scores at every step (to rounding), so the text is the same either way.',
	genKvLink: 'Why the cache works for a causal decoder and not for a prefix LM: the KV-cache lab',
	reverseTitle: 'Encoder-decoder: where cross-attention looks',
	reverseIntro: (layers: number, heads: number, d: number) =>
		`The third shipped model is a small encoder-decoder (${layers} encoder and ${layers} decoder layers, ${heads} heads, d_model = ${d}) trained on one toy task: write a word of a to z backwards. The encoder reads the whole word in both directions; the decoder writes the answer one letter at a time, and its cross-attention lets every step look at any source letter. Each map below is one head: rows are the decoder’s steps (the letter it writes), columns the source letters; the outlined cells are the letters each step has to copy.`,
	reverseLabel: 'A word to reverse',
	reverseHelp: (n: number) => `Letters a to z, up to ${n}; capitals are read as small letters.`,
	reverseCut: (n: number) => `The model was trained on words of up to ${n} letters, so only the first ${n} are read.`,
	reverseUnknown: (chars: string) => `Not a letter from a to z, read as the unknown token: ${chars}`,
	reverseEmpty: 'Type a word to see the model reverse it.',
	reverseLoading: 'Loading the encoder-decoder’s weights…',
	reverseError: 'The encoder-decoder’s weights could not be loaded. Reload the page to try again.',
	reverseOutput: 'The model writes',
	reverseRight: 'correct',
	reverseWrong: (expected: string) => `not right: the word backwards is “${expected}”`,
	reverseSummary: (layer: number, head: number, share: string) =>
		`Layer ${layer + 1}, head ${head + 1} puts ${share} of each step’s attention on the very letter it copies: the outlined anti-diagonal. Nobody told the model to align output with input; the loss only scored the letters it wrote.`,
	reverseFirstLayer: (range: string, even: string) =>
		`The first layer’s heads do not pick one letter (${range} on it, where an even spread would give ${even}): the sharp alignment is the second layer’s work.`,
	reverseShort: 'Use a word of three letters or more to see the alignment.',
	reverseNoAlign: 'The answer is not the word backwards (the model only ever saw the letters a to z), so its steps need not line up with the source; the outlines show where they would.',
	reverseMapLabel: (layer: number, head: number, share: string) =>
		`Cross-attention, layer ${layer + 1}, head ${head + 1}: on average ${share} of each step’s attention is on the letter it copies.`,
	reverseEnd: 'end',
	reverseTableSummary: 'Show the strongest head’s weights as a table',
	reverseTableCaption: (layer: number, head: number) =>
		`Cross-attention of layer ${layer + 1}, head ${head + 1}: weight from each decoder step (row, the letter it writes) to each source letter (column).`,
	reverseStep: 'writes \\ reads',
};

export type TransformerStrings = typeof en;

const zh: TransformerStrings = {
	figureTitle: '训练好的 Transformer 在看哪里',
	intro:
		'两个小型字符级 Transformer，用本站自己的文字训练：一个是因果解码器（每个字只能看到它前面的字），另一个形状相同、按前缀语言模型训练（前缀部分双向可见，损失只计算前缀之后的部分）。输入一句话，看每一层每个头的注意力，叠在掩码上。',
	needsJs: '没有 JavaScript 时这里显示训练好的模型在默认句子上的注意力。启用 JavaScript 后可以输入自己的文字、选择注意力头、训练模型和生成文本。',
	loading: '正在加载训练好的权重…',
	loadError: '训练好的权重未能加载。请刷新页面重试。',
	urlProblems: '地址中的部分设置无法使用，已改用默认值：',
	textLabel: '你的文字',
	textHelp: (n: number) => `最多 ${n} 个字符。模型没见过的字符显示为未知 token（“?”）。`,
	textCut: (n: number) => `只显示前 ${n} 个字符。`,
	unknownNote: (chars: string) => `这些字符不在模型的词表里，按未知 token 处理：${chars}`,
	prefixLabel: '前缀长度（前缀语言模型）',
	causalTitle: '因果解码器',
	prefixTitle: '前缀语言模型',
	liveTitle: '你在这里训练的模型',
	headsLabel: (model: string) => `${model}：每一层、每个头`,
	headButton: (layer: number, head: number) => `第 ${layer + 1} 层，第 ${head + 1} 个头`,
	enlargedLabel: (model: string, layer: number, head: number) => `${model}，第 ${layer + 1} 层第 ${head + 1} 个头的注意力权重，行是查询，列是键`,
	cellText: (q: string, qi: number, k: string, ki: number, weight: string, blocked: boolean) =>
		blocked
			? `查询“${q}”（第 ${qi + 1} 个）→ 键“${k}”（第 ${ki + 1} 个）：被掩码挡住，权重恰好为 0`
			: `查询“${q}”（第 ${qi + 1} 个）→ 键“${k}”（第 ${ki + 1} 个）：权重 ${weight}`,
	cellHint: '指向一个格子，或聚焦热力图后用方向键移动，即可读出权重。',
	legendBlocked: '被掩码挡住（恰好为 0）',
	legendWeight: '注意力权重（越深越大）',
	tableSummary: '以表格显示权重',
	tableCaption: (model: string, layer: number, head: number) => `${model}，第 ${layer + 1} 层第 ${head + 1} 个头：每个查询（行）对每个键（列）的权重；“–”表示被掩码挡住。`,
	queryKey: '查询 \\ 键',
	compareTitle: '两者哪里不同，为什么',
	compare: (prefix: number, share: string, layer: number, head: number) =>
		`因果解码器的查询看不到后面的字，所以对角线以上的格子全是 0。前缀语言模型双向读取前 ${prefix} 个字：在前缀内，查询可以向后看，而且确实在看——第 ${layer + 1} 层第 ${head + 1} 个头里，前缀中的查询平均把 ${share} 的注意力放在前缀里更靠后的字上。前缀之后，两者都是因果的。`,
	compareNone: '把前缀设为至少两个字，才能看到前缀语言模型向后看。',
	lossTitle: '留出集损失（每字符，单位 nats）',
	lossCausal: '因果解码器',
	lossPrefix: '前缀语言模型（只计目标部分）',
	lossBigram: '二元模型，在因果解码器计分的位置上',
	lossBigramPrefix: '二元模型，在前缀语言模型的目标位置上',
	lossNote: (better: boolean) =>
		better
			? '越低越好。两个 Transformer 都胜过只看前一个字的二元模型：上下文就值这么多。'
			: '越低越好。在这么小的语料上，Transformer 并非处处胜过二元模型；数字如实列出。',
	modelShape: (L: number, H: number, d: number, ctx: number, V: number) => `${L} 层 × ${H} 个头，d_model = ${d}，上下文 ${ctx} 个字符，词表 ${V}。`,
	layerLabel: '层',
	headLabel: '头',
	nats: 'nats',
	trainTitle: '自己从头训练一个',
	trainIntro: (chars: string) =>
		`形状和训练方法与上面的模型相同（只是学习率低一些，${LIVE_LEARNING_RATE}，短时间训练时能更早超过二元模型），从随机（固定种子）权重开始，在 Web Worker 里用${chars}按你选的掩码训练。曲线是训练损失和留出集损失；虚线是同一批留出位置上最好的二元模型。下面的注意力头是这个模型在你的文字上的样子，随训练更新。`,
	corpusEn: '本站的英文文字',
	corpusZh: '本站的中文文字',
	trainMaskLabel: '训练时用',
	maskCausal: '因果掩码',
	maskPrefix: '前缀掩码',
	seedLabel: '随机种子',
	seedHelp: '整数；相同的种子给出相同的训练过程。',
	seedError: '种子是 0 到 2147483647 之间的整数。',
	trainStart: '训练',
	trainPause: '暂停',
	trainStep: '走一步',
	trainReset: '重置',
	trainLoading: '正在准备语料和新模型…',
	trainUnsupported: '这个浏览器不能运行 Web Worker，因此无法在这里训练。',
	trainError: '训练因错误而停止。请刷新页面重试。',
	trainStats: (step: number, seconds: string) => `第 ${step} 步，已训练 ${seconds} 秒。`,
	trainLoss: '训练损失',
	heldLoss: '留出集损失',
	bigramLine: '二元模型',
	beatBigram: (seconds: string) => `训练 ${seconds} 秒后，留出集损失降到了二元模型之下。`,
	notYet: '留出集损失还没有降到二元模型之下。',
	curveTitle: '正在训练的模型的损失（按步数）',
	stepAxis: '步数',
	lossAxis: 'nats',
	liveHeads: '它在你的文字上的注意力头',
	genTitle: '从你的提示生成：有 KV 缓存和没有 KV 缓存',
	genIntro: '训练好的因果解码器一次一个字地续写你的提示。每一步都算两遍：用 KV 缓存（只有新字经过模型，之前的 key 和 value 直接复用），和不用缓存（整段文字重新经过模型）。时间在你的机器上实测。',
	promptLabel: '提示',
	promptHelp: (n: number) => `最多 ${n} 个字符。`,
	ruleLabel: '解码方式',
	ruleGreedy: '贪心（取最可能的）',
	ruleSample: '采样（固定种子）',
	drawLabel: '采样种子',
	genRun: '生成',
	genStep: '生成一个字',
	genStop: '停止',
	genClear: '重新开始',
	genEmpty: '请先输入提示。',
	genTimes: (cached: string, full: string, ratio: string, steps: number) =>
		`${steps} 步：用缓存 ${cached} 毫秒，不用缓存 ${full} 毫秒。不用缓存耗时是用缓存的 ${ratio} 倍。`,
	genSame: '两条路径在每一步给出的下一个字的分数都相同（只差舍入误差），所以生成的文字一样。',
	genKvLink: '为什么缓存适用于因果解码器而不适用于前缀语言模型：见 KV 缓存实验室',
	reverseTitle: '编码器-解码器：交叉注意力看向哪里',
	reverseIntro: (layers: number, heads: number, d: number) =>
		`第三个随站点发布的模型是一个小型编码器-解码器（编码器和解码器各 ${layers} 层，${heads} 个注意力头，d_model = ${d}），只学了一个玩具任务：把由 a 到 z 组成的单词倒过来写。编码器双向读完整个单词；解码器一个字母一个字母地写出答案，它的交叉注意力让每一步都能看源单词的任意字母。下面每张图是一个注意力头：行是解码器的每一步（它写出的字母），列是源单词的字母；加框的格子是每一步应该照抄的那个字母。`,
	reverseLabel: '要倒写的单词',
	reverseHelp: (n: number) => `a 到 z 的字母，最多 ${n} 个；大写字母按小写读。`,
	reverseCut: (n: number) => `模型只在最多 ${n} 个字母的单词上训练过，所以只读前 ${n} 个。`,
	reverseUnknown: (chars: string) => `不是 a 到 z 的字母，按未知 token 读入：${chars}`,
	reverseEmpty: '输入一个单词，看模型把它倒过来。',
	reverseLoading: '正在加载编码器-解码器的权重……',
	reverseError: '编码器-解码器的权重加载失败。请重新加载页面再试。',
	reverseOutput: '模型写出',
	reverseRight: '正确',
	reverseWrong: (expected: string) => `不对：倒过来应是“${expected}”`,
	reverseSummary: (layer: number, head: number, share: string) =>
		`第 ${layer + 1} 层第 ${head + 1} 个头把每一步 ${share} 的注意力放在它要照抄的那个字母上：就是加框的反对角线。没有人告诉模型要把输出和输入对齐；损失只给它写出的字母打分。`,
	reverseFirstLayer: (range: string, even: string) =>
		`第一层的头并不专看一个字母（放在该字母上的是 ${range}，平均分配时是 ${even}）：清晰的对齐是第二层完成的。`,
	reverseShort: '输入三个或更多字母的单词，才能看出对齐。',
	reverseNoAlign: '这次的答案不是倒过来的单词（模型只见过 a 到 z 这些字母），所以它的每一步不一定对得上源单词；加框处是本该对上的位置。',
	reverseMapLabel: (layer: number, head: number, share: string) =>
		`交叉注意力，第 ${layer + 1} 层第 ${head + 1} 个头：每一步平均有 ${share} 的注意力放在它要照抄的字母上。`,
	reverseEnd: '结束',
	reverseTableSummary: '以表格显示最集中的那个头的权重',
	reverseTableCaption: (layer: number, head: number) =>
		`第 ${layer + 1} 层第 ${head + 1} 个头的交叉注意力：解码器每一步（行，它写出的字母）对源单词每个字母（列）的权重。`,
	reverseStep: '写出 \\ 读入',
};

export const TRANSFORMER_STRINGS: Record<Lang, TransformerStrings> = { en, zh };

export function problemText(lang: Lang, problem: SettingProblem): string {
	const value = problem.value === '' ? (lang === 'zh' ? '（空）' : '(empty)') : `“${problem.value}”`;
	const reason = {
		en: { unknown: 'is not an option', 'not-integer': 'is not a whole number', 'out-of-range': 'is out of range', 'too-long': 'is too long (cut)' },
		zh: { unknown: '不是可选项', 'not-integer': '不是整数', 'out-of-range': '超出范围', 'too-long': '太长（已截断）' }
	}[lang][problem.reason];
	return `${problem.key} = ${value} ${reason}`;
}
