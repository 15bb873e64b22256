import type { Lang } from '$lib/i18n/langs';
import type { Architecture, MaskStyle, View } from '$lib/attention/settings';
import type { CellReason, MatrixId } from '$lib/attention/figure';
import type { TokenizerName } from '$lib/tokenizers';

const en = {
	figureTitle: 'Attention masks on your own text',
	inputLabel: 'Input text',
	inputHelp: 'For an encoder-decoder this is the source the encoder reads; for the other models it comes first in the sequence.',
	targetLabel: 'Target text',
	targetHelp: 'The decoder’s text, appended after the input for single-sequence models. May be empty.',
	examplesLabel: 'Examples',
	architectureLabel: 'Architecture',
	viewLabel: 'View',
	styleLabel: 'Drawing style',
	tokenizerLabel: 'Tokenizer',
	tokenizerLoading: (name: string, size: string) => `Downloading ${name}’s vocabulary (about ${size}, once; it is kept for next time). Until it arrives, the simple split is drawn.`,
	tokenizerFailed: (name: string) => `Could not download ${name}’s vocabulary (offline?). The simple split is drawn; choose it again to retry.`,
	tokenId: 'id',
	compareTitle: 'The same text under each tokenizer',
	compareTokens: 'tokens',
	compareCharsPerToken: 'characters per token',
	compareLoad: (name: string, size: string) => `Count with ${name} (downloads about ${size})`,
	compareWhy:
		'GPT-2’s byte-level BPE was trained mostly on English web text, so it has few merges for Chinese: most characters cost two or three byte tokens. GPT-4o’s vocabulary is four times larger and covers Chinese, so the same sentence costs far fewer tokens, and so less compute and context.',
	tokenizerNote: (name: string) => `Tokens from ${name}. A token that begins with a space includes it; a chip with several ids is one character whose bytes span tokens.`,
	prefixLabel: 'Prefix length',
	windowLabel: 'Window size',
	tokensLabel: 'Tokens',
	tokensHow:
		'How the text is split: words, numbers and punctuation marks are tokens; each Chinese character is a token of its own (as in BERT’s Chinese tokenizer). Real LLMs use subword tokenizers (BPE) with different pieces; the mask depends only on how many tokens there are and in what order.',
	rowsAre: 'Rows: queries (the token doing the looking). Columns: keys (the token looked at).',
	legendVisible: 'may attend',
	legendBlocked: 'blocked',
	prefixHandle: 'Prefix boundary: drag, or use the arrow keys',
	emptyText: 'Type some text to see its mask: there are no tokens yet.',
	needTarget: 'Add a target text to see the decoder’s self-attention and cross-attention.',
	truncated: (kept: number, total: number) =>
		`Only the first ${kept} of ${total} tokens are drawn (the figure shows at most 1024).`,
	tooLong: 'The text was longer than 6000 characters and was cut.',
	prefixClamped: (n: number) => `The prefix asked for is longer than the ${n} tokens; it is drawn as ${n}.`,
	visibleCount: (visible: number, total: number) => `${visible} of ${total} cells visible`,
	showTable: 'Show the mask as a table',
	tableTooBig: (n: number) => `The table shows the first ${n} rows and columns.`,
	tableCaption: (name: string) => `${name}: ✓ = may attend, ✗ = blocked`,
	queryKey: 'query ↓ / key →',
	downloadSvg: 'Download SVG',
	downloadPng: 'Download PNG',
	copyPytorch: 'Copy PyTorch code',
	copyNumpy: 'Copy NumPy code',
	copied: 'Copied',
	chooseOneForCode: 'Choose one architecture to copy code for its mask.',
	copyFailed: 'Could not copy; select the code below instead.',
	codeLabel: 'Code that builds this mask',
	gridHelp: 'Arrow keys move between cells; Home and End go to the row’s ends.',
	compareHint: 'The same tokens under the three architectures. Hover, tap or focus a cell in one to see the same pair in the others.',
	summary: (n: number, input: number, target: number) =>
		`${n} tokens: ${input} from the input${target ? `, ${target} from the target` : ''}.`,
	summaryPrefix: (p: number) => `prefix of ${p} tokens`,
	summaryWindow: (w: number) => `window of ${w} tokens`,
	noCell: 'Hover over or tap a cell, or focus the grid and use the arrow keys, to see why a token can or cannot see another.',
	noCellTouch: 'Tap a cell to see why a token can or cannot see another; tap another cell to compare.',
	prefixHandleTouch: 'Drag the orange handle above the prefix LM’s grid to move the prefix boundary.',
	inputEndsMark: 'target →',
	prefixEndsMark: 'prefix ends',
	boundariesHow:
		'Two different boundaries: solid chips are the input and dashed chips the target (where an encoder-decoder splits its two sequences); the orange bar is where the prefix LM’s prefix ends (it sees itself in both directions, the rest only backwards). Move the prefix with the slider or the handle on the grid.',
	lossRowLabel: 'loss',
	lossRowHow: 'Under each mask, the loss row: the positions whose next token is scored in training (filled) and the ones that are only read (empty).',
	lossScored: (count: number, total: number) => `Loss on ${count} of ${total} positions.`,
	joinedLabel: 'Lay the encoder-decoder’s three matrices over one joined sequence',
	joinedHow:
		'Joined: input and target as one sequence, encoder self-attention top left, cross-attention bottom left, decoder self-attention bottom right; the top right is blocked (the encoder never sees the target). It is the prefix LM’s pattern with the prefix ending where the input ends.'
};

export type MaskStrings = typeof en;

const zh: MaskStrings = {
	figureTitle: '在你自己的文本上看注意力掩码',
	inputLabel: '输入文本',
	inputHelp: '对编码器-解码器，这是编码器读入的源文本；对其他模型，它排在序列的前面。',
	targetLabel: '目标文本',
	targetHelp: '解码器的文本；对单序列模型，接在输入之后。可以为空。',
	examplesLabel: '示例',
	architectureLabel: '架构',
	viewLabel: '视图',
	styleLabel: '画法',
	tokenizerLabel: '分词器',
	tokenizerLoading: (name: string, size: string) => `正在下载 ${name} 的词表（约 ${size}，只需一次，之后会保存）。下载完成前，先按简单切分绘制。`,
	tokenizerFailed: (name: string) => `无法下载 ${name} 的词表（可能处于离线状态）。现按简单切分绘制；再次选择即可重试。`,
	tokenId: 'id',
	compareTitle: '同一段文本在各分词器下',
	compareTokens: '个 token',
	compareCharsPerToken: '字符 / token',
	compareLoad: (name: string, size: string) => `用 ${name} 计数（需下载约 ${size}）`,
	compareWhy:
		'GPT-2 的字节级 BPE 主要在英文网页文本上训练，中文的合并规则很少：大多数汉字要拆成两三个字节 token。GPT-4o 的词表大四倍，覆盖了中文，同一句话所需的 token 少得多，算力和上下文也就省得多。',
	tokenizerNote: (name: string) => `以下是 ${name} 的 token。以空格开头的 token 包含这个空格；一个芯片里有几个 id，说明这个字的字节跨了几个 token。`,
	prefixLabel: '前缀长度',
	windowLabel: '窗口大小',
	tokensLabel: 'Token',
	tokensHow:
		'这里的切分方式：单词、数字和标点各算一个 token，每个汉字单独算一个 token（与 BERT 的中文分词器相同）。真实的大模型用子词分词器（BPE），切出的片段不同；但掩码只取决于 token 的个数和先后顺序。',
	rowsAre: '行是 query（发起注意的 token），列是 key（被注意的 token）。',
	legendVisible: '可见',
	legendBlocked: '被屏蔽',
	prefixHandle: '前缀边界：可拖动，或用方向键调整',
	emptyText: '请输入一些文本：目前还没有 token，无法画出掩码。',
	needTarget: '填写目标文本，才能看到解码器的自注意力和交叉注意力。',
	truncated: (kept: number, total: number) => `共 ${total} 个 token，只画出前 ${kept} 个（本图最多显示 1024 个）。`,
	tooLong: '文本超过 6000 个字符，已截断。',
	prefixClamped: (n: number) => `要求的前缀长度超过了 ${n} 个 token，按 ${n} 绘制。`,
	visibleCount: (visible: number, total: number) => `${total} 个格子中 ${visible} 个可见`,
	showTable: '以表格显示掩码',
	tableTooBig: (n: number) => `表格只列出前 ${n} 行和前 ${n} 列。`,
	tableCaption: (name: string) => `${name}：✓ = 可见，✗ = 被屏蔽`,
	queryKey: 'query ↓ / key →',
	downloadSvg: '下载 SVG',
	downloadPng: '下载 PNG',
	copyPytorch: '复制 PyTorch 代码',
	copyNumpy: '复制 NumPy 代码',
	copied: '已复制',
	chooseOneForCode: '选择单个架构后，可以复制构造其掩码的代码。',
	copyFailed: '无法复制，请直接选中下方代码。',
	codeLabel: '构造这个掩码的代码',
	gridHelp: '方向键在格子间移动；Home 和 End 跳到这一行的两端。',
	compareHint: '同一组 token 在三种架构下的掩码。悬停、点按或聚焦其中一个格子，其他图中同一对 token 会一起高亮。',
	summary: (n: number, input: number, target: number) => `共 ${n} 个 token：输入 ${input} 个${target ? `，目标 ${target} 个` : ''}。`,
	summaryPrefix: (p: number) => `前缀 ${p} 个 token`,
	summaryWindow: (w: number) => `窗口 ${w} 个 token`,
	noCell: '把鼠标移到格子上或点一下格子，或聚焦网格后用方向键移动，就能看到一个 token 为什么能或不能看到另一个。',
	noCellTouch: '点一下格子，就能看到一个 token 为什么能或不能看到另一个；再点别的格子可以对比。',
	prefixHandleTouch: '拖动前缀 LM 网格上方的橙色手柄，可以移动前缀边界。',
	inputEndsMark: '目标 →',
	prefixEndsMark: '前缀到此',
	boundariesHow:
		'这里有两种不同的边界：实线框的 token 是输入，虚线框的是目标（编码器-解码器在这里把两段序列分开）；橙色竖条是前缀 LM 的前缀结束处（前缀内部双向可见，其余部分只能往前看）。前缀可以用滑块或网格上的手柄移动。',
	lossRowLabel: '损失',
	lossRowHow: '每个掩码下方是损失行：训练时要预测并计入损失的位置（实心），以及只被读取、不计损失的位置（空心）。',
	lossScored: (count: number, total: number) => `${total} 个位置中有 ${count} 个计入损失。`,
	joinedLabel: '把编码器-解码器的三个矩阵拼到同一条序列上',
	joinedHow:
		'拼起来看：输入和目标连成一条序列，左上是编码器自注意力，左下是交叉注意力，右下是解码器自注意力；右上被屏蔽（编码器看不到目标）。这正是前缀 LM 的模式，前缀恰好在输入结束处截止。'
};

export const MASK_STRINGS: Record<Lang, MaskStrings> = { zh, en };

export const ARCH_NAMES: Record<Lang, Record<Architecture, string>> = {
	en: {
		causal: 'Decoder-only (causal)',
		prefix: 'Prefix LM',
		'encoder-decoder': 'Encoder-decoder',
		encoder: 'Encoder-only (full)',
		sliding: 'Sliding window'
	},
	zh: {
		causal: '仅解码器（因果）',
		prefix: '前缀语言模型',
		'encoder-decoder': '编码器-解码器',
		encoder: '仅编码器（全可见）',
		sliding: '滑动窗口'
	}
};

export const TOKENIZER_NAMES_SHOWN: Record<Lang, Record<TokenizerName, string>> = {
	en: { simple: 'Simple split (this site)', gpt2: 'GPT-2 (r50k_base)', o200k: 'GPT-4o (o200k_base)' },
	zh: { simple: '简单切分（本站）', gpt2: 'GPT-2（r50k_base）', o200k: 'GPT-4o（o200k_base）' }
};

export const VIEW_NAMES: Record<Lang, Record<View, string>> = {
	en: { single: 'One architecture', compare: 'Compare three' },
	zh: { single: '单个架构', compare: '三者对比' }
};

export const STYLE_NAMES: Record<Lang, Record<MaskStyle, string>> = {
	en: { t5: 'T5 (dark = visible)', unilm: 'UniLM (grey = blocked)' },
	zh: { t5: 'T5 画法（深色 = 可见）', unilm: 'UniLM 画法（灰色 = 屏蔽）' }
};

export const MATRIX_NAMES: Record<Lang, Record<MatrixId, string>> = {
	en: {
		self: 'Self-attention',
		'encoder-self': 'Encoder self-attention',
		'decoder-self': 'Decoder self-attention (masked)',
		cross: 'Cross-attention (decoder → encoder)',
		joined: 'All three over the joined sequence (input, then target)'
	},
	zh: {
		self: '自注意力',
		'encoder-self': '编码器自注意力',
		'decoder-self': '解码器自注意力（带掩码）',
		cross: '交叉注意力（解码器 → 编码器）',
		joined: '三个矩阵拼在一条序列上（先输入，后目标）'
	}
};

export const EXAMPLE_NAMES: Record<Lang, Record<string, string>> = {
	en: { t5: 'T5’s translation example', sentence: 'A plain sentence', chinese: 'Chinese to English' },
	zh: { t5: 'T5 论文的翻译示例', sentence: '一句中文', chinese: '中译英' }
};

/** "'gut' cannot see '.': it lies in the future and outside the prefix." */
/** `queryIndex`/`keyIndex`: given when the token's text occurs more than once, to say which one (#3, as the chips
 * number them). */
export function cellSentence(lang: Lang, query: string, key: string, visible: boolean, reason: CellReason, queryIndex?: number, keyIndex?: number): string {
	const which = (index?: number) => (index === undefined ? '' : ` #${index}`);
	const q = (lang === 'zh' ? `「${query}」` : `‘${query}’`) + which(queryIndex);
	const k = (lang === 'zh' ? `「${key}」` : `‘${key}’`) + which(keyIndex);
	const why = REASONS[lang][reason];
	if (lang === 'zh') return `${q}${visible ? '可以看到' : '看不到'}${k}：${why}`;
	return `${q} ${visible ? 'can see' : 'cannot see'} ${k}: ${why}`;
}

const REASONS: Record<Lang, Record<CellReason, string>> = {
	en: {
		self: 'every token attends to itself.',
		earlier: 'it comes earlier in the sequence.',
		future: 'it lies in the future, and a causal mask hides the future.',
		'in-prefix': 'it is later, but inside the prefix, which every position sees in both directions.',
		'future-outside-prefix': 'it lies in the future and outside the prefix.',
		'outside-window': 'it is earlier, but further back than the window reaches.',
		bidirectional: 'an encoder’s self-attention is fully visible, in both directions.',
		cross: 'cross-attention lets every decoder position see every encoder position.',
		'source-cannot-see-target': 'the encoder reads only the input; it never sees the target.'
	},
	zh: {
		self: '每个 token 都能注意到自己。',
		earlier: '它在序列中更靠前。',
		future: '它在后面（未来），因果掩码会遮住未来。',
		'in-prefix': '它虽然在后面，但位于前缀之内，前缀内部是双向可见的。',
		'future-outside-prefix': '它在后面（未来），而且在前缀之外。',
		'outside-window': '它虽然在前面，但超出了窗口能回看的范围。',
		bidirectional: '编码器的自注意力是全可见的，前后双向都能看。',
		cross: '交叉注意力让解码器的每个位置都能看到编码器的所有位置。',
		'source-cannot-see-target': '编码器只读输入，从来看不到目标文本。'
	}
};


/** One or two sentences under the drawing: what the pattern is. */
export const ARCH_DESCRIPTIONS: Record<Lang, Record<Architecture, string>> = {
	en: {
		causal:
			'Each token sees itself and every token before it: the lower triangle. This is the mask of GPT, LLaMA and most LLMs; it lets one forward pass train every position at once.',
		prefix:
			'Tokens in the prefix see the whole prefix in both directions; after it, the mask is causal. Drag the boundary to move it. With a prefix of 0 or 1 this is the causal mask; with the whole sequence it is fully visible.',
		'encoder-decoder':
			'The encoder sees all of the input; the decoder sees itself causally and, through cross-attention, all of the encoder’s output. Laid over the joined sequence this is the prefix LM’s pattern: the difference is two stacks of parameters, with cross-attention reading the encoder’s last layer.',
		encoder: 'Every token sees every token, in both directions, as in BERT. No token can be generated left to right this way.',
		sliding:
			'Causal, but each token sees only the last few tokens, itself included; stacked layers pass information further back. Mistral 7B uses a window of 4096 tokens.'
	},
	zh: {
		causal: '每个 token 能看到自己和之前的所有 token，也就是下三角。GPT、LLaMA 等大多数大模型都用这种掩码，一次前向就能同时训练所有位置。',
		prefix:
			'前缀内的 token 双向互相可见；前缀之后是因果掩码。拖动边界可以改变前缀长度：前缀为 0 或 1 时就是因果掩码，前缀覆盖整个序列时就是全可见。',
		'encoder-decoder':
			'编码器看到全部输入；解码器对自己是因果的，并通过交叉注意力看到编码器的全部输出。把两段拼成一个序列来看，正是前缀语言模型的图样；区别在于参数分成两套，交叉注意力读取的是编码器最后一层的输出。',
		encoder: '每个 token 都能看到所有 token，前后双向，如 BERT。这样无法从左到右逐个生成。',
		sliding: '仍是因果的，但每个 token 只能看到包括自己在内的最近几个 token；多层叠加后信息可以传得更远。Mistral 7B 的窗口是 4096 个 token。'
	}
};
