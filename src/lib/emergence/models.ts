/**
 * Model sizes for the emergence figure: evenly spaced sizes on a log axis, the four sizes of Schaeffer et al.'s toy
 * (Figure 2), and where Wei et al. 2022 saw abilities emerge.
 */
import type { ScalingLaw } from './metrics';
import { checkArg } from './validate';

/** Most points logSpace returns. */
export const MAX_POINTS = 100_000;

/**
 * `count` numbers from `min` to `max` (both included) evenly spaced on a log axis, each one the same factor larger
 * than the one before. 0 < min < max, both finite; count an integer from 2 to 100000.
 */
export function logSpace(min: number, max: number, count: number): number[] {
	checkArg('min', min, { min: 0, minExclusive: true });
	checkArg('max', max, { min, minExclusive: true });
	checkArg('count', count, { min: 2, max: MAX_POINTS, integer: true });
	const lo = Math.log(min);
	const step = (Math.log(max) - lo) / (count - 1);
	const out: number[] = [min];
	for (let i = 1; i < count - 1; i++) out.push(Math.exp(lo + i * step));
	out.push(max);
	return out;
}

/**
 * The four model sizes (parameters) of the toy in Schaeffer et al. 2023, Figure 2; read off the figure, not stated
 * in the text (REFERENCES.md marks them "recovered from the figure").
 */
export const PAPER_SIZES: readonly number[] = Object.freeze([3.5e8, 1.3e9, 6.7e9, 2.0e11]);

/** The whole Figure 2 setting of Schaeffer et al. 2023: CE(N) = (N / 2e9)^-0.5, answers of 5 tokens, two choices. */
export const SCHAEFFER_FIGURE_2: Readonly<{ law: Readonly<ScalingLaw>; L: number; k: number; sizes: readonly number[] }> =
	Object.freeze({ law: Object.freeze({ alpha: -0.5, c: 2e9 }), L: 5, k: 2, sizes: PAPER_SIZES });

/** Where an ability emerged in Wei et al. 2022, "Emergent Abilities of Large Language Models", Table 1. */
export interface EmergencePoint {
	/** Stable identifier, for keys and URLs. */
	id: string;
	task: { en: string; zh: string };
	/** Training FLOPs of the smallest model with the ability. */
	flops: number;
	/** Its parameters. */
	params: number;
	/** The model family. */
	model: string;
	source: 'arXiv:2206.07682 Table 1';
}

const source = 'arXiv:2206.07682 Table 1';

/** The ten rows of Wei et al. 2022 Table 1 listed in REFERENCES.md, in that order. */
export const WEI_EMERGENCE: readonly Readonly<EmergencePoint>[] = Object.freeze(
	(
		[
			{
				id: 'add-sub-3-digit',
				task: { en: '3-digit addition and subtraction', zh: '三位数加减法' },
				flops: 2.3e22,
				params: 13e9,
				model: 'GPT-3',
				source
			},
			{
				id: 'add-sub-4-5-digit',
				task: { en: '4- and 5-digit addition and subtraction', zh: '四到五位数加减法' },
				flops: 3.1e23,
				params: 175e9,
				model: 'GPT-3',
				source
			},
			{ id: 'mmlu', task: { en: 'MMLU', zh: 'MMLU' }, flops: 3.1e23, params: 175e9, model: 'GPT-3', source },
			{
				id: 'toxicity-classification',
				task: { en: 'Toxicity classification', zh: '毒性内容分类' },
				flops: 1.3e22,
				params: 7.1e9,
				model: 'Gopher',
				source
			},
			{ id: 'truthfulqa', task: { en: 'TruthfulQA', zh: 'TruthfulQA' }, flops: 5.0e23, params: 280e9, model: 'Gopher', source },
			{
				id: 'grounded-conceptual-mappings',
				task: { en: 'Grounded conceptual mappings', zh: '接地概念映射（grounded conceptual mappings）' },
				flops: 3.1e23,
				params: 175e9,
				model: 'GPT-3',
				source
			},
			{
				id: 'word-in-context',
				task: { en: 'Word in Context', zh: 'Word in Context（上下文词义判断）' },
				flops: 2.5e24,
				params: 540e9,
				model: 'PaLM',
				source
			},
			{
				id: 'chain-of-thought-gsm8k',
				task: { en: 'Chain-of-thought prompting (GSM8K)', zh: '思维链提示（GSM8K）' },
				flops: 1.3e23,
				params: 68e9,
				model: 'LaMDA',
				source
			},
			{
				id: 'instruction-tuning',
				task: { en: 'Instruction tuning', zh: '指令微调' },
				flops: 1.3e23,
				params: 68e9,
				model: 'FLAN',
				source
			},
			{
				id: 'scratchpad-8-digit-addition',
				task: { en: 'Scratchpad: 8-digit addition', zh: '草稿纸（scratchpad）：八位数加法' },
				flops: 8.9e19,
				params: 40e6,
				model: 'LaMDA',
				source
			}
		] satisfies EmergencePoint[]
	).map((row) => Object.freeze({ ...row, task: Object.freeze(row.task) }))
);
