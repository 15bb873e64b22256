// Labels and sentences of the why-decoder-only figures, in both languages (zh is type-checked against en's keys).
import type { Lang } from '$lib/i18n/langs';
import type { CellState, LedgerArch } from '$lib/kvcache/ledger';
import type { MemoryFormat, MemoryModel } from '$lib/kvcache/memory';
import type { RankMask } from '$lib/linalg/attention-rank';
import type { Framing, T5Row } from '$lib/evidence/t5-table2';
import { sci } from './format';

/** A ratio of condition numbers as text; an infinite one (a singular matrix) reads as ∞. */
const sciRatio = (x: number) => sci(x);

const en = {
	showTable: 'Show as a table',
	colon: ': ',

	// Ledger
	ledgerTitle: 'Step through a chat: what the KV cache saves',
	archLabel: 'Architecture',
	archNames: { decoder: 'Decoder-only', prefix: 'Prefix LM', encdec: 'Encoder-decoder' } as Record<LedgerArch, string>,
	turnsLabel: 'Turns',
	userLabel: 'User tokens per turn',
	answerLabel: 'Answer tokens per turn',
	play: 'Play',
	pause: 'Pause',
	stepForward: 'Step',
	stepBack: 'Step back',
	reset: 'Reset',
	stepSlider: 'Step',
	atStart: 'Nothing computed yet. Press Step or Play.',
	stepStatus: (index: number, total: number, turn: number, kind: 'prefill' | 'decode', rows: [number, number], arch: LedgerArch) => {
		const what =
			kind === 'decode'
				? `answer token at position ${rows[0]} goes in; its key and value join the cache`
				: arch === 'decoder'
					? `prefill: the new user tokens ${rows[0]}–${rows[1] - 1} go in; everything before comes from the cache`
					: arch === 'prefix'
						? `prefill: the whole prefix 0–${rows[1] - 1} is run again, bidirectionally`
						: `encoding: the whole conversation 0–${rows[1] - 1} is encoded again`;
		return `Step ${index} of ${total}, turn ${turn}: ${what}.`;
	},
	counters: {
		scores: 'Attention scores computed',
		stored: 'K/V pairs computed for new tokens',
		fromCache: 'K/V pairs read from the cache',
		recomputed: 'K/V pairs recomputed'
	},
	thisStep: 'this step',
	total: 'total',
	legend: {
		new: 'scored now, key computed now',
		cache: 'scored now, key/value from the cache',
		recompute: 'scored now, key/value recomputed',
		past: 'scored in an earlier step',
		future: 'allowed, scored later',
		blocked: 'not allowed by the mask'
	} as Record<CellState, string>,
	rowsAre: 'Rows: queries. Columns: keys. Positions count from 0 over the whole conversation so far.',
	conventions:
		'Counted per layer and per attention head: each processed token yields one key and one value, a “K/V pair”. In the first layer these are projections of the token embeddings alone; from the second layer up they depend on what the token attended to, which is why a prefix LM must recompute them when its prefix grows.',
	matrixName: (arch: LedgerArch, turn: number) => `${en.archNames[arch]}, turn ${turn}`,
	cellLabel: (q: number, k: number, state: CellState) => `query ${q}, key ${k}: ${en.legend[state]}`,
	tableCaption: 'Cells of the current step (+ new key, = from cache, ↻ recomputed, · earlier, ○ later, ✗ not allowed)',
	queryKey: 'query ↓ / key →',
	turnChartTitle: 'Totals after each turn',
	metricLabel: 'Chart shows',
	metrics: { scores: 'attention scores', kv: 'K/V pairs computed (new + recomputed)' },
	turnAxis: 'turn',
	turnTableCaption: 'Totals after each turn, per architecture',
	turnColumn: 'Turn',
	turnSummary: (turns: number, rows: { arch: LedgerArch; scores: number; recomputed: number }[]) =>
		`After ${turns} turn${turns === 1 ? '' : 's'}: ` +
		rows.map((r) => `${en.archNames[r.arch]} ${r.scores} scores and ${r.recomputed} K/V pairs recomputed`).join('; ') +
		'.',
	tieNote:
		'With one K/V pair per token, the prefix LM and the encoder-decoder come out equal here: both process the whole conversation again at every turn. Decoder-only processes only the new tokens.',

	// Memory
	memoryTitle: 'KV-cache memory calculator',
	modelLabel: 'Model',
	modelNames: { 'gpt2-small': 'GPT-2 small', 'llama2-7b': 'Llama-2-7B', 'llama3-8b': 'Llama-3-8B (GQA)' } as Record<MemoryModel, string>,
	formatLabel: 'Stored as',
	formatNames: { fp32: 'fp32 (4 bytes)', bf16: 'fp16 / bf16 (2 bytes)', int8: 'int8 (1 byte)' } as Record<MemoryFormat, string>,
	contextLabel: 'Context length (tokens)',
	perToken: 'Per token',
	forContext: (tokens: string) => `For ${tokens} tokens`,
	formula: 'bytes per token = 2 (key and value) × layers × key/value heads × head size × bytes per value',
	gqaNote: (kv: number, q: number) =>
		kv < q
			? `Grouped-query attention: ${q} query heads share ${kv} key/value heads, so the cache is ${q / kv} times smaller than with one key/value head per query head.`
			: `Every one of the ${q} query heads has its own key and value head.`,
	memoryTableCaption: (tokens: string, format: string) => `KV cache of each model for ${tokens} tokens, ${format}, one sequence`,
	columns: { model: 'Model', layers: 'Layers', kvHeads: 'K/V heads', headSize: 'Head size', perToken: 'Per token', total: 'Total' },
	memoryNote: 'One sequence; a batch of sequences multiplies it. Weights and activations come on top. Binary units: 1 KiB = 1024 bytes, 1 GiB = 2³⁰ bytes.',

	// Rank
	rankTitle: 'The rank question: test it on random queries and keys',
	nLabel: 'Sequence length n',
	dLabel: 'Head size d',
	seedLabel: 'Random seed',
	newSeed: 'New random Q and K',
	maskLabel: 'Mask',
	maskNames: { causal: 'Causal', prefix: 'Prefix', full: 'Full (bidirectional)' } as Record<RankMask, string>,
	prefixLabel: 'Prefix length',
	scaleLabel: 'Logit scale (sharper softmax →)',
	formulaRank: 'A = softmax(Q Kᵀ / √d × scale + M), Q and K with standard normal entries',
	rank: 'Numerical rank',
	sigmaMin: 'Smallest singular value',
	condition: 'Condition number σmax / σmin',
	minDiag: 'Smallest diagonal entry',
	tolerance: (tol: string) => `A singular value counts as zero below σmax × n × 2.2×10⁻¹⁶ = ${tol} (the NumPy default).`,
	plotTitle: 'Singular values, largest first (log scale)',
	plotAxis: 'index',
	heatmapTitle: (mask: string) => `Attention matrix A, ${mask} mask (stronger colour = more weight; hatched = exactly 0)`,
	rankTableCaption: 'The three masks on the same Q and K',
	rankSources: 'Related results: a head size below the sequence length limits what one head can express (Bhojanapalli et al. 2020); pure attention without skip connections or MLPs loses rank with depth (Dong et al. 2021). Neither compares causal with bidirectional masks.',
	svTableCaption: 'Singular values',
	columnsRank: { mask: 'Mask', rank: 'Rank', sigmaMin: 'σmin', condition: 'Condition number', minDiag: 'min diagonal' },
	rankSummary: (n: number, d: number, rows: { mask: RankMask; rank: number; condition: string }[]) =>
		`n = ${n}, d = ${d}: ` + rows.map((r) => `${en.maskNames[r.mask]} rank ${r.rank} of ${n}, condition number ${r.condition}`).join('; ') + '.',
	causalReading: (full: boolean): string =>
		full
			? 'The causal matrix is lower-triangular with a positive diagonal, so its determinant (the product of the diagonal) is positive: it is full rank, as the computed rank confirms.'
			: 'The computed rank of the causal matrix is below n, yet every diagonal entry is positive, so in exact arithmetic it is full rank: its smallest singular value is simply below the rounding tolerance. That is bad conditioning, not low rank.',
	compareReading: (causal: number, full: number): string =>
		causal > full
			? `Here the causal matrix is the worse conditioned of the two: its condition number is ${sciRatio(causal / full)} times the bidirectional one's.`
			: `Here the bidirectional matrix is the worse conditioned of the two: its condition number is ${sciRatio(full / causal)} times the causal one's.`,
	fullReading: (rank: number, n: number) =>
		rank === n
			? 'The bidirectional matrix is full rank here as well: softmax exponentiates entry by entry, which destroys the low rank of Q Kᵀ.'
			: `The bidirectional matrix has numerical rank ${rank} of ${n} here. With a small head size and a long sequence this can happen; it is not guaranteed either way.`,

	// Evidence
	evidenceTitle: 'The evidence: T5’s controlled comparison (Table 2, GLUE)',
	framingLabel: 'Compare at',
	framings: { params: 'the same parameters', compute: 'the same compute' } as Record<Framing, string>,
	rowNames: {
		encdec: 'Encoder-decoder',
		'encdec-shared': 'Encoder-decoder, shared parameters',
		prefix: 'Prefix LM',
		lm: 'Decoder-only LM'
	} as Record<T5Row['id'], string>,
	notMatched: 'not matched',
	axisNote: 'GLUE average; the axis starts at 70, not 0.',
	framingText: {
		params:
			'Same parameters (P, one 12-layer stack): the shared-parameter encoder-decoder, the prefix LM and the decoder-only LM. The plain encoder-decoder has two stacks, 2P, so it is drawn hollow: it is not a fair match here.',
		compute:
			'Same compute (M FLOPs per sequence): all four. An encoder-decoder with L + L layers costs about what an L-layer decoder costs on the same input and target, because each token passes through L layers either way, yet it holds twice the parameters.'
	} as Record<Framing, string>,
	whatPM:
		'P is the number of parameters of one 12-layer Transformer stack (about BERT-Base); M is the FLOPs an encoder-decoder with 12 + 12 layers spends on one input–target pair. “2P, M” means twice the parameters at the same compute. The paper also runs an encoder-decoder of 6 + 6 layers (P parameters, M/2 compute), not charted here.',
	evidenceTableCaption: 'T5 Table 2, denoising objective: GLUE average',
	columnsEvidence: { arch: 'Architecture', params: 'Parameters', compute: 'Compute', glue: 'GLUE', gap: 'Gap to best matched' },
	evidenceSummary: (framing: Framing, rows: { name: string; glue: string; matched: boolean }[]) =>
		`Compared at ${en.framings[framing]}: ` +
		rows.map((r) => `${r.name} ${r.glue}${r.matched ? '' : ' (not matched)'}`).join(', ') +
		'. The decoder-only LM scores lowest in both framings.',
	wangTitle: 'And at larger scale: Wang et al. 2022',
	wang: [
		'Wang et al. trained models of over 5 billion parameters on more than 168 billion tokens with causal decoder, non-causal decoder (prefix LM) and encoder-decoder layouts, and different objectives, and measured zero-shot generalisation.',
		'Straight after self-supervised pretraining, a causal decoder trained on plain next-token prediction generalised best zero-shot.',
		'After multitask prompted finetuning, a non-causal model pretrained with masked language modelling did best.'
	],
	sources: 'Sources:'
};

export type KvStrings = typeof en;

const zh: KvStrings = {
	showTable: '以表格显示',
	colon: '：',

	ledgerTitle: '逐步走完一段对话：KV 缓存省下了什么',
	archLabel: '架构',
	archNames: { decoder: '仅解码器', prefix: '前缀语言模型', encdec: '编码器-解码器' },
	turnsLabel: '轮数',
	userLabel: '每轮用户 token 数',
	answerLabel: '每轮回答 token 数',
	play: '播放',
	pause: '暂停',
	stepForward: '下一步',
	stepBack: '上一步',
	reset: '重置',
	stepSlider: '步骤',
	atStart: '尚未计算任何内容。按「下一步」或「播放」。',
	stepStatus: (index, total, turn, kind, rows, arch) => {
		const what =
			kind === 'decode'
				? `位置 ${rows[0]} 的回答 token 输入模型，它的键和值加入缓存`
				: arch === 'decoder'
					? `预填充：新的用户 token ${rows[0]}–${rows[1] - 1} 输入模型，之前的一切都从缓存读取`
					: arch === 'prefix'
						? `预填充：整个前缀 0–${rows[1] - 1} 重新双向计算一遍`
						: `编码：整段对话 0–${rows[1] - 1} 重新编码一遍`;
		return `第 ${index} 步（共 ${total} 步），第 ${turn} 轮：${what}。`;
	},
	counters: {
		scores: '已计算的注意力分数',
		stored: '为新 token 计算的 K/V 对',
		fromCache: '从缓存读取的 K/V 对',
		recomputed: '重新计算的 K/V 对'
	},
	thisStep: '本步',
	total: '累计',
	legend: {
		new: '本步计算，键也是本步新算的',
		cache: '本步计算，键和值来自缓存',
		recompute: '本步计算，键和值被重新计算',
		past: '在之前的步骤中计算过',
		future: '允许，稍后计算',
		blocked: '掩码不允许'
	},
	rowsAre: '行：查询。列：键。位置从 0 开始，覆盖到目前为止的整段对话。',
	conventions:
		'按每层、每个注意力头计数：每处理一个 token，得到一个键和一个值，即一个「K/V 对」。第一层的键和值只是 token 嵌入的投影；从第二层起，它们取决于该 token 看到了什么，所以前缀语言模型的前缀一变长，就得重新计算。',
	matrixName: (arch, turn) => `${zh.archNames[arch]}，第 ${turn} 轮`,
	cellLabel: (q, k, state) => `查询 ${q}，键 ${k}：${zh.legend[state]}`,
	tableCaption: '当前步骤的各个格子（+ 新算的键，= 来自缓存，↻ 重新计算，· 之前算过，○ 稍后计算，✗ 不允许）',
	queryKey: '查询 ↓ / 键 →',
	turnChartTitle: '每轮结束时的累计量',
	metricLabel: '图中显示',
	metrics: { scores: '注意力分数', kv: '计算的 K/V 对（新算 + 重算）' },
	turnAxis: '轮',
	turnTableCaption: '每轮结束时各架构的累计量',
	turnColumn: '轮',
	turnSummary: (turns, rows) =>
		`${turns} 轮之后：` + rows.map((r) => `${zh.archNames[r.arch]} ${r.scores} 个注意力分数，重算 ${r.recomputed} 个 K/V 对`).join('；') + '。',
	tieNote: '在每个 token 一个 K/V 对的计法下，前缀语言模型和编码器-解码器的数字相同：两者每一轮都要把整段对话重新处理一遍。仅解码器模型只处理新 token。',

	memoryTitle: 'KV 缓存内存计算器',
	modelLabel: '模型',
	modelNames: { 'gpt2-small': 'GPT-2 small', 'llama2-7b': 'Llama-2-7B', 'llama3-8b': 'Llama-3-8B（GQA）' },
	formatLabel: '存储格式',
	formatNames: { fp32: 'fp32（4 字节）', bf16: 'fp16 / bf16（2 字节）', int8: 'int8（1 字节）' },
	contextLabel: '上下文长度（token）',
	perToken: '每个 token',
	forContext: (tokens) => `${tokens} 个 token`,
	formula: '每个 token 的字节数 = 2（键和值）× 层数 × 键/值头数 × 头维度 × 每个数值的字节数',
	gqaNote: (kv, q) =>
		kv < q
			? `分组查询注意力：${q} 个查询头共用 ${kv} 个键/值头，缓存比每个查询头各有一个键/值头时小 ${q / kv} 倍。`
			: `${q} 个查询头各有自己的键头和值头。`,
	memoryTableCaption: (tokens, format) => `各模型在 ${tokens} 个 token、${format} 下的 KV 缓存（单条序列）`,
	columns: { model: '模型', layers: '层数', kvHeads: '键/值头', headSize: '头维度', perToken: '每个 token', total: '合计' },
	memoryNote: '这是单条序列的用量；批量处理多条序列时按条数成倍增加。权重和激活值另算。单位按二进制计：1 KiB = 1024 字节，1 GiB = 2³⁰ 字节。',

	rankTitle: '秩的问题：用随机的查询和键亲手检验',
	nLabel: '序列长度 n',
	dLabel: '头维度 d',
	seedLabel: '随机种子',
	newSeed: '换一组随机 Q 和 K',
	maskLabel: '掩码',
	maskNames: { causal: '因果', prefix: '前缀', full: '完全可见（双向）' },
	prefixLabel: '前缀长度',
	scaleLabel: 'logit 缩放（越大 softmax 越尖锐 →）',
	formulaRank: 'A = softmax(Q Kᵀ / √d × 缩放 + M)，Q 和 K 的元素服从标准正态分布',
	rank: '数值秩',
	sigmaMin: '最小奇异值',
	condition: '条件数 σmax / σmin',
	minDiag: '对角线最小元素',
	tolerance: (tol) => `奇异值小于 σmax × n × 2.2×10⁻¹⁶ = ${tol} 时记为零（NumPy 的默认做法）。`,
	plotTitle: '奇异值，从大到小（对数坐标）',
	plotAxis: '序号',
	heatmapTitle: (mask) => `注意力矩阵 A，${mask}掩码（颜色越浓，权重越大；斜线表示恰为 0）`,
	rankTableCaption: '同一组 Q 和 K 在三种掩码下的结果',
	rankSources: '相关结论：头维度小于序列长度时，单个头能表达的模式受限（Bhojanapalli 等，2020）；没有残差连接和 MLP 的纯注意力堆叠，秩会随深度坍缩（Dong 等，2021）。两者都没有比较因果掩码和双向掩码。',
	svTableCaption: '奇异值',
	columnsRank: { mask: '掩码', rank: '秩', sigmaMin: 'σmin', condition: '条件数', minDiag: '对角线最小值' },
	rankSummary: (n, d, rows) =>
		`n = ${n}，d = ${d}：` + rows.map((r) => `${zh.maskNames[r.mask]}掩码秩为 ${r.rank}/${n}，条件数 ${r.condition}`).join('；') + '。',
	causalReading: (full) =>
		full
			? '因果矩阵是下三角矩阵，对角线元素都为正，所以行列式（对角线元素之积）为正：它是满秩的，计算出的秩也证实了这一点。'
			: '因果矩阵算出来的秩小于 n，但它的对角线元素全部为正，所以在精确算术下它是满秩的：只是最小奇异值低于舍入误差的阈值。这是病态（条件数大），而不是低秩。',
	compareReading: (causal, full) =>
		causal > full
			? `这里因果矩阵的条件更差：它的条件数是双向矩阵的 ${sciRatio(causal / full)} 倍。`
			: `这里双向矩阵的条件更差：它的条件数是因果矩阵的 ${sciRatio(full / causal)} 倍。`,
	fullReading: (rank, n) =>
		rank === n
			? '双向矩阵在这里同样是满秩的：softmax 对每个元素分别取指数，破坏了 Q Kᵀ 的低秩结构。'
			: `双向矩阵在这里的数值秩是 ${rank}/${n}。头维度小、序列长时可能出现这种情况；无论哪种结果都没有保证。`,

	evidenceTitle: '证据：T5 的受控对比（表 2，GLUE）',
	framingLabel: '比较口径',
	framings: { params: '相同参数量', compute: '相同计算量' },
	rowNames: {
		encdec: '编码器-解码器',
		'encdec-shared': '编码器-解码器（共享参数）',
		prefix: '前缀语言模型',
		lm: '仅解码器语言模型'
	},
	notMatched: '不匹配',
	axisNote: 'GLUE 平均分；坐标轴从 70 开始，而不是 0。',
	framingText: {
		params:
			'相同参数量（P，即一个 12 层的 Transformer 堆叠）：共享参数的编码器-解码器、前缀语言模型和仅解码器语言模型。普通编码器-解码器有两个堆叠，参数为 2P，因此画成空心：在这个口径下它不是公平的对手。',
		compute:
			'相同计算量（每条序列 M 次浮点运算）：四个模型都是。L + L 层的编码器-解码器处理同样的输入和目标，花费与 L 层解码器差不多，因为每个 token 都只经过 L 层，但它的参数多一倍。'
	},
	whatPM:
		'P 是一个 12 层 Transformer 堆叠的参数量（约等于 BERT-Base）；M 是 12 + 12 层编码器-解码器处理一对输入和目标所需的浮点运算量。「2P, M」表示参数翻倍而计算量相同。论文还测了一个 6 + 6 层的编码器-解码器（参数 P，计算量 M/2），此图未画出。',
	evidenceTableCaption: 'T5 表 2，去噪目标：GLUE 平均分',
	columnsEvidence: { arch: '架构', params: '参数', compute: '计算量', glue: 'GLUE', gap: '与匹配组最佳的差距' },
	evidenceSummary: (framing, rows) =>
		`按${zh.framings[framing]}比较：` + rows.map((r) => `${r.name} ${r.glue}${r.matched ? '' : '（不匹配）'}`).join('，') + '。两种口径下仅解码器语言模型都得分最低。',
	wangTitle: '更大规模上的结果：Wang 等，2022',
	wang: [
		'Wang 等人用因果解码器、非因果解码器（前缀语言模型）和编码器-解码器三种结构，配合不同的训练目标，训练了 50 多亿参数、超过 1680 亿 token 的模型，并测量零样本泛化能力。',
		'只做自监督预训练时，用普通下一个 token 预测训练的因果解码器零样本泛化最好。',
		'再经过多任务提示微调后，用掩码语言建模预训练的非因果模型表现最好。'
	],
	sources: '来源：'
};

export const KV_STRINGS: Record<Lang, KvStrings> = { en, zh };
