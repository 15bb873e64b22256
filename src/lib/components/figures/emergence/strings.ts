// Every word the emergence figure shows, in both languages.
import type { Lang } from '$lib/i18n/langs';
import type { PresetFacts, SettingsFacts } from '$lib/emergence/captions';
import type { FigureMessage } from '$lib/emergence/figure';
import { formatValue } from '$lib/format/numbers';
import type { Metric, Mode, PresetId, SettingProblem, SizeSet } from '$lib/emergence/settings';
import { problemText } from '$lib/url/problem-text';

export const METRIC_NAMES: Record<Lang, Record<Metric, string>> = {
	en: {
		em: 'Exact match',
		ted: 'Token edit distance',
		mc: 'Multiple-choice grade',
		brier: 'Brier score',
		p: 'Per-token probability',
		ll: 'Log-likelihood (nats)'
	},
	zh: {
		em: '精确匹配',
		ted: 'token 编辑距离',
		mc: '多项选择得分',
		brier: 'Brier 分数',
		p: '单个 token 的概率',
		ll: '对数似然（nats）'
	}
};

/** What each metric is, in one sentence, under the metric choice. */
export const METRIC_NOTES: Record<Lang, Record<Metric, string>> = {
	en: {
		em: 'The answer counts only if all L tokens are right: p^L. Discontinuous in spirit: all or nothing.',
		ted: 'How many of the L tokens are wrong, on average: L (1 − p). Continuous; lower is better.',
		mc: 'Each question scores 1 if the model’s top choice is the right one, else 0. A model that cannot tell the options apart picks one at random, so this toy draws its expected grade, 1/k. A step.',
		brier: 'Squared error of the probabilities over the k options. Continuous; lower is better.',
		p: 'The probability of the right next token, exp(−CE). What actually improves smoothly.',
		ll: 'Log-probability of the whole right answer, L ln p = −L · CE. Continuous.'
	},
	zh: {
		em: '只有 L 个 token 全部正确才算对：p^L。本质上是全对或全错。',
		ted: '平均有几个 token 错了：L (1 − p)。连续指标，越低越好。',
		mc: '每道题：模型最看好的选项正确得 1，否则得 0。分不清各选项的模型只能随机挑一个，所以这个玩具模型画的是它的期望得分 1/k。是一个台阶。',
		brier: 'k 个选项上概率的平方误差。连续指标，越低越好。',
		p: '下一个 token 正确的概率 exp(−CE)。真正平滑变好的就是它。',
		ll: '整个正确答案的对数概率 L ln p = −L · CE。连续指标。'
	}
};

export const PRESET_NAMES: Record<Lang, Record<PresetId, string>> = {
	en: {
		metric: '1 · Same model, different metric',
		subtasks: '2 · A task of sub-tasks',
		grokking: '3 · Grokking',
		figure2: 'Schaeffer et al., Figure 2',
		'test-set': 'Too small a test set'
	},
	zh: {
		metric: '1 · 同一模型，换个指标',
		subtasks: '2 · 由子任务组成的任务',
		grokking: '3 · 顿悟（grokking）',
		figure2: '复现 Schaeffer 等人的图 2',
		'test-set': '测试集太小'
	}
};

/** A score as the captions quote it: three significant digits, ∞ for a single jump. */
const sc = (x: number) => formatValue(x, 3);

/** Each preset's caption, written from the numbers it quotes (computed from what the preset draws, in captions.ts).
 * What each says is listed as checkable claims in PRESET_CLAIMS; captions.test.ts holds the two together. */
export const PRESET_TEXT: Record<Lang, Record<PresetId, (f: PresetFacts) => string>> = {
	en: {
		metric: (f) =>
			`The seed’s first cause: one model family whose per-token loss falls smoothly, evaluated at one size per decade (${f.models} models). Scored by exact match it sits near 0 and then shoots up (emergence score ${sc(f.scores.em)}); multiple-choice grade jumps from chance to 1 in a single step. Scored by token edit distance or per-token probability, the same models improve steadily (${sc(f.scores.ted)} and ${sc(f.scores.p)}, close to the ${f.models - 1} of a straight line through ${f.models} models). The Brier score is no cure at these sizes: this toy gives every model whose p is at or below 1/k chance-level probabilities, so the ${f.brierFlat} smallest models sit flat at chance and its score (${sc(f.scores.brier)}) is higher than exact match’s.`,
		subtasks: (f) =>
			`The seed’s second cause. Each sub-task’s success rate rises smoothly with size (thin lines). The task succeeds only if every sub-task does, so its rate is their product (thick line). On this log axis the average of the sub-tasks (dashed) is an S-curve too, as any smooth rise is; the product is steeper: it stays near zero longer, then climbs faster (emergence score ${sc(f.task)}, the mean’s ${sc(f.mean)}). This is the p^L mechanism again, with sub-tasks in place of tokens.`,
		grokking: () =>
			'The seed’s third cause, on the axis where grokking was actually observed: training steps of one small model on a small dataset (Power et al., 2022). Training accuracy reaches 100% early; held-out accuracy stays at chance and jumps much later, and later still with less training data. Emergence is about comparing models of different sizes after training, so grokking is at most an analogy for it. The curve shapes here are illustrative, not fitted.',
		figure2: (f) =>
			`The toy of Schaeffer et al. (2023), Figure 2: CE(N) = (N / 2·10⁹)^−0.5, answers of 5 tokens, two choices, four model sizes. Exact match jumps (emergence score ${sc(f.scores.em)}); multiple-choice grade jumps in one step, from chance for the two smallest models to 1. Token edit distance (${sc(f.scores.ted)}) and the Brier score (${sc(f.scores.brier)}) change more evenly. The table lists every metric at the four sizes.`,
		'test-set': (f) =>
			`Schaeffer et al. also name too little test data: with 100 questions the smallest accuracy a benchmark can report above zero is 1%, so ${f.zeros} of the smaller models score exactly 0 and the curve seems to start from nothing. Raise the test-set size or resample.`
	},
	zh: {
		metric: (f) =>
			`原文的第一个原因：同一个模型家族，每个 token 的损失随规模平滑下降，每个数量级评测一个模型（共 ${f.models} 个）。用精确匹配打分，分数先贴近 0，然后飙升（涌现分数 ${sc(f.scores.em)}）；多项选择得分一步就从随机水平跳到 1。用 token 编辑距离或单个 token 的概率打分，同一批模型稳步变好（${sc(f.scores.ted)} 和 ${sc(f.scores.p)}，接近一条穿过 ${f.models} 个模型的直线所得的 ${f.models - 1}）。在这些规模上 Brier 分数并不能消除跳变：这个玩具模型让 p 不超过 1/k 的模型给出随机水平的概率，所以最小的 ${f.brierFlat} 个模型都平躺在随机水平上，它的分数（${sc(f.scores.brier)}）反而高于精确匹配。`,
		subtasks: (f) =>
			`原文的第二个原因。每个子任务的成功率都随规模平滑上升（细线）。只有所有子任务都成功，整个任务才成功，所以任务成功率是它们的乘积（粗线）。在这条对数横轴上，子任务的平均成功率（虚线）同样是一条 S 形曲线，任何平滑的上升都是如此；乘积更陡：它贴近零的时间更长，随后爬升更快（涌现分数 ${sc(f.task)}，平均值为 ${sc(f.mean)}）。这其实还是 p^L 的机制，只是把 token 换成了子任务。`,
		grokking: () =>
			'原文的第三个原因，放在 grokking 真正被观察到的坐标轴上：一个小模型在一个小数据集上的训练步数（Power 等，2022）。训练准确率很早就到 100%；留出集准确率长期停在随机水平，很久以后才跳上去，训练数据越少跳得越晚。涌现比较的是训练完成后不同规模的模型，所以 grokking 至多只是一个类比。这里的曲线形状仅作示意，并非拟合结果。',
		figure2: (f) =>
			`Schaeffer 等（2023）图 2 的玩具模型：CE(N) = (N / 2·10⁹)^−0.5，答案 5 个 token，两个选项，四个模型规模。精确匹配出现跳变（涌现分数 ${sc(f.scores.em)}）；多项选择得分一步跳变：最小的两个模型处于随机水平，之后直接到 1。token 编辑距离（${sc(f.scores.ted)}）和 Brier 分数（${sc(f.scores.brier)}）的变化更均匀。表格列出这四个规模下的各项指标。`,
		'test-set': (f) =>
			`Schaeffer 等人还指出测试数据太少也会造成跳变：只有 100 道题时，基准能报告的最小非零准确率是 1%，于是较小的模型中有 ${f.zeros} 个得分恰好为 0，曲线看上去像是从无到有。调大测试集或重新抽样试试。`
	}
};

/** The same choice in grokking, where the points are checkpoints of one model (4, 6 or 51 of them). */
export const CHECKPOINT_NAMES: Record<Lang, Record<SizeSet, string>> = {
	en: { paper: '4 checkpoints', few: 'One per decade of steps', dense: 'Ten per decade of steps' },
	zh: { paper: '4 个检查点', few: '每个数量级步数 1 个', dense: '每个数量级步数 10 个' }
};

export const MODE_NAMES: Record<Lang, Record<Mode, string>> = {
	en: { scale: 'One task, many sizes', subtasks: 'Sub-tasks', grokking: 'Grokking (training steps)' },
	zh: { scale: '一个任务，多种规模', subtasks: '子任务', grokking: 'Grokking（训练步数）' }
};

export const SIZE_NAMES: Record<Lang, Record<SizeSet, string>> = {
	en: { paper: 'The paper’s 4', few: 'One per decade', dense: 'Ten per decade' },
	zh: { paper: '论文中的 4 个', few: '每个数量级 1 个', dense: '每个数量级 10 个' }
};

const en = {
	figureTitle: 'Where “emergent” jumps come from',
	presetsLabel: 'Start from',
	modeLabel: 'What the x axis compares',
	metricLabel: 'Metric',
	alphaLabel: 'Exponent α',
	cLabel: 'Scale constant c',
	lengthLabel: 'Answer length L (tokens)',
	choicesLabel: 'Choices k',
	partsLabel: 'Sub-tasks',
	fracLabel: 'Training data (% of all examples)',
	xLabel: 'x axis',
	xParams: 'Parameters',
	xFlops: 'Training FLOPs',
	tppLabel: 'Training tokens per parameter',
	yLabel: 'y axis',
	yLinear: 'Linear',
	yLog: 'Log',
	testLabel: 'Test-set size',
	testExact: 'Exact (no test set)',
	sizesLabel: 'Models evaluated',
	checkpointsLabel: 'Checkpoints evaluated',
	resample: 'Resample the test set',
	seedIs: (seed: number) => `seed ${seed}`,
	axisParams: 'Model parameters N',
	axisFlops: (tpp: number) => `Training FLOPs C = 6ND, D = ${tpp} N`,
	axisSteps: 'Training steps',
	axisTask: 'Task success rate',
	axisAccuracy: 'Accuracy',
	trainAccuracy: 'training accuracy',
	heldOutAccuracy: 'held-out accuracy',
	taskLine: 'whole task (product)',
	meanLine: 'mean of sub-tasks',
	partLine: 'one sub-task',
	curveLine: 'expected value',
	pointsLine: 'evaluated models (as measured)',
	checkpointsLine: 'evaluated checkpoints (as measured)',
	floorLine: (floor: string) => `resolution floor 1/size = ${floor}`,
	weiMarkers: 'Where Wei et al. (2022, Table 1) saw abilities emerge',
	score: 'Emergence score (breakthroughness)',
	scoreOf: (what: string) => `of the ${what}`,
	scoreInfinite: '∞ (a single jump)',
	scoreHelp:
		'BIG-bench’s “breakthroughness” (Srivastava et al. 2022, appendix B), which Schaeffer et al. reuse as their emergence score: how much of the change happens in few steps. About n − 1 for a straight line through n models, large for a jump. Computed on the measured values at the evaluated models, with the sign set so that improvement is positive.',
	formulas: 'The formulas, with the current numbers',
	dragHint: 'Drag the plot sideways to move c, up and down to change α; the sliders do the same from the keyboard.',
	dragHintTouch: 'Drag the plot sideways to move c; an up-and-down swipe scrolls the page. The sliders set α.',
	tableCaption: 'Values at the evaluated models',
	tableRows: (n: number) => `Values at the evaluated models (${n} rows)`,
	tableRowsCheckpoints: (n: number) => `Values at the evaluated checkpoints (${n} rows)`,
	size: 'Parameters',
	flops: 'Training FLOPs',
	steps: 'Steps',
	measured: 'Measured',
	expected: 'Expected',
	downloadSvg: 'Download SVG',
	downloadPng: 'Download PNG',
	downloadCsv: 'Download CSV',
	exportLabel: 'Export',
	summaryScale: (metric: string, count: number, from: string, to: string, lo: string, hi: string) =>
		`${metric} of ${count} models from ${from} to ${to} parameters: it goes from ${lo} to ${hi}.`,
	summaryGrokking: (frac: number, mid: string) =>
		`With ${frac}% of the data used for training, training accuracy reaches 100% after about 500 steps, and held-out accuracy passes halfway at about ${mid} steps.`,
	summarySubtasks: (parts: number, lo: string, hi: string) =>
		`A task of ${parts} sub-tasks: its success rate over the evaluated models goes from ${lo} to ${hi}.`,
	mcModel: 'How the probability of the right choice is modelled',
	multiplesTitle: 'The same models under three metrics',
	multiplesNote:
		'What a log axis does: plot any smooth power law y = a·N^b against log N and it becomes an exponential in what the axis shows, b·log N, so it creeps along for decades and then shoots up; on log–log axes the same law is a straight line. A log size axis alone can make a smooth trend look like a jump.',
	ownSettings: 'Your settings (no preset).',
	describe: (f: SettingsFacts, what: string, checkpoints: boolean) => {
		const unit = checkpoints ? 'checkpoints' : 'models';
		const shape =
			f.abruptness === 'single-jump'
				? 'all of the change happens in one step between two neighbouring ' + unit
				: f.abruptness === 'abrupt'
					? `more abrupt than a straight line through these ${f.models} ${unit}, which would score ${f.straight}`
					: `about as gradual as a straight line through these ${f.models} ${unit}, which would score ${f.straight}`;
		const flat = f.flat > 1 ? ` The ${f.flat} first ${unit} all measure the same value before it moves.` : '';
		const mean = f.mean !== null ? ` The mean of the sub-tasks scores ${sc(f.mean)}.` : '';
		return `Emergence score of the ${what}: ${sc(f.score)}; ${shape}.${flat}${mean}`;
	},
	messages: {
		flat: 'The curve is flat over this whole range of sizes: every model scores about the same (near 0 or near its maximum). Move c or α to bring the change into view.',
		'below-floor': 'Some values are below 10⁻¹²; the log axis draws them on its bottom edge.',
		'log-negative': 'The log-likelihood is negative, so it cannot go on a log axis; it is drawn on a linear one.',
		'measured-zero': 'Some models with a small but non-zero true score got exactly 0 right on this test set (hollow points on the floor).',
		'not-sampled': 'This metric reads the model’s probabilities directly, so the test-set size does not add noise to it (in this toy every question is alike).',
		'score-infinite': 'All of the change happens in one step between evaluated models, so the score is infinite.'
	} satisfies Record<FigureMessage, string>
};

type Strings = typeof en;

const zh: Strings = {
	figureTitle: '「涌现」的跳变从何而来',
	presetsLabel: '从这里开始',
	modeLabel: '横轴比较的是什么',
	metricLabel: '指标',
	alphaLabel: '指数 α',
	cLabel: '尺度常数 c',
	lengthLabel: '答案长度 L（token 数）',
	choicesLabel: '选项数 k',
	partsLabel: '子任务数',
	fracLabel: '训练数据（占全部样本的 %）',
	xLabel: '横轴',
	xParams: '参数量',
	xFlops: '训练 FLOPs',
	tppLabel: '每个参数的训练 token 数',
	yLabel: '纵轴',
	yLinear: '线性',
	yLog: '对数',
	testLabel: '测试集大小',
	testExact: '精确值（不抽样）',
	sizesLabel: '评测哪些模型',
	checkpointsLabel: '评测哪些检查点',
	resample: '重新抽样测试集',
	seedIs: (seed) => `种子 ${seed}`,
	axisParams: '模型参数量 N',
	axisFlops: (tpp) => `训练 FLOPs C = 6ND，D = ${tpp} N`,
	axisSteps: '训练步数',
	axisTask: '任务成功率',
	axisAccuracy: '准确率',
	trainAccuracy: '训练集准确率',
	heldOutAccuracy: '留出集准确率',
	taskLine: '整个任务（乘积）',
	meanLine: '子任务平均',
	partLine: '单个子任务',
	curveLine: '期望值',
	pointsLine: '被评测的模型（测得值）',
	checkpointsLine: '被评测的检查点（测得值）',
	floorLine: (floor) => `分辨率下限 1/题数 = ${floor}`,
	weiMarkers: 'Wei 等（2022，表 1）观察到能力涌现的位置',
	score: '涌现分数（breakthroughness）',
	scoreOf: (what) => `（${what}）`,
	scoreInfinite: '∞（一次跳变）',
	scoreHelp:
		'即 BIG-bench 的「breakthroughness」（Srivastava 等 2022，附录 B），Schaeffer 等人沿用它作为涌现分数：衡量变化有多集中在少数几步。n 个模型连成直线时约为 n − 1，跳变时很大。这里用被评测模型的测得值计算，并调整符号，使「变好」为正。',
	formulas: '公式（代入当前数值）',
	dragHint: '左右拖动图像可移动 c，上下拖动可改变 α；用键盘可通过滑块做同样的事。',
	dragHintTouch: '在图上左右拖动可移动 c；上下滑动则滚动页面。α 用滑块设置。',
	tableCaption: '被评测模型的数值',
	tableRows: (n: number) => `被评测模型的数值（${n} 行）`,
	tableRowsCheckpoints: (n: number) => `被评测检查点的数值（${n} 行）`,
	size: '参数量',
	flops: '训练 FLOPs',
	steps: '步数',
	measured: '测得值',
	expected: '期望值',
	downloadSvg: '下载 SVG',
	downloadPng: '下载 PNG',
	downloadCsv: '下载 CSV',
	exportLabel: '导出',
	summaryScale: (metric, count, from, to, lo, hi) => `${count} 个模型（参数量 ${from} 到 ${to}）的${metric}：从 ${lo} 变为 ${hi}。`,
	summaryGrokking: (frac, mid) => `用 ${frac}% 的数据训练时，训练集准确率在约 500 步后达到 100%，留出集准确率约在 ${mid} 步时过半。`,
	summarySubtasks: (parts, lo, hi) => `由 ${parts} 个子任务组成的任务：在被评测的模型上，成功率从 ${lo} 变为 ${hi}。`,
	mcModel: '正确选项的概率是怎样建模的',
	multiplesTitle: '同一批模型，三种指标',
	multiplesNote:
		'对数坐标的作用：任何平滑的幂律 y = a·N^b，画在 log N 横轴上，就成了横轴坐标 b·log N 的指数函数：连续几个数量级都几乎不动，然后陡然上升；换成双对数坐标，同一条幂律是一条直线。单是对数的规模轴，就能让平滑的趋势看起来像跳变。',
	ownSettings: '你的设置（不是预设）。',
	describe: (f, what, checkpoints) => {
		const unit = checkpoints ? '检查点' : '模型';
		const shape =
			f.abruptness === 'single-jump'
				? `全部变化都发生在相邻两个${unit}之间的一步里`
				: f.abruptness === 'abrupt'
					? `比穿过这 ${f.models} 个${unit}的直线更陡（直线的分数是 ${f.straight}）`
					: `和穿过这 ${f.models} 个${unit}的直线差不多平缓（直线的分数是 ${f.straight}）`;
		const flat = f.flat > 1 ? `最前面的 ${f.flat} 个${unit}测得值相同，之后才开始变化。` : '';
		const mean = f.mean !== null ? `子任务平均值的分数是 ${sc(f.mean)}。` : '';
		return `${what}的涌现分数：${sc(f.score)}；${shape}。${flat}${mean}`;
	},
	messages: {
		flat: '在整个规模范围内曲线都是平的：每个模型的得分都差不多（接近 0 或接近最大值）。调整 c 或 α，把变化移进视野。',
		'below-floor': '有些数值小于 10⁻¹²，对数坐标把它们画在底边上。',
		'log-negative': '对数似然是负数，不能画在对数坐标上，因此改用线性坐标。',
		'measured-zero': '有些模型的真实得分虽小但不为零，在这个测试集上却恰好一题未对（画在底线上的空心点）。',
		'not-sampled': '这个指标直接读取模型给出的概率，所以测试集大小不会给它带来噪声（在这个玩具模型里每道题都一样）。',
		'score-infinite': '全部变化都发生在相邻两个被评测模型之间的一步里，所以分数为无穷大。'
	}
};

export const EMERGENCE_STRINGS: Record<Lang, Strings> = { en, zh };

/** What each query key sets, for the note on a bad link. */
const KEY_NAMES: Record<string, Record<Lang, string>> = {
	mode: { en: 'mode', zh: '模式' },
	metric: { en: 'metric', zh: '指标' },
	alpha: { en: 'exponent α', zh: '指数 α' },
	c: { en: 'scale constant c', zh: '尺度常数 c' },
	len: { en: 'answer length', zh: '答案长度' },
	choices: { en: 'choices', zh: '选项数' },
	x: { en: 'x axis', zh: '横轴' },
	tpp: { en: 'tokens per parameter', zh: '每参数 token 数' },
	y: { en: 'y axis', zh: '纵轴' },
	test: { en: 'test-set size', zh: '测试集大小' },
	seed: { en: 'seed', zh: '种子' },
	sizes: { en: 'models evaluated', zh: '评测的模型' },
	parts: { en: 'sub-tasks', zh: '子任务数' },
	frac: { en: 'training data', zh: '训练数据' }
};


/** One line of the bad-URL note, naming the setting rather than its query key. */
export const problemLine = (lang: Lang, problem: SettingProblem): string => problemText(lang, problem, KEY_NAMES[problem.key]?.[lang]);
