// Labels and explanations of the block explorer and the parameter calculator, in both languages. zh is checked
// against en's keys by the type system.
import { formatCount } from '$lib/format/numbers';
import type { Lang } from '$lib/i18n/langs';
import type { PartId, Symbol, Variant } from '$lib/architecture/blocks';
import type { FieldError, SizeField } from '$lib/architecture/calculator';
import type { PresetId } from '$lib/architecture/params';
import type { ToyWeights } from '$lib/architecture/heads';
import type { ShippedKind, ShippedNote } from '$lib/architecture/shipped';
import type { TransformerConfig } from '$lib/transformer';

type PartText = { label: string; text: string };
type PartTexts = Record<PartId, PartText> & { variants?: Partial<Record<Variant, Partial<Record<PartId, Partial<PartText>>>>> };

const enParts: PartTexts = {
	'src-tokens': { label: 'Source token ids', text: 'The sentence to translate, as integer token ids. The encoder reads all of it at once.' },
	'src-embedding': { label: 'Embedding', text: 'Each source id selects a row of the embedding matrix, shared with the decoder and the output layer in the base model; the 2017 paper scales it by √d_model.' },
	'src-positions': { label: '+ Sinusoidal positions', text: 'A fixed table of sines and cosines of different frequencies is added to the embeddings so that attention can tell positions apart. Nothing here is trained.' },
	'enc-attention': { label: 'Self-attention (full)', text: 'Multi-head self-attention with no mask: every source token attends to every other, before and after it.' },
	'enc-addnorm1': { label: 'Add & LayerNorm', text: 'Post-norm: the sublayer’s output is added to its input, then the sum is normalised. Most LLMs today normalise before each sublayer instead (pre-norm).' },
	'enc-ffn': { label: 'Feed-forward (ReLU)', text: 'Two linear layers with a ReLU between them, applied to every position separately: d_model → d_ff → d_model.' },
	'enc-addnorm2': { label: 'Add & LayerNorm', text: 'Residual addition and LayerNorm after the feed-forward sublayer. The last encoder layer’s output feeds every decoder layer’s cross-attention.' },
	tokens: { label: 'Token ids', text: 'The text, split by the tokenizer into subword tokens and mapped to integer ids: a B × T grid of integers.' },
	embedding: { label: 'Token embedding', text: 'A lookup, not a multiplication: each id selects one row of the V × d_model embedding matrix.' },
	positions: { label: '+ Learned positions', text: 'A trained table with one vector per position up to the context length, added to the token embeddings. It caps the context at its number of rows.' },
	norm1: { label: 'LayerNorm', text: 'Pre-norm: the input of the attention sublayer is normalised, while the residual path keeps the unnormalised sum. LayerNorm subtracts the mean, divides by the standard deviation, then applies a trained gain and shift.' },
	attention: { label: 'Causal multi-head attention', text: 'Each token’s vector is projected to queries, keys and values for h heads of d_head = d_model / h dimensions. Every head scores each query against the keys, adds −∞ above the diagonal (the causal mask: no token sees later tokens), takes a softmax and averages the values. The heads are concatenated back to d_model and mixed by W_O.' },
	residual1: { label: 'Residual add', text: 'The attention output is added to the block’s input. These skip connections let gradients flow through deep stacks.' },
	addnorm1: { label: 'Add & LayerNorm', text: 'Post-norm: the residual sum after the masked self-attention is normalised.' },
	'cross-attention': { label: 'Cross-attention', text: 'Queries come from the decoder; keys and values come from the encoder’s output. Every target position may look at every source position. Decoder-only LLMs have no such sublayer.' },
	addnorm2: { label: 'Add & LayerNorm', text: 'Post-norm after cross-attention.' },
	norm2: { label: 'LayerNorm', text: 'Pre-norm before the feed-forward sublayer.' },
	ffn: { label: 'MLP (GELU)', text: 'Two linear layers around a GELU, applied to each position on its own: d_model → d_ff = 4 d_model → d_model. About two thirds of a block’s weights sit here.' },
	residual2: { label: 'Residual add', text: 'The feed-forward output is added to the residual stream. The block’s output has the same shape as its input, which is what lets N blocks stack.' },
	addnorm3: { label: 'Add & LayerNorm', text: 'Post-norm after the feed-forward sublayer; this is the decoder layer’s output.' },
	'final-norm': { label: 'Final LayerNorm', text: 'Pre-norm stacks need one more normalisation after the last block, because the residual stream itself is never normalised inside the blocks.' },
	'lm-head': { label: 'LM head', text: 'A d_model × V projection gives one score (logit) per vocabulary entry at every position. GPT-2 reuses the transposed embedding matrix here (tied weights).' },
	softmax: { label: 'Softmax', text: 'Turns each position’s logits into a probability distribution over the next token. During training all T positions are scored at once against the true next tokens.' },
	variants: {
		llama: {
			norm1: { label: 'RMSNorm', text: 'Pre-norm with RMSNorm: divide by the root mean square and apply a trained gain. No mean subtraction and no shift, cheaper than LayerNorm.' },
			norm2: { label: 'RMSNorm', text: 'RMSNorm before the feed-forward sublayer.' },
			attention: { label: 'Causal GQA + RoPE', text: 'Grouped-query attention: 32 query heads share 8 key/value heads (4 query heads per group), so keys, values and the KV cache are 4 times smaller. RoPE rotates queries and keys by position-dependent angles inside this layer, so there is no position table at the input. The causal mask works as in GPT-2.' },
			ffn: { label: 'SwiGLU feed-forward', text: 'A gated feed-forward layer: SiLU(x W_gate) ⊙ (x W_up), then W_down. Three matrices instead of two, so d_ff is narrower (14336 for d_model 4096).' },
			'final-norm': { label: 'Final RMSNorm', text: 'One last RMSNorm after the final block.' },
			'lm-head': { label: 'LM head (untied)', text: 'A separate d_model × V matrix, not shared with the embeddings. With Llama 3’s 128,256-token vocabulary it holds about 525M weights.' },
			tokens: { label: 'Token ids', text: 'Text split by Llama 3’s tokenizer (vocabulary 128,256) into ids, a B × T grid of integers.' },
			embedding: { label: 'Token embedding', text: 'Each id selects a row of the V × d_model matrix. No position vector is added: RoPE acts inside attention.' }
		},
		transformer2017: {
			tokens: { label: 'Target token ids', text: 'The translation so far, shifted right by one: in training the decoder sees the true previous target tokens (teacher forcing).' },
			embedding: { label: 'Embedding', text: 'The same embedding matrix as the encoder and the output layer in the base model.' },
			positions: { label: '+ Sinusoidal positions', text: 'The same fixed sine and cosine table as in the encoder, added to the target embeddings.' },
			attention: { label: 'Masked self-attention', text: 'Multi-head self-attention over the target tokens with the causal mask: position i sees target positions up to i.' },
			ffn: { label: 'Feed-forward (ReLU)', text: 'Two linear layers with a ReLU: d_model 512 → d_ff 2048 → 512.' },
			'lm-head': { label: 'Linear', text: 'Projects to the vocabulary, sharing its weights with the embeddings.' },
			softmax: { label: 'Softmax', text: 'Probabilities of the next target token.' }
		}
	}
};

const zhParts: PartTexts = {
	'src-tokens': { label: '源序列 id', text: '要翻译的句子，表示为整数 token id。编码器一次读入全部源序列。' },
	'src-embedding': { label: '嵌入', text: '每个源 id 取出嵌入矩阵的一行；在 base 模型中，这个矩阵与解码器和输出层共享，论文还把它乘以 √d_model。' },
	'src-positions': { label: '+ 正弦位置编码', text: '把一张由不同频率的正弦和余弦组成的固定表加到嵌入上，让注意力能区分位置。这里没有需要训练的参数。' },
	'enc-attention': { label: '自注意力（全可见）', text: '不加掩码的多头自注意力：每个源 token 都能看到前后所有 token。' },
	'enc-addnorm1': { label: '残差相加 + LayerNorm', text: '后置归一化（post-norm）：子层输出先与输入相加，再做归一化。如今多数 LLM 改为在每个子层之前归一化（pre-norm）。' },
	'enc-ffn': { label: '前馈层（ReLU）', text: '两个线性层，中间一个 ReLU，对每个位置分别计算：d_model → d_ff → d_model。' },
	'enc-addnorm2': { label: '残差相加 + LayerNorm', text: '前馈子层之后的残差相加与 LayerNorm。最后一层编码器的输出送入解码器每一层的交叉注意力。' },
	tokens: { label: 'token id', text: '分词器把文本切成子词 token 并映射为整数 id：一个 B × T 的整数网格。' },
	embedding: { label: '词嵌入', text: '这是查表而不是乘法：每个 id 取出 V × d_model 嵌入矩阵中的一行。' },
	positions: { label: '+ 可学习位置', text: '一张训练得到的表，每个位置一个向量，最多到上下文长度，加到词嵌入上。表有多少行，上下文就最多多长。' },
	norm1: { label: 'LayerNorm', text: '前置归一化（pre-norm）：注意力子层的输入先归一化，残差通路保留未归一化的和。LayerNorm 减去均值、除以标准差，再乘以可训练的增益并加上偏移。' },
	attention: { label: '因果多头注意力', text: '每个 token 的向量被投影成 h 个头的查询、键和值，每个头 d_head = d_model / h 维。每个头用查询给所有键打分，在对角线以上加 −∞（因果掩码：任何 token 都看不到后面的 token），做 softmax 后对值加权平均。各头的输出拼接回 d_model 维，再由 W_O 混合。' },
	residual1: { label: '残差相加', text: '注意力的输出加回到块的输入上。这些跳跃连接让梯度能穿过很深的堆叠。' },
	addnorm1: { label: '残差相加 + LayerNorm', text: '后置归一化：掩码自注意力之后的残差和被归一化。' },
	'cross-attention': { label: '交叉注意力', text: '查询来自解码器，键和值来自编码器的输出。每个目标位置都能看到所有源位置。仅解码器的 LLM 没有这个子层。' },
	addnorm2: { label: '残差相加 + LayerNorm', text: '交叉注意力之后的后置归一化。' },
	norm2: { label: 'LayerNorm', text: '前馈子层之前的前置归一化。' },
	ffn: { label: 'MLP（GELU）', text: '两个线性层夹一个 GELU，对每个位置单独计算：d_model → d_ff = 4 d_model → d_model。一个块约三分之二的权重在这里。' },
	residual2: { label: '残差相加', text: '前馈层的输出加回残差流。块的输出与输入形状相同，所以 N 个块可以层层堆叠。' },
	addnorm3: { label: '残差相加 + LayerNorm', text: '前馈子层之后的后置归一化，即这一层解码器的输出。' },
	'final-norm': { label: '最终 LayerNorm', text: '前置归一化的堆叠在最后一个块之后还需要一次归一化，因为残差流本身在块内从未被归一化。' },
	'lm-head': { label: 'LM head', text: '一个 d_model × V 的投影，在每个位置给词表中的每一项一个分数（logit）。GPT-2 在这里复用嵌入矩阵的转置（权重共享）。' },
	softmax: { label: 'Softmax', text: '把每个位置的 logits 变成下一个 token 的概率分布。训练时 T 个位置同时与真实的下一个 token 比较。' },
	variants: {
		llama: {
			norm1: { label: 'RMSNorm', text: '用 RMSNorm 做前置归一化：除以均方根，再乘以可训练的增益。不减均值、没有偏移，比 LayerNorm 更省。' },
			norm2: { label: 'RMSNorm', text: '前馈子层之前的 RMSNorm。' },
			attention: { label: '因果 GQA + RoPE', text: '分组查询注意力：32 个查询头共用 8 个键/值头（每组 4 个查询头），键、值和 KV 缓存都小到四分之一。RoPE 在这一层内部按位置旋转查询和键，所以输入端没有位置表。因果掩码与 GPT-2 相同。' },
			ffn: { label: 'SwiGLU 前馈层', text: '门控前馈层：SiLU(x W_gate) ⊙ (x W_up)，再乘 W_down。三个矩阵而不是两个，所以 d_ff 更窄（d_model 为 4096 时是 14336）。' },
			'final-norm': { label: '最终 RMSNorm', text: '最后一个块之后再做一次 RMSNorm。' },
			'lm-head': { label: 'LM head（不共享）', text: '单独的 d_model × V 矩阵，不与嵌入共享。Llama 3 的词表有 128,256 项，这个矩阵约有 5.25 亿个权重。' },
			tokens: { label: 'token id', text: 'Llama 3 的分词器（词表 128,256）把文本切成 id，一个 B × T 的整数网格。' },
			embedding: { label: '词嵌入', text: '每个 id 取出 V × d_model 矩阵的一行。这里不加位置向量：RoPE 在注意力内部起作用。' }
		},
		transformer2017: {
			tokens: { label: '目标序列 id', text: '已有的译文右移一位：训练时解码器看到的是真实的前文目标 token（teacher forcing）。' },
			embedding: { label: '嵌入', text: '在 base 模型中与编码器和输出层共用同一个嵌入矩阵。' },
			positions: { label: '+ 正弦位置编码', text: '与编码器相同的固定正弦/余弦表，加到目标嵌入上。' },
			attention: { label: '掩码自注意力', text: '对目标 token 的多头自注意力，带因果掩码：位置 i 只能看到不晚于 i 的目标位置。' },
			ffn: { label: '前馈层（ReLU）', text: '两个线性层夹一个 ReLU：d_model 512 → d_ff 2048 → 512。' },
			'lm-head': { label: '线性层', text: '投影到词表，与嵌入共享权重。' },
			softmax: { label: 'Softmax', text: '下一个目标 token 的概率。' }
		}
	}
};

export function partText(lang: Lang, variant: Variant, id: PartId): PartText {
	const table = lang === 'zh' ? zhParts : enParts;
	return { ...table[id], ...table.variants?.[variant]?.[id] };
}

const en = {
	explorerTitle: 'Inside a Transformer language model',
	variantLabel: 'Variant',
	variants: {
		gpt2: 'GPT-2 style (2019)',
		llama: 'LLaMA style (Llama 3 8B)',
		transformer2017: 'Original Transformer (2017)'
	} as Record<Variant, string>,
	variantNotes: {
		gpt2: 'Decoder-only, sized as GPT-2 small: learned positions, pre-norm LayerNorm, GELU MLP, 12 heads per layer, tied LM head.',
		llama: 'Decoder-only, sized as Llama-3-8B: RoPE inside attention, RMSNorm, SwiGLU, grouped-query attention (32 query heads, 8 key/value heads), untied LM head.',
		transformer2017: 'The encoder-decoder of Vaswani et al. (base model) that the original answer describes: two stacks, cross-attention, post-norm (add & norm), sinusoidal positions, ReLU.'
	} as Record<Variant, string>,
	batchLabel: 'Batch size B',
	seqLabel: 'Sequence length T',
	diagramLabel: (variant: string) => `Block diagram of the ${variant}. Each part is a button: select it to read what it does and its tensor shapes.`,
	diagramHelp: 'Click, tap or Tab to a part and press Enter to read about it.',
	repeat: (n: number) => `${n}×`,
	encoder: 'Encoder',
	decoder: 'Decoder',
	selected: 'Selected part',
	tensorsCaption: (part: string) => `Tensors of “${part}” for the current sizes`,
	tensor: 'Tensor',
	role: 'Role',
	shape: 'Shape',
	values: 'Values',
	trained: 'trained',
	sizes: (d: Record<Symbol, number>) =>
		`Sizes: B = ${d.B}, T = ${d.T}, d_model = ${d.d}, h = ${d.h}${d.hKv !== d.h ? `, h_kv = ${d.hKv}` : ''}, d_head = ${d.dHead}, d_ff = ${d.dFF}, V = ${formatCount(d.V, 'en')}, N = ${d.N}.`,
	roles: {
		ids: 'token ids',
		weight: 'weight matrix',
		output: 'output',
		table: 'fixed table (not trained)',
		input: 'input',
		gain: 'gain γ',
		shift: 'shift β',
		wq: 'query projection',
		wkv: 'key and value projections (each)',
		q: 'queries',
		kv: 'keys and values (each)',
		scores: 'attention scores, per head',
		heads: 'heads concatenated',
		wo: 'output projection',
		memory: 'encoder output',
		sublayer: 'sublayer output',
		wup: 'up projection',
		wgate: 'gate and up projections (each)',
		hidden: 'hidden activations',
		wdown: 'down projection',
		head: 'output weights',
		logits: 'logits',
		probs: 'probabilities'
	} as Record<string, string>,
	headsTitle: 'Multi-head attention, head by head',
	headsLead: (c: TransformerConfig, sentence: string) =>
		`These are the heads of this site’s own small model: a GPT-2-style causal decoder trained on the site’s English text, one character per token, with ${c.nLayers} layers of ${c.nHeads} heads. d_model = ${c.dModel} is split into ${c.nHeads} heads of ${c.dModel / c.nHeads} dimensions, each with its own query, key and value projections, so each head reads “${sentence}” differently. The causal mask blanks everything above the diagonal.`,
	layerLabel: 'Layer',
	weightsLabel: 'Weights',
	weightsOptions: { trained: 'Trained', untrained: 'Untrained (initial)' } as Record<ToyWeights, string>,
	newSeed: 'New initial weights',
	seedText: (seed: number) => `seed ${seed}`,
	headTitle: (i: number, dHead: number) => `Head ${i + 1} (${dHead} dims)`,
	headSummary: (layer: number, i: number, strongest: string) => `Layer ${layer + 1}, head ${i + 1}. Each character and the one it attends to most: ${strongest}.`,
	attendsMost: (q: string, k: string) => `“${q}” → “${k}”`,
	heatLegend: 'Rows: query characters; columns: key characters (␣ is a space). Darker = more weight; blank = masked.',
	peakText: (peak: string, uniform: string) =>
		`On average over these heads, a character’s largest attention weight is ${peak}; a head that spread its weight evenly over the characters it may see would give ${uniform}.`,
	concat: (h: number, dHead: number, d: number) => `concat(${Array.from({ length: Math.min(h, 4) }, (_, i) => `head${i + 1}`).join(', ')}${h > 4 ? ', …' : ''}) : ${h} × ${dHead} = ${d} dims → W_O (${d} × ${d})`,
	headsTable: 'Show the attention weights as tables',
	weightsNote: {
		trained: 'The weights as the site ships them (rounded to 8 bits). A small model trained on a small text: its heads are less tidy than a large model’s, but they no longer look alike.',
		untrained: (seed: number) =>
			`The same model before training: its initial random weights (seed ${seed}), which are small, so every query scores every key about the same and each head spreads its weight almost evenly. Training turned this into the patterns of the trained setting.`
	},
	modelLoading: 'Loading the site’s trained model…',
	modelError: 'The site’s trained model could not be loaded, so its heads and weights are not shown. Reload the page to try again.',
	retired: (key: string, value: string) =>
		`${key} = “${value}”: no longer used. The head toy now shows the 4 heads of the site’s trained model; choose a layer instead.`,
	symbol: { B: 'B', T: 'T', S: 'S', d: 'd_model', h: 'h', hKv: 'h_kv', dHead: 'd_head', dFF: 'd_ff', V: 'V', N: 'N', ctx: 'ctx' } as Record<Symbol, string>,
	shippedTitle: 'In this site’s trained model',
	shippedModel: (kind: ShippedKind, c: TransformerConfig) =>
		kind === 'decoder'
			? `The causal decoder trained on this site’s English text (${c.nLayers} layers, d_model = ${c.dModel}, ${c.nHeads} heads, d_ff = ${c.dFF}, ${c.vocabSize} characters).`
			: `The encoder-decoder trained to write words backwards (${c.nLayers} layers per stack, d_model = ${c.dModel}, ${c.nHeads} heads, d_ff = ${c.dFF}, ${c.vocabSize} tokens).`,
	shippedCaption: (part: string) => `Trained tensors of “${part}” in the site’s model`,
	shippedName: 'Tensor in the file',
	shippedCount: 'Parameters',
	shippedRms: 'RMS per layer',
	shippedTotal: (n: string) =>
		`${n} parameters in all. RMS: the root mean square of the trained values, for each layer in turn ({0,1} in a name means layers 0 and 1, one tensor each).`,
	shippedNone: 'This part stores no weights in the site’s model.',
	shippedLlama: 'The site’s trained models follow the GPT-2 and 2017 layouts (LayerNorm, GELU, learned positions), not LLaMA’s: choose one of those variants to see their tensors.',
	shippedNotes: {
		tied: 'The LM head and the token embedding are one tensor (tied weights).',
		shared: 'One token embedding serves the encoder, the decoder and the output head.',
		learned: 'Positions here are a trained table, not the 2017 sinusoids.',
		prenorm: 'The site’s model normalises before each sublayer (pre-norm), so this is the norm of the sublayer below it, applied to its input.',
		finalNorm: 'A final norm comes before the output head, as in pre-norm models.',
		keyBias: 'The key bias bk stays at 0 (up to rounding, about 10⁻¹¹): it adds the same amount to a query’s score for every key, which the softmax cancels, so its gradient is zero and training has nothing to change.',
		encoderFinalNorm: 'The encoder’s final norm is listed here too: it normalises the encoder’s output before cross-attention reads it.'
	} as Record<ShippedNote, string>,

	calcTitle: 'Parameters, compute and memory',
	presetLabel: 'Preset',
	presets: {
		'gpt2-small': 'GPT-2 small',
		'gpt3-175b': 'GPT-3 175B',
		'llama-7b': 'LLaMA-7B',
		'llama3-8b': 'Llama-3-8B',
		'qwen2-7b': 'Qwen2-7B',
		'gemma-7b': 'Gemma-7B',
		'transformer-base': 'Transformer base (decoder stack only)'
	} as Record<PresetId, string>,
	fields: {
		vocabSize: 'Vocabulary V',
		contextLength: 'Context length',
		dModel: 'Width d_model',
		nLayers: 'Layers N',
		nHeads: 'Query heads h',
		nKvHeads: 'Key/value heads',
		headDim: 'Head size d_head',
		dFF: 'Feed-forward width d_ff'
	} as Record<SizeField, string>,
	kvHelp: 'Empty = as many as query heads.',
	headDimHelp: (value: string) => `Empty = d_model / h${value ? ` = ${value}` : ''}.`,
	ffnLabel: 'Feed-forward',
	ffnOptions: { mlp: 'MLP (2 matrices)', swiglu: 'SwiGLU / GeGLU (3 matrices)' },
	normLabel: 'Norm',
	normOptions: { layernorm: 'LayerNorm', rmsnorm: 'RMSNorm' },
	positionsLabel: 'Positions',
	positionOptions: { learned: 'learned table', rotary: 'RoPE', sinusoidal: 'sinusoidal' },
	biasLabel: 'Biases',
	biasOptions: { yes: 'everywhere', qkv: 'Q, K, V only', no: 'none' },
	tiedLabel: 'LM head',
	tiedOptions: { yes: 'tied to embeddings', no: 'separate' },
	tokensLabel: 'Training tokens D',
	tokensHelp: 'e.g. 300B, 1.4T or 2e12.',
	chinchilla: 'D = 20 × N (Chinchilla)',
	total: 'Total parameters',
	published: (p: string) => `Published: ${p}.`,
	custom: 'Edited: no longer the preset’s configuration.',
	notComparable: 'Not comparable with the published size (see the note).',
	parts: {
		embeddings: 'Token embeddings',
		positions: 'Position table',
		attention: 'Attention',
		feedForward: 'Feed-forward',
		norms: 'Norms',
		outputHead: 'Output head'
	} as Record<string, string>,
	part: 'Part',
	count: 'Parameters',
	share: 'Share',
	breakdownCaption: 'Parameters by part',
	chartLabel: (summary: string) => `Bar chart of parameters by part. ${summary}`,
	computeTitle: 'Training compute',
	flops: (value: string, tokens: string) => `C ≈ 6 N D = ${value} FLOPs for ${tokens} tokens.`,
	memoryTitle: 'Memory',
	memoryWeights: 'Weights only (no optimiser state, no activations); binary units, 1 GiB = 2³⁰ bytes',
	format: 'Format',
	bytes: 'Memory',
	kv: (perToken: string, ctx: string, n: string) => `KV cache at 16 bits: ${perToken} per token, ${ctx} for a full context of ${n} tokens.`,
	fixErrors: 'Fix the fields marked above to see the counts.',
	errors: {
		empty: (f: string) => `${f}: empty. Type a whole number.`,
		'not-integer': (f: string) => `${f}: not a whole number. Use digits only (commas allowed).`,
		'not-number': (f: string) => `${f}: not a token count. Write e.g. 300B, 1.4T or 2e12 (from 1 to 10^16).`,
		range: (f: string, max: string) => `${f}: must be a whole number from 1 to ${max}.`,
		divisible: () => 'Width d_model must be divisible by the number of query heads, unless a head size is given.',
		divides: () => 'Key/value heads must divide the number of query heads.',
		width: (max: string) => `Query heads × head size must be at most ${max}.`
	},
	tooLong: 'A value was longer than 40 characters and was cut.'
};

export type ArchStrings = typeof en;

const zh: ArchStrings = {
	explorerTitle: 'Transformer 语言模型内部',
	variantLabel: '变体',
	variants: { gpt2: 'GPT-2 式（2019）', llama: 'LLaMA 式（Llama 3 8B）', transformer2017: '原始 Transformer（2017）' },
	variantNotes: {
		gpt2: '仅解码器，规模同 GPT-2 small：可学习位置、前置 LayerNorm、GELU MLP、每层 12 个头、LM head 与嵌入共享。',
		llama: '仅解码器，规模同 Llama-3-8B：注意力内部的 RoPE、RMSNorm、SwiGLU、分组查询注意力（32 个查询头、8 个键/值头）、不共享的 LM head。',
		transformer2017: '原回答描述的 Vaswani 等人的编码器-解码器（base 模型）：两个堆叠、交叉注意力、后置归一化（残差相加 + 归一化）、正弦位置编码、ReLU。'
	},
	batchLabel: '批大小 B',
	seqLabel: '序列长度 T',
	diagramLabel: (variant: string) => `${variant}的结构图。每个部件都是按钮：选中它，查看它做什么以及张量形状。`,
	diagramHelp: '点击、轻触或用 Tab 移到某个部件并按 Enter，即可查看说明。',
	repeat: (n: number) => `${n}×`,
	encoder: '编码器',
	decoder: '解码器',
	selected: '选中的部件',
	tensorsCaption: (part: string) => `「${part}」在当前规模下的张量`,
	tensor: '张量',
	role: '作用',
	shape: '形状',
	values: '元素数',
	trained: '可训练',
	sizes: (d: Record<Symbol, number>) =>
		`规模：B = ${d.B}，T = ${d.T}，d_model = ${d.d}，h = ${d.h}${d.hKv !== d.h ? `，h_kv = ${d.hKv}` : ''}，d_head = ${d.dHead}，d_ff = ${d.dFF}，V = ${formatCount(d.V, 'zh')}，N = ${d.N}。`,
	roles: {
		ids: 'token id',
		weight: '权重矩阵',
		output: '输出',
		table: '固定表（不训练）',
		input: '输入',
		gain: '增益 γ',
		shift: '偏移 β',
		wq: '查询投影',
		wkv: '键和值投影（各一个）',
		q: '查询',
		kv: '键和值（各一份）',
		scores: '注意力分数（每个头）',
		heads: '拼接后的各头输出',
		wo: '输出投影',
		memory: '编码器输出',
		sublayer: '子层输出',
		wup: '升维投影',
		wgate: '门控与升维投影（各一个）',
		hidden: '隐藏激活',
		wdown: '降维投影',
		head: '输出权重',
		logits: 'logits',
		probs: '概率'
	},
	headsTitle: '多头注意力，逐个头看',
	headsLead: (c: TransformerConfig, sentence: string) =>
		`这里是本站自己的小模型的注意力头：一个 GPT-2 式的因果解码器，在本站的中文文本上训练，每个字符一个 token，共 ${c.nLayers} 层，每层 ${c.nHeads} 个头。d_model = ${c.dModel} 被分成 ${c.nHeads} 个头，每个头 ${c.dModel / c.nHeads} 维，各有自己的查询、键和值投影，所以每个头读「${sentence}」的方式都不一样。因果掩码把对角线以上全部遮住。`,
	layerLabel: '层',
	weightsLabel: '权重',
	weightsOptions: { trained: '训练后', untrained: '未训练（初始权重）' },
	newSeed: '换一组初始权重',
	seedText: (seed: number) => `种子 ${seed}`,
	headTitle: (i: number, dHead: number) => `第 ${i + 1} 个头（${dHead} 维）`,
	headSummary: (layer: number, i: number, strongest: string) => `第 ${layer + 1} 层第 ${i + 1} 个头。每个字和它最关注的字：${strongest}。`,
	attendsMost: (q: string, k: string) => `「${q}」→「${k}」`,
	heatLegend: '行：查询字符；列：键字符。颜色越深权重越大；空白表示被掩码遮住。',
	peakText: (peak: string, uniform: string) =>
		`这几个头平均而言，每个字最大的注意力权重是 ${peak}；如果一个头把权重平均分给它能看到的所有字，这个数是 ${uniform}。`,
	concat: (h: number, dHead: number, d: number) => `concat(${Array.from({ length: Math.min(h, 4) }, (_, i) => `head${i + 1}`).join(', ')}${h > 4 ? ', …' : ''})：${h} × ${dHead} = ${d} 维 → W_O（${d} × ${d}）`,
	headsTable: '以表格显示注意力权重',
	weightsNote: {
		trained: '这是本站发布的权重（取整到 8 位）。小模型、小文本：它的注意力头不如大模型的整齐，但已经各不相同。',
		untrained: (seed: number) =>
			`同一个模型训练之前的样子：随机的初始权重（种子 ${seed}）。这些权重很小，每个查询给所有键的分数都差不多，所以每个头几乎把权重平均分配。训练把它变成了「训练后」里的图案。`
	},
	modelLoading: '正在加载本站训练好的模型…',
	modelError: '本站训练好的模型未能加载，所以这里不显示它的注意力头和权重。请刷新页面重试。',
	retired: (key: string, value: string) => `${key} =「${value}」：这个设置已不再使用。多头注意力示例现在显示本站训练好的模型的 4 个头，请改为选择层。`,
	symbol: { B: 'B', T: 'T', S: 'S', d: 'd_model', h: 'h', hKv: 'h_kv', dHead: 'd_head', dFF: 'd_ff', V: 'V', N: 'N', ctx: 'ctx' },
	shippedTitle: '本站训练好的模型里',
	shippedModel: (kind: ShippedKind, c: TransformerConfig) =>
		kind === 'decoder'
			? `在本站中文文本上训练的因果解码器（${c.nLayers} 层，d_model = ${c.dModel}，${c.nHeads} 个头，d_ff = ${c.dFF}，词表 ${c.vocabSize} 个字符）。`
			: `训练来把单词倒着写的编码器-解码器（每个堆叠 ${c.nLayers} 层，d_model = ${c.dModel}，${c.nHeads} 个头，d_ff = ${c.dFF}，词表 ${c.vocabSize} 个 token）。`,
	shippedCaption: (part: string) => `本站模型中「${part}」的训练后张量`,
	shippedName: '文件中的张量',
	shippedCount: '参数',
	shippedRms: '各层的 RMS',
	shippedTotal: (n: string) => `共 ${n} 个参数。RMS：训练后数值的均方根，逐层列出（名字里的 {0,1} 表示第 0 层和第 1 层，各一个张量）。`,
	shippedNone: '本站的模型在这个部件里没有存储权重。',
	shippedLlama: '本站训练的模型采用 GPT-2 和 2017 年的结构（LayerNorm、GELU、可学习位置），不是 LLaMA 的：选择那两个变体即可看到它们的张量。',
	shippedNotes: {
		tied: 'LM head 和 token 嵌入是同一个张量（权重共享）。',
		shared: '编码器、解码器和输出层共用一个 token 嵌入。',
		learned: '这里的位置编码是训练出来的表，不是 2017 年的正弦函数。',
		prenorm: '本站的模型在每个子层之前做归一化（前置归一化），所以这是下方那个子层的归一化，作用在它的输入上。',
		finalNorm: '输出层之前还有一个最后的归一化，前置归一化的模型都这样做。',
		keyBias: '键的偏置 bk 一直是 0（只差约 10⁻¹¹ 的舍入误差）：它给同一个查询对所有键的分数加上同样的量，softmax 会把它抵消，所以它的梯度为零，训练没有什么可改。',
		encoderFinalNorm: '编码器最后的归一化也列在这里：它在交叉注意力读取之前，对编码器的输出做归一化。'
	},

	calcTitle: '参数量、算力与显存',
	presetLabel: '预设',
	presets: {
		'gpt2-small': 'GPT-2 small',
		'gpt3-175b': 'GPT-3 175B',
		'llama-7b': 'LLaMA-7B',
		'llama3-8b': 'Llama-3-8B',
		'qwen2-7b': 'Qwen2-7B',
		'gemma-7b': 'Gemma-7B',
		'transformer-base': 'Transformer base（仅一个解码器堆叠）'
	},
	fields: {
		vocabSize: '词表大小 V',
		contextLength: '上下文长度',
		dModel: '宽度 d_model',
		nLayers: '层数 N',
		nHeads: '查询头数 h',
		nKvHeads: '键/值头数',
		headDim: '头维度 d_head',
		dFF: '前馈宽度 d_ff'
	},
	kvHelp: '留空 = 与查询头数相同。',
	headDimHelp: (value: string) => `留空 = d_model / h${value ? ` = ${value}` : ''}。`,
	ffnLabel: '前馈层',
	ffnOptions: { mlp: 'MLP（2 个矩阵）', swiglu: 'SwiGLU / GeGLU（3 个矩阵）' },
	normLabel: '归一化',
	normOptions: { layernorm: 'LayerNorm', rmsnorm: 'RMSNorm' },
	positionsLabel: '位置',
	positionOptions: { learned: '可学习表', rotary: 'RoPE', sinusoidal: '正弦' },
	biasLabel: '偏置项',
	biasOptions: { yes: '全部', qkv: '仅 Q、K、V', no: '无' },
	tiedLabel: 'LM head',
	tiedOptions: { yes: '与嵌入共享', no: '单独矩阵' },
	tokensLabel: '训练 token 数 D',
	tokensHelp: '例如 300B、1.4T 或 2e12。',
	chinchilla: 'D = 20 × N（Chinchilla）',
	total: '总参数量',
	published: (p: string) => `公布的规模：${p}。`,
	custom: '已修改：不再是预设的配置。',
	notComparable: '与公布的规模不可比（见说明）。',
	parts: {
		embeddings: '词嵌入',
		positions: '位置表',
		attention: '注意力',
		feedForward: '前馈层',
		norms: '归一化',
		outputHead: '输出头'
	},
	part: '部分',
	count: '参数量',
	share: '占比',
	breakdownCaption: '各部分的参数量',
	chartLabel: (summary: string) => `各部分参数量的条形图。${summary}`,
	computeTitle: '训练算力',
	flops: (value: string, tokens: string) => `C ≈ 6 N D = ${value} FLOPs（训练 ${tokens} 个 token）。`,
	memoryTitle: '显存',
	memoryWeights: '仅权重（不含优化器状态和激活）；二进制单位，1 GiB = 2³⁰ 字节',
	format: '格式',
	bytes: '占用',
	kv: (perToken: string, ctx: string, n: string) => `16 位 KV 缓存：每个 token ${perToken}，满 ${n} 个 token 的上下文共 ${ctx}。`,
	fixErrors: '请先修正上面标出的字段，才能看到计算结果。',
	errors: {
		empty: (f: string) => `${f}：为空。请输入整数。`,
		'not-integer': (f: string) => `${f}：不是整数。只能用数字（可带逗号）。`,
		'not-number': (f: string) => `${f}：不是 token 数。请写成 300B、1.4T 或 2e12 这样的形式（1 到 10^16）。`,
		range: (f: string, max: string) => `${f}：必须是 1 到 ${max} 之间的整数。`,
		divisible: () => '宽度 d_model 必须能被查询头数整除（给出头维度时除外）。',
		divides: () => '键/值头数必须能整除查询头数。',
		width: (max: string) => `查询头数 × 头维度不能超过 ${max}。`
	},
	tooLong: '有一项超过 40 个字符，已被截断。'
};

export const ARCH_STRINGS: Record<Lang, ArchStrings> = { en, zh };

/** The message for one calculator error, in the page's language. */
export function errorText(t: ArchStrings, error: FieldError, max: (field: SizeField) => number): string {
	const label = error.field === 'tokens' ? t.tokensLabel : error.field in t.fields ? t.fields[error.field as SizeField] : error.field;
	switch (error.kind) {
		case 'empty':
		case 'not-integer':
		case 'not-number':
			return t.errors[error.kind](label);
		case 'range':
			return error.field in t.fields ? t.errors.range(label, formatCount(max(error.field as SizeField))) : `${label}: ${error.message}`;
		case 'divisible':
		case 'divides':
			return t.errors[error.kind]();
		case 'width':
			return t.errors.width(formatCount(max('dModel')));
	}
}
