// The glossary: every term the concept pages link with `<Term id="...">`, defined in both languages in our own words,
// with the places on the site that explain it. /zh/glossary/ and /en/glossary/ list them; a unit test checks that
// each has both languages, that every id used in content/ exists here, and that every link target exists.
import type { Lang } from '$lib/i18n/langs';
import type { Slug } from '$lib/content/concepts';
import type { LabSlug } from '$lib/labs';

/** A place on the site that explains the term: a concept page and a note id on it, or a lab page. */
export type TermLink = { slug: Slug; anchor?: string } | { lab: LabSlug };

export interface GlossaryTerm {
	/** The term as written in each language (the other language's name is shown beside it). */
	name: Record<Lang, string>;
	/** One to three sentences. */
	definition: Record<Lang, string>;
	see: TermLink[];
	/** Other words for the same concept that the site does not use (a unit test fails when a page shows one). Only
	 * Chinese for now: the English pages keep the usual English term. */
	rejected?: Partial<Record<Lang, string[]>>;
}

export const GLOSSARY = {
	'causal-mask': {
		name: { en: 'causal mask', zh: '因果掩码' },
		definition: {
			en: 'An attention mask that lets each position see only itself and earlier positions: key j is visible to query i exactly when j ≤ i. It makes the attention matrix lower-triangular.',
			zh: '一种注意力掩码：每个位置只能看到自己和它之前的位置，即当且仅当 j ≤ i 时查询 i 能看到键 j。注意力矩阵因此是下三角的。'
		},
		see: [{ slug: 'causal-prefix-encoder-decoder', anchor: 'attention-masks' }, { lab: 'attention-masks' }]
	},
	'causal-decoder': {
		name: { en: 'causal decoder (decoder-only)', zh: '因果解码器（仅解码器）' },
		definition: {
			en: 'A single Transformer stack with a causal mask, trained to predict the next token at every position. GPT, LLaMA and most current LLMs are built this way.',
			zh: '只有一个 Transformer 堆叠、使用因果掩码的模型，在每个位置上训练预测下一个 token。GPT、LLaMA 和如今大多数大模型都是这种结构。'
		},
		see: [
			{ slug: 'causal-prefix-encoder-decoder', anchor: 'who-uses-which' },
			{ slug: 'why-decoder-only', anchor: 'training-signal-and-kv-cache' }
		]
	},
	'prefix-lm': {
		name: { en: 'prefix LM (prefix decoder)', zh: '前缀语言模型（前缀解码器）' },
		definition: {
			en: 'One Transformer stack whose input is split into a prefix and a target: the prefix is attended in both directions, the target causally, and the loss falls on the target only. GLM and ChatGLM-6B use it.',
			zh: '单个 Transformer 堆叠，输入分为前缀和目标两段：前缀内部双向可见，目标部分按因果方式生成，损失只算在目标上。GLM 和 ChatGLM-6B 采用这种结构。'
		},
		see: [{ slug: 'causal-prefix-encoder-decoder', anchor: 'prefix-attends-both-ways' }, { lab: 'attention-masks' }]
	},
	'encoder-decoder': {
		name: { en: 'encoder-decoder', zh: '编码器-解码器' },
		definition: {
			en: 'Two stacks with separate weights: an encoder reads the input bidirectionally, a decoder generates the output causally and reads the encoder through cross-attention. The original Transformer, T5 and BART.',
			zh: '两个参数独立的堆叠：编码器双向读取输入，解码器按因果方式生成输出，并通过交叉注意力读取编码器的结果。原始 Transformer、T5 和 BART 都是这种结构。'
		},
		see: [{ slug: 'causal-prefix-encoder-decoder', anchor: 'encoder-decoder' }]
	},
	'cross-attention': {
		name: { en: 'cross-attention', zh: '交叉注意力' },
		definition: {
			en: 'Attention in which queries come from the decoder and keys and values from the final encoder layer; every decoder position may look at every input position.',
			zh: '查询来自解码器、键和值来自编码器最后一层输出的注意力；每个解码器位置都能看到全部输入位置。'
		},
		see: [{ slug: 'causal-prefix-encoder-decoder', anchor: 'encoder-decoder' }]
	},
	'self-attention': {
		name: { en: 'self-attention', zh: '自注意力' },
		definition: {
			en: 'Each token builds a query, a key and a value from itself; its output is a weighted average of the values, weighted by the softmax of query-key dot products over the tokens its mask lets it see.',
			zh: '每个 token 由自身算出查询、键和值；它的输出是各个值的加权平均，权重是查询与掩码允许看到的各个键的点积经 softmax 归一化后的结果。'
		},
		see: [{ slug: 'transformer-architecture', anchor: 'multi-head-attention' }]
	},
	'multi-head-attention': {
		name: { en: 'multi-head attention', zh: '多头注意力' },
		definition: {
			en: 'h attention heads run in parallel, each on its own projection of width d_model/h; their outputs are concatenated and mixed by an output matrix.',
			zh: 'h 个注意力头并行计算，每个头在宽度为 d_model/h 的投影子空间上工作；各头的输出拼接后再乘以输出矩阵混合。'
		},
		see: [{ slug: 'transformer-architecture', anchor: 'multi-head-attention' }]
	},
	'kv-cache': {
		name: { en: 'KV cache', zh: 'KV 缓存' },
		definition: {
			en: 'During generation, the keys and values of tokens already processed are stored so that each new token needs only its own. In a causal model they never change, so the cache can be reused across chat turns.',
			zh: '生成时把已处理 token 的键和值保存下来，每个新 token 只需计算自己的那一份。因果模型里这些键值不会再变，所以多轮对话之间也能复用。'
		},
		see: [
			{ slug: 'why-decoder-only', anchor: 'training-signal-and-kv-cache' },
			{ slug: 'transformer-architecture', anchor: 'attention-cost-and-variants' }
		]
	},
	perplexity: {
		name: { en: 'perplexity', zh: '困惑度' },
		definition: {
			en: 'The exponential of the mean negative log-likelihood per token. A perplexity of 7.4 means the model is, on average, as unsure as a uniform choice among about 7.4 tokens; it depends on the tokenizer.',
			zh: '每个 token 平均负对数似然的指数。困惑度 7.4 表示模型平均而言就像在约 7.4 个 token 中均匀地猜；它的数值依赖于分词器。'
		},
		see: [{ slug: 'training-objective', anchor: 'objective-formula' }]
	},
	'cross-entropy': {
		name: { en: 'cross-entropy', zh: '交叉熵' },
		definition: {
			en: 'The loss a language model minimises: the mean of −log p over the tokens that actually come next. With a one-hot target it is the negative log-likelihood of that token.',
			zh: '语言模型最小化的损失：对实际出现的下一个 token 取 −log p 再求平均。目标是 one-hot 向量时，它就是该 token 的负对数似然。'
		},
		see: [{ slug: 'training-objective', anchor: 'mle-cross-entropy' }]
	},
	'maximum-likelihood': {
		name: { en: 'maximum likelihood', zh: '最大似然' },
		definition: {
			en: 'Choosing the parameters that give the training data the highest probability. For a language model it is the same as minimising cross-entropy, and pulls the model towards the data in KL divergence.',
			zh: '选择使训练数据概率最大的参数。对语言模型而言，它等价于最小化交叉熵，也就是在 KL 散度意义上让模型分布靠近数据分布。'
		},
		see: [{ slug: 'training-objective', anchor: 'mle-cross-entropy' }]
	},
	'teacher-forcing': {
		name: { en: 'teacher forcing', zh: '教师强制（teacher forcing）' },
		definition: {
			en: 'Training that always feeds the true previous tokens, never the model’s own guesses; with a causal mask one forward pass scores every position in parallel.',
			zh: '训练时始终输入真实的前文 token，而不是模型自己的猜测；配合因果掩码，一次前向传播就能并行地给所有位置打分。'
		},
		see: [
			{ slug: 'training-objective', anchor: 'teacher-forcing' },
			{ slug: 'why-decoder-only', anchor: 'teacher-forcing-exposure-bias' }
		]
	},
	'exposure-bias': {
		name: { en: 'exposure bias', zh: '暴露偏差' },
		rejected: { zh: ['曝光偏差'] },
		definition: {
			en: 'The mismatch teacher forcing leaves: trained only on true prefixes, a model generating text conditions on its own outputs, mistakes included, which it never saw in training.',
			zh: '教师强制留下的训练与推理不一致：模型只在真实前文上训练过，生成时却要以自己的输出（包括错误）为条件，而这种情况训练中从未见过。'
		},
		see: [
			{ slug: 'training-objective', anchor: 'exposure-bias' },
			{ slug: 'why-decoder-only', anchor: 'teacher-forcing-exposure-bias' }
		]
	},
	'masked-lm': {
		name: { en: 'masked language modelling', zh: '掩码语言模型' },
		definition: {
			en: 'BERT’s objective: select 15% of the token positions, replace 80% of those with [MASK], 10% with a random token and leave 10% as they are, then predict the original token at each selected position from context on both sides. Only the selected positions carry a loss.',
			zh: 'BERT 的训练目标：随机选出 15% 的 token 位置，其中 80% 换成 [MASK]、10% 换成随机 token、10% 保持不变，再根据两侧上下文预测每个选中位置上的原 token。只有选中的位置计算损失。'
		},
		see: [{ slug: 'training-objective', anchor: 'other-objectives' }]
	},
	sft: {
		name: { en: 'supervised fine-tuning (SFT)', zh: '监督微调（SFT）' },
		definition: {
			en: 'Further next-token training on prompt and response pairs, usually with the loss counted on the response tokens only.',
			zh: '在「提示—回答」对上继续做下一个 token 预测训练，通常只在回答部分的 token 上计算损失。'
		},
		see: [{ slug: 'training-objective', anchor: 'post-training' }]
	},
	rlhf: {
		name: { en: 'RLHF', zh: 'RLHF（基于人类反馈的强化学习）' },
		definition: {
			en: 'Reinforcement learning from human feedback: fit a reward model to human rankings of answers, then optimise the model against it (e.g. with PPO) while a KL penalty keeps it near the SFT model.',
			zh: '基于人类反馈的强化学习：先用人类对回答的排序训练奖励模型，再以它为目标优化语言模型（例如用 PPO），同时用 KL 惩罚让模型不偏离 SFT 模型太远。'
		},
		see: [{ slug: 'training-objective', anchor: 'post-training' }]
	},
	dpo: {
		name: { en: 'DPO', zh: 'DPO（直接偏好优化）' },
		definition: {
			en: 'Direct preference optimisation: fits preference pairs (a preferred and a rejected answer) with a classification-style loss, with no separate reward model and no RL loop.',
			zh: '直接偏好优化：用分类式的损失直接拟合偏好对（一个更好的回答和一个较差的回答），不需要单独的奖励模型，也没有强化学习循环。'
		},
		see: [{ slug: 'training-objective', anchor: 'post-training' }]
	},
	emergence: {
		name: { en: 'emergent ability', zh: '涌现能力' },
		definition: {
			en: 'In Wei et al.’s sense: an ability absent in smaller models and present in larger ones, so that it cannot be predicted by extrapolating the smaller models. It is about scale, not about training time or creativity.',
			zh: '按 Wei 等人的定义：小模型没有、大模型才有的能力，因此无法从小模型的曲线外推出来。它说的是模型规模，而不是训练过程或创造力。'
		},
		see: [{ slug: 'emergence', anchor: 'definition' }]
	},
	'scaling-law': {
		name: { en: 'scaling law', zh: '缩放定律（scaling law）' },
		definition: {
			en: 'An empirical power law relating loss to parameters, data or compute, e.g. L(N) = (N_c/N)^α. Teams use such fits to split a compute budget between model size and data.',
			zh: '损失与参数量、数据量或算力之间的经验幂律关系，例如 L(N) = (N_c/N)^α。团队用这类拟合在模型规模与数据量之间分配算力预算。'
		},
		see: [
			{ slug: 'emergence', anchor: 'toy-model' },
			{ slug: 'why-decoder-only', anchor: 'path-dependence' }
		]
	},
	'exact-match': {
		name: { en: 'exact match', zh: '精确匹配' },
		definition: {
			en: 'A metric that counts an answer only if every token is right. If each of L tokens is right with probability p independently, exact match is p^L, which turns a smooth gain in p into a jump.',
			zh: '只有每个 token 全部正确才算对的评价指标。若 L 个 token 各自以概率 p 独立地正确，精确匹配率就是 p^L，会把 p 的平滑提升变成一次跃升。'
		},
		see: [
			{ slug: 'emergence', anchor: 'metric-artifact' },
			{ slug: 'emergence', anchor: 'toy-model' }
		]
	},
	'brier-score': {
		name: { en: 'Brier score', zh: 'Brier 分数' },
		definition: {
			en: 'The squared error between the probabilities a model gives to the options and the right answer; a continuous replacement for multiple-choice grade.',
			zh: '模型给各选项的概率与正确答案之间的平方误差；是「多项选择得分」的连续替代指标。'
		},
		see: [{ slug: 'emergence', anchor: 'metric-artifact' }]
	},
	grokking: {
		name: { en: 'grokking', zh: '顿悟（Grokking）' },
		definition: {
			en: 'Delayed generalisation: on small algorithmic datasets, validation accuracy jumps long after training accuracy reached 100%. It happens over training steps of one model, not across model sizes.',
			zh: '延迟泛化：在小型算法数据集上，训练准确率早已达到 100% 之后很久，验证准确率才突然跃升。它发生在同一个模型的训练步数上，而不是不同规模的模型之间。'
		},
		see: [{ slug: 'emergence', anchor: 'grokking' }]
	},
	'in-context-learning': {
		name: { en: 'in-context learning (few-shot)', zh: '上下文学习（少样本）' },
		definition: {
			en: 'Doing a task from instructions and a few examples placed in the prompt, with no gradient updates; shown at scale by GPT-3.',
			zh: '仅凭提示里的说明和几个示例完成任务，不做任何梯度更新；GPT-3 在大规模上展示了这种能力。'
		},
		see: [
			{ slug: 'model-families', anchor: 'a-2018-2019-snapshot' },
			{ slug: 'why-decoder-only', anchor: 'path-dependence' }
		]
	},
	'chain-of-thought': {
		name: { en: 'chain of thought', zh: '思维链' },
		definition: {
			en: 'Prompting a model to write out intermediate reasoning steps before its answer; on GSM8K it helped only beyond a certain model scale.',
			zh: '提示模型在给出答案前先写出中间推理步骤；在 GSM8K 上，它只有在模型规模超过一定程度后才有帮助。'
		},
		see: [{ slug: 'emergence', anchor: 'definition' }]
	},
	tokenizer: {
		name: { en: 'tokenizer (BPE)', zh: '分词器（BPE）' },
		definition: {
			en: 'Splits text into subword tokens and maps them to integer ids, usually by byte-pair encoding, which merges frequent pairs of symbols into new tokens.',
			zh: '把文本切成子词 token 并映射为整数 id，通常采用字节对编码（BPE）：反复把高频相邻符号对合并成新的 token。'
		},
		see: [{ slug: 'transformer-architecture', anchor: 'decoder-only-pipeline' }]
	},
	'residual-connection': {
		name: { en: 'residual connection', zh: '残差连接' },
		definition: {
			en: 'Each sublayer adds its output to its input instead of replacing it; this keeps deep stacks trainable.',
			zh: '每个子层把输出加到输入上，而不是替换输入；这让很深的网络也能训练。'
		},
		see: [{ slug: 'transformer-architecture', anchor: 'decoder-only-pipeline' }]
	},
	'pre-norm': {
		name: { en: 'pre-norm', zh: '前置归一化（pre-norm）' },
		definition: {
			en: 'Normalising the input of each sublayer rather than the sum after the residual addition (post-norm); it trains more stably and is standard in LLMs.',
			zh: '对每个子层的输入做归一化，而不是在残差相加之后归一化（后置归一化）；训练更稳定，是大模型的常规做法。'
		},
		see: [{ slug: 'transformer-architecture', anchor: 'modern-block-components' }]
	},
	rmsnorm: {
		name: { en: 'RMSNorm', zh: 'RMSNorm' },
		definition: {
			en: 'A normalisation that only rescales by the root mean square, dropping LayerNorm’s mean subtraction and bias; cheaper for similar quality.',
			zh: '只按均方根缩放的归一化，去掉了 LayerNorm 的减均值和偏置；计算更省，效果相近。'
		},
		see: [{ slug: 'transformer-architecture', anchor: 'modern-block-components' }]
	},
	swiglu: {
		name: { en: 'SwiGLU', zh: 'SwiGLU' },
		definition: {
			en: 'A gated feed-forward layer, (Swish(xW₁) ⊙ xV)W₂, with three weight matrices; it replaces the ReLU layer of 2017 in LLaMA and many others.',
			zh: '带门控的前馈层 (Swish(xW₁) ⊙ xV)W₂，有三个权重矩阵；在 LLaMA 等模型中取代了 2017 年的 ReLU 前馈层。'
		},
		see: [{ slug: 'transformer-architecture', anchor: 'modern-block-components' }]
	},
	rope: {
		name: { en: 'RoPE (rotary position embedding)', zh: 'RoPE（旋转位置编码）' },
		definition: {
			en: 'Rotates each query and key by angles proportional to its position, so that position enters their dot product only through the relative offset.',
			zh: '按位置成比例的角度旋转每个查询和键向量，使位置信息只以相对距离的形式进入它们的点积。'
		},
		see: [{ slug: 'transformer-architecture', anchor: 'modern-block-components' }]
	},
	gqa: {
		name: { en: 'GQA / MQA', zh: 'GQA / MQA（分组 / 多查询注意力）' },
		definition: {
			en: 'Grouped-query attention lets a group of query heads share one key/value head; multi-query attention shares one for all. Both shrink the KV cache.',
			zh: '分组查询注意力让一组查询头共用一个键/值头；多查询注意力让所有查询头共用一个。两者都能缩小 KV 缓存。'
		},
		see: [{ slug: 'transformer-architecture', anchor: 'attention-cost-and-variants' }]
	},
	'sliding-window-attention': {
		name: { en: 'sliding-window attention', zh: '滑动窗口注意力' },
		definition: {
			en: 'Each token attends only to the most recent w positions, itself included (position i sees i − w + 1 to i, as in Hugging Face’s implementation and this site’s figure; the Mistral paper writes i − W to i), so cost grows as n·w instead of n²; Mistral 7B uses W = 4096.',
			zh: '每个 token 只关注包括自己在内的最近 w 个位置（位置 i 看 i − w + 1 到 i，与 Hugging Face 的实现和本站的图一致；Mistral 论文写作 i − W 到 i），计算量随 n·w 增长而不是 n²；Mistral 7B 取 W = 4096。'
		},
		see: [{ slug: 'transformer-architecture', anchor: 'attention-cost-and-variants' }, { lab: 'attention-masks' }]
	},
	moe: {
		name: { en: 'mixture of experts (MoE)', zh: '混合专家（MoE）' },
		definition: {
			en: 'The feed-forward block is split into several experts and a router sends each token to a few of them, so far fewer parameters are active per token than the model holds.',
			zh: '把前馈层拆成多个专家，由路由器把每个 token 分给其中少数几个，因此每个 token 激活的参数远少于模型总参数。'
		},
		see: [
			{ slug: 'transformer-architecture', anchor: 'attention-cost-and-variants' },
			{ slug: 'model-families', anchor: 'families-by-architecture' }
		]
	},
	token: {
		name: { en: 'token', zh: 'token' },
		rejected: { zh: ['词元', '记号', '令牌'] },
		definition: {
			en: 'The unit a language model reads and predicts: a piece of text (a word, part of a word, a character or some bytes) that the tokenizer maps to an integer id. Losses, context lengths and caches are counted in tokens.',
			zh: '语言模型读入和预测的基本单位：分词器切出的一段文本（一个词、词的一部分、一个字符或几个字节），映射为一个整数 id。损失、上下文长度和缓存都按 token 计。本站中文直接写作 token。'
		},
		see: [
			{ slug: 'transformer-architecture', anchor: 'decoder-only-pipeline' },
			{ slug: 'training-objective', anchor: 'objective-formula' }
		]
	},
	'lm-head': {
		name: { en: 'LM head', zh: 'LM head' },
		rejected: { zh: ['语言模型头'] },
		definition: {
			en: 'The last layer of a language model: a d × V projection that gives every vocabulary entry a score (logit) at each position; a softmax turns the scores into next-token probabilities. Some models share its weights with the token embeddings.',
			zh: '语言模型的最后一层：一个 d × V 的投影，在每个位置给词表里的每一项一个分数（logit），softmax 之后就是下一个 token 的概率。有的模型让它与词嵌入共享权重。'
		},
		see: [{ slug: 'transformer-architecture', anchor: 'decoder-only-pipeline' }, { lab: 'architecture' }]
	},
	stack: {
		name: { en: 'stack (of layers)', zh: '堆叠' },
		rejected: { zh: ['堆栈'] },
		definition: {
			en: 'Identical blocks applied one after another, each reading the previous block’s output. A decoder-only model is one stack; an encoder-decoder has two, with separate weights.',
			zh: '一个接一个地应用的相同的块，每块读取上一块的输出。仅解码器模型只有一个堆叠；编码器-解码器有两个，参数各自独立。'
		},
		see: [
			{ slug: 'transformer-architecture', anchor: 'decoder-only-pipeline' },
			{ slug: 'causal-prefix-encoder-decoder', anchor: 'encoder-decoder' }
		]
	},
	'multiple-choice-grade': {
		name: { en: 'multiple-choice grade', zh: '多项选择得分' },
		rejected: { zh: ['多选题得分'] },
		definition: {
			en: 'Scores a multiple-choice question 1 if the option the model rates highest is the right one and 0 if not: a discontinuous metric, which can turn a smooth improvement into a jump.',
			zh: '给多选题打分：模型评分最高的选项正确得 1，否则得 0。这是不连续的指标，可能把平滑的进步变成一次跳变。'
		},
		see: [{ slug: 'emergence', anchor: 'metric-artifact' }, { lab: 'emergence' }]
	},
	'greedy-decoding': {
		name: { en: 'greedy decoding', zh: '贪心解码' },
		rejected: { zh: ['贪婪'] },
		definition: {
			en: 'Taking the single most probable token at each step: deterministic, the least diverse, and chosen at inference time, not in training.',
			zh: '每一步都取概率最高的那个 token：结果确定、多样性最低，而且是在推理时选择的，与训练无关。'
		},
		see: [{ slug: 'why-decoder-only', anchor: 'decoding-is-inference-time' }]
	},
	'open-weights': {
		name: { en: 'open weights', zh: '开放权重' },
		definition: {
			en: 'The trained parameters can be downloaded. That is narrower than open source, which would also need the training data information, the code and permissive terms.',
			zh: '训练好的参数可以下载。这比开源的含义窄得多：开源还要求公开训练数据信息、代码，并允许自由使用和修改。'
		},
		see: [{ slug: 'model-families', anchor: 'open-weights-vs-open-source' }]
	}
} as const satisfies Record<string, GlossaryTerm>;

export type TermId = keyof typeof GLOSSARY;

export function isTermId(id: string): id is TermId {
	return Object.hasOwn(GLOSSARY, id);
}

/** The entry for an id; throws on an unknown id, which fails the prerender (and so the build). */
export function glossaryTerm(id: string): GlossaryTerm {
	if (!isTermId(id)) throw new Error(`Unknown glossary term "${id}": add it to src/lib/glossary/terms.ts`);
	return GLOSSARY[id];
}

/** Terms in the order the glossary page lists them: alphabetical in English, by pinyin-free code point order in Chinese
 * would be meaningless, so both languages share the English order. */
export const TERM_IDS = (Object.keys(GLOSSARY) as TermId[]).sort((a, b) =>
	GLOSSARY[a].name.en.localeCompare(GLOSSARY[b].name.en, 'en')
);

/** The site path (without base) a link points to. */
export function termLinkPath(lang: Lang, link: TermLink): string {
	return 'lab' in link ? `/${lang}/lab/${link.lab}/` : `/${lang}/${link.slug}/${link.anchor ? `#${link.anchor}` : ''}`;
}
