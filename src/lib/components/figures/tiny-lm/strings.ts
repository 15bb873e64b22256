// The tiny-LM figure's labels, in both languages (zh is checked against en's keys by the type system).
import { formatCount } from '$lib/format/numbers';
import type { Lang } from '$lib/i18n/langs';
import type { DecodeRule } from '$lib/lm/decoding';
import type { Objective } from '$lib/lm/objectives';
import type { CorpusId } from '$lib/lm/settings';

const en = {
	figureTitle: 'A tiny language model, trained in your browser',
	intro:
		'A bigram model: one table of scores, a row per character, whose softmax gives p(next character | this character). It is trained by gradient descent on the cross-entropy the page writes down, and maximum likelihood says exactly where it should end: at the counting estimate count(ab) / count(a).',
	needsJs: 'Training needs JavaScript. Shown here: the untrained model, whose every next-character distribution is close to uniform.',
	unsupported: 'This browser cannot run Web Workers, so the model cannot be trained here without freezing the page. The untrained model is shown.',
	workerError: 'Training stopped because of an error in the worker. Reload the page to try again.',
	loading: 'Loading the corpus…',
	trainingGroup: 'Training',
	corpusLabel: 'Corpus',
	pasteLabel: 'Your text',
	pasteHelp: 'Paste or type any text (up to 20,000 characters). Changing it restarts training.',
	pasteCut: 'The text was longer than 20,000 characters; only the first 20,000 are used.',
	pasteNotInLink: 'This text is longer than 2,000 characters, so a link cannot carry it; the link keeps the other settings.',
	problemEmpty: 'There is no text to train on: the text is empty or only spaces.',
	problemShort: 'One character is not enough: a bigram model needs at least two to see one pair.',
	optimiserLabel: 'Optimiser',
	lrLabel: 'Learning rate',
	batchLabel: 'Batch',
	batchFull: 'all pairs',
	batchPairs: (n: number) => `${n} pairs`,
	seedLabel: 'Seed',
	restartNote: 'Changing corpus, optimiser, learning rate, batch or seed restarts training. A link keeps these settings and the seed, so training again gives the same curve; it does not keep the training progress.',
	start: 'Train',
	pause: 'Pause',
	step: 'One step',
	step10: '10 steps',
	reset: 'Reset',
	unitLabel: 'Loss in',
	corpusStats: (chars: number, V: number, train: number, held: number) =>
		`${formatCount(chars, 'en')} characters, vocabulary V = ${V} (including the start token), ${formatCount(train, 'en')} training pairs, ${formatCount(held, 'en')} held-out pairs (the last 10%).`,
	vocabCut: (cut: number, kept: number) => `The ${cut} rarest characters share one <unk> token, so the table stays ${kept} × ${kept}.`,
	stepLabel: 'Step',
	trainLoss: 'Training loss',
	heldLoss: 'Held-out loss',
	perplexity: 'perplexity',
	klLabel: 'Divergence from the counting estimate',
	klHelp: 'Σ_a (count(a)/N) · KL(counting estimate ‖ model) over the training text, in the unit chosen. Maximum likelihood drives it to 0.',
	floorLabel: 'Lowest possible training loss (counting estimate’s entropy)',
	speed: (n: number) => `${Math.round(n)} steps per second`,
	curveTitle: 'Loss over training steps',
	curveSummary: (step: number, train: string, held: string, kl: string) => `After ${step} steps: training loss ${train}, held-out loss ${held}, divergence ${kl}.`,
	curveEmpty: 'Press Train to draw the curve.',
	earlyStopped: (at: number, patience: number, best: number, loss: string) =>
		`Training stopped by itself at step ${at}: the held-out loss has not improved for ${patience} steps (early stopping). Its best, ${loss}, was at step ${best}. Press Train to go on anyway and watch it climb.`,
	heldRises: (patience: number) =>
		`Why the held-out loss can rise while the training loss falls: the model learns the training text’s character pairs ever more exactly (overfitting). A pair that the held-out text has but the training text has rarely or never seen gets a probability that keeps shrinking, so its −log p keeps growing, past even ln V, the loss of a model that guesses uniformly. So training stops by itself once the held-out loss has not improved for ${patience} steps.`,
	seriesTrain: 'training',
	seriesHeld: 'held-out',
	seriesKl: 'divergence',
	seriesFloor: 'floor',
	xAxis: 'step',
	showCurveTable: 'Show the curve as a table',
	contextTitle: 'Pick a context: the next character',
	contextLabel: 'Context character',
	startToken: 'start of a line',
	contextMissing: (c: string) => `“${c}” is not in this corpus; showing the most frequent character instead.`,
	barsBefore: 'untrained',
	barsNow: 'model now',
	barsCount: 'counting estimate',
	contextCount: (n: number) => `This context occurs ${n} times in the training text.`,
	barsCaption: (c: string) => `p(next | ${c}): the ten most likely next characters under the counting estimate`,
	token: 'next',
	objectiveTitle: 'Which positions count in the loss',
	objectiveLabel: 'Objective',
	sentenceLabel: 'Sentence',
	sentenceHelp: 'Up to 80 characters. The same sentence is scored under each objective by the model above.',
	prefixLabel: 'Prefix / prompt length',
	contributing: (k: number, n: number) => `${k} of ${n} positions contribute a loss term.`,
	totals: (total: string, mean: string, ppl: string) => `Total cross-entropy ${total}; mean ${mean} per position; perplexity ${ppl}.`,
	noTerms: 'No position contributes here, so there is no loss to report.',
	unscored: 'Characters not in the corpus (–) cannot be scored by this model and are left out of the totals.',
	modelInput: 'What the model is given',
	modelTarget: 'What it must output',
	standIn:
		'Our model reads only the previous character, so the −log p shown at every position is its next-character probability. A real masked or span-corruption model would also see the text to the right.',
	spanSentinels: (n: number) => `The target also contains ${n} sentinel tokens (one before each span, one at the end); this character model cannot score them, so the totals cover the span characters.`,
	sameAsPrefix: 'Instruction tuning counts the same positions as a prefix LM here: only the answer. The difference is attention: the prompt is read causally, not bidirectionally.',
	masksLink: 'See this prefix in the attention-mask lab →',
	nllHeader: '−log p',
	cellText: (char: string, target: boolean, nll: string) => `“${char}”: ${target ? 'counts in the loss' : 'not counted'}, −log p = ${nll}`,
	decodeTitle: 'Decoding: from a distribution to a character',
	ruleLabel: 'Rule',
	temperatureLabel: 'Temperature T',
	kLabel: 'k',
	pLabel: 'Probability mass p',
	barsModel: 'model',
	barsDecoded: 'after the rule',
	kept: (n: number) => `The rule leaves ${n} possible next characters.`,
	sampleAgain: 'Sample again',
	drawLabel: (n: number) => `Draw ${n + 1} with this seed`,
	forcingTitle: 'Teacher forcing versus free running',
	forcingHelp:
		'Left: training. The model is given the true previous character at every position and scored on the true next one, all positions at once. Right: generation. It is given only the start and must continue from its own samples, so one unlikely pick changes every later context.',
	forcedLabel: 'Teacher forcing: the model’s top guess given the true text',
	freeLabel: 'Free running: the model continues from its own samples',
	trueLabel: 'True text',
	guessLabel: 'Top guesses (underlined: right)',
	guessMatches: (k: number, n: number) => `The top guess is right at ${k} of ${n} positions.`,
	barLabel: (token: string, p: string) => `${token}: ${p}`
};

export type LmStrings = typeof en;

const zh: LmStrings = {
	figureTitle: '在你的浏览器里训练一个极小的语言模型',
	intro:
		'这是一个二元（bigram）模型：一张分数表，每个字符一行，对一行做 softmax 就得到 p(下一个字符 | 当前字符)。它用梯度下降最小化本页写出的交叉熵；而最大似然理论精确地告诉我们它最终应该停在哪里：计数估计 count(ab) / count(a)。',
	needsJs: '训练需要 JavaScript。这里显示的是未训练的模型：它对下一个字符的每个分布都接近均匀分布。',
	unsupported: '此浏览器无法运行 Web Worker，因此无法在不冻结页面的情况下训练模型。这里显示未训练的模型。',
	workerError: 'Worker 出错，训练已停止。请重新加载页面再试。',
	loading: '正在加载语料……',
	trainingGroup: '训练',
	corpusLabel: '语料',
	pasteLabel: '你的文本',
	pasteHelp: '粘贴或输入任意文本（最多 20,000 个字符）。修改它会重新开始训练。',
	pasteCut: '文本超过 20,000 个字符，只使用前 20,000 个。',
	pasteNotInLink: '这段文本超过 2,000 个字符，链接装不下它；链接只保留其他设置。',
	problemEmpty: '没有可训练的文本：文本为空或只有空白。',
	problemShort: '一个字符不够：二元模型至少需要两个字符才能看到一对。',
	optimiserLabel: '优化器',
	lrLabel: '学习率',
	batchLabel: '批大小',
	batchFull: '全部字符对',
	batchPairs: (n: number) => `${n} 对`,
	seedLabel: '随机种子',
	restartNote: '修改语料、优化器、学习率、批大小或种子都会重新开始训练。链接会保存这些设置和种子，所以重新训练会得到同样的曲线；链接不保存训练进度。',
	start: '训练',
	pause: '暂停',
	step: '走一步',
	step10: '走 10 步',
	reset: '重置',
	unitLabel: '损失单位',
	corpusStats: (chars: number, V: number, train: number, held: number) =>
		`${formatCount(chars, 'zh')} 个字符，词表大小 V = ${V}（含起始符），${formatCount(train, 'zh')} 个训练字符对，${formatCount(held, 'zh')} 个留出字符对（最后 10%）。`,
	vocabCut: (cut: number, kept: number) => `最少见的 ${cut} 个字符共用一个 <unk> token，所以分数表保持为 ${kept} × ${kept}。`,
	stepLabel: '步数',
	trainLoss: '训练损失',
	heldLoss: '留出损失',
	perplexity: '困惑度',
	klLabel: '与计数估计的散度',
	klHelp: '在训练文本上计算 Σ_a (count(a)/N) · KL(计数估计 ‖ 模型)，单位同上。最大似然会把它推向 0。',
	floorLabel: '训练损失的下限（计数估计的熵）',
	speed: (n: number) => `每秒 ${Math.round(n)} 步`,
	curveTitle: '损失随训练步数的变化',
	curveSummary: (step: number, train: string, held: string, kl: string) => `训练 ${step} 步后：训练损失 ${train}，留出损失 ${held}，散度 ${kl}。`,
	curveEmpty: '按「训练」开始画曲线。',
	earlyStopped: (at, patience, best, loss) =>
		`训练在第 ${at} 步自动停止：留出集损失已经 ${patience} 步没有改善（早停）。最好的一次是第 ${best} 步的 ${loss}。按「训练」可以继续，看它如何回升。`,
	heldRises: (patience) =>
		`为什么训练损失还在下降，留出集损失却会上升：模型把训练文本里的字符对学得越来越精确（过拟合）。留出文本里有、而训练文本里很少或从未出现的字符对，分到的概率越来越小，它的 −log p 就越来越大，甚至超过 ln V，即均匀猜测的模型的损失。所以留出集损失 ${patience} 步没有改善时，训练会自动停止。`,
	seriesTrain: '训练',
	seriesHeld: '留出',
	seriesKl: '散度',
	seriesFloor: '下限',
	xAxis: '步数',
	showCurveTable: '以表格显示曲线',
	contextTitle: '选一个上下文：看下一个字符',
	contextLabel: '上下文字符',
	startToken: '行首',
	contextMissing: (c: string) => `「${c}」不在这份语料里；改为显示最常见的字符。`,
	barsBefore: '未训练',
	barsNow: '当前模型',
	barsCount: '计数估计',
	contextCount: (n: number) => `这个上下文在训练文本中出现 ${n} 次。`,
	barsCaption: (c: string) => `p(下一个 | ${c})：计数估计下最可能的十个下一个字符`,
	token: '下一个',
	objectiveTitle: '哪些位置计入损失',
	objectiveLabel: '训练目标',
	sentenceLabel: '句子',
	sentenceHelp: '最多 80 个字符。同一个句子在每种目标下都由上面的模型打分。',
	prefixLabel: '前缀 / 提示长度',
	contributing: (k: number, n: number) => `${n} 个位置中有 ${k} 个贡献损失项。`,
	totals: (total: string, mean: string, ppl: string) => `交叉熵总和 ${total}；每个位置平均 ${mean}；困惑度 ${ppl}。`,
	noTerms: '这里没有位置贡献损失，所以没有可报告的损失。',
	unscored: '不在语料中的字符（–）无法由这个模型打分，不计入总和。',
	modelInput: '模型看到的输入',
	modelTarget: '模型要输出的目标',
	standIn: '我们的模型只看前一个字符，所以每个位置显示的 −log p 都是它对下一个字符的概率。真正的掩码语言模型或片段破坏模型还会看到右边的文本。',
	spanSentinels: (n: number) => `目标里还有 ${n} 个哨兵 token（每个片段前一个，末尾一个）；这个字符模型无法为它们打分，所以总和只包括片段里的字符。`,
	sameAsPrefix: '在这里，指令微调与前缀语言模型计入的位置相同：只有回答部分。区别在注意力：提示部分是按因果方式读的，而不是双向的。',
	masksLink: '在注意力掩码实验室中查看这个前缀 →',
	nllHeader: '−log p',
	cellText: (char: string, target: boolean, nll: string) => `「${char}」：${target ? '计入损失' : '不计入'}，−log p = ${nll}`,
	decodeTitle: '解码：从分布到一个字符',
	ruleLabel: '规则',
	temperatureLabel: '温度 T',
	kLabel: 'k',
	pLabel: '概率质量 p',
	barsModel: '模型',
	barsDecoded: '应用规则后',
	kept: (n: number) => `规则之后还剩 ${n} 个可能的下一个字符。`,
	sampleAgain: '再采样一次',
	drawLabel: (n: number) => `此种子下的第 ${n + 1} 次采样`,
	forcingTitle: '教师强制与自由生成',
	forcingHelp:
		'左边是训练：每个位置都给模型真实的前一个字符，并按真实的下一个字符打分，所有位置同时进行。右边是生成：只给模型开头，之后它必须接着自己的采样往下写，所以一次不太可能的选择会改变之后的每一个上下文。',
	forcedLabel: '教师强制：给定真实文本时模型的首选猜测',
	freeLabel: '自由生成：模型接着自己的采样继续写',
	trueLabel: '真实文本',
	guessLabel: '首选猜测（带下划线的猜对了）',
	guessMatches: (k: number, n: number) => `首选猜测在 ${n} 个位置中猜对了 ${k} 个。`,
	barLabel: (token: string, p: string) => `${token}：${p}`
};

export const LM_STRINGS: Record<Lang, LmStrings> = { en, zh };

export const CORPUS_NAMES: Record<Lang, Record<CorpusId, string>> = {
	en: { zh: 'The seed’s answers (Chinese)', en: 'Their English translation', paste: 'Your own text' },
	zh: { zh: '原始回答（中文）', en: '回答的英文翻译', paste: '你自己的文本' }
};

export const OBJECTIVE_NAMES: Record<Lang, Record<Objective, string>> = {
	en: { causal: 'Causal LM', prefix: 'Prefix LM', masked: 'Masked LM (BERT)', span: 'Span corruption (T5)', instruction: 'Instruction tuning' },
	zh: { causal: '因果语言模型', prefix: '前缀语言模型', masked: '掩码语言模型（BERT）', span: '片段破坏（T5）', instruction: '指令微调' }
};

export const OBJECTIVE_DESCRIPTIONS: Record<Lang, Record<Objective, string>> = {
	en: {
		causal: 'Every position is a target: the model predicts each character from the ones before it.',
		prefix: 'The prefix is context only (read bidirectionally); only the positions after it are targets.',
		masked: 'BERT selects 15% of positions (80% become [MASK], 10% a random token, 10% stay); only those are targets.',
		span: 'T5 drops spans covering about 15% of the text (mean length 3), each replaced by one sentinel; the target is the dropped spans.',
		instruction: 'Supervised fine-tuning: the prompt’s tokens are excluded from the loss; only the answer is trained on.'
	},
	zh: {
		causal: '每个位置都是目标：模型根据前面的字符预测每一个字符。',
		prefix: '前缀只作为上下文（双向读取）；只有前缀之后的位置是目标。',
		masked: 'BERT 选出 15% 的位置（其中 80% 换成 [MASK]，10% 换成随机 token，10% 不变）；只有这些位置是目标。',
		span: 'T5 删去约占文本 15% 的片段（平均长度 3），每个片段换成一个哨兵 token；目标就是被删去的片段。',
		instruction: '监督微调：提示部分的 token 不计入损失，只在回答部分上训练。'
	}
};

export const RULE_NAMES: Record<Lang, Record<DecodeRule, string>> = {
	en: { greedy: 'Greedy', temperature: 'Temperature', 'top-k': 'Top-k', 'top-p': 'Top-p (nucleus)' },
	zh: { greedy: '贪心', temperature: '温度', 'top-k': 'Top-k', 'top-p': 'Top-p（核采样）' }
};

export const RULE_DESCRIPTIONS: Record<Lang, Record<DecodeRule, string>> = {
	en: {
		greedy: 'Always the most probable character (the lower id on a tie). Not sampling at all: the same context always gives the same character.',
		temperature: 'Divides the log-probabilities by T before the softmax: below 1 sharpens the distribution, above 1 flattens it.',
		'top-k': 'Keeps the k most probable characters (after temperature) and renormalises.',
		'top-p': 'Keeps the smallest set of most probable characters whose probabilities add up to at least p, and renormalises (Holtzman et al., 2019).'
	},
	zh: {
		greedy: '总是选概率最大的字符（并列时选编号小的）。这根本不是采样：同一个上下文永远给出同一个字符。',
		temperature: '在 softmax 之前把对数概率除以 T：小于 1 让分布更尖，大于 1 让分布更平。',
		'top-k': '保留（应用温度后）概率最大的 k 个字符，再重新归一化。',
		'top-p': '保留概率之和至少为 p 的最小一组最可能字符，再重新归一化（Holtzman 等，2019）。'
	}
};

export const UNIT_NAMES: Record<Lang, Record<'nats' | 'bits', string>> = {
	en: { nats: 'nats', bits: 'bits' },
	zh: { nats: '奈特 (nats)', bits: '比特 (bits)' }
};

