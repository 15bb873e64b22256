// What every figure's note on a bad link says about one value it could not use: one wording for the whole site.
import type { Lang } from '$lib/i18n/langs';
import type { Problem, ProblemReason } from './fields';

export const PROBLEM_REASONS: Record<Lang, Record<ProblemReason, string>> = {
	en: {
		unknown: 'is not one of the choices',
		'not-integer': 'is not a whole number',
		'not-number': 'is not a number',
		'out-of-range': 'is out of range',
		'too-long': 'is too long (cut, or left out)',
		retired: 'is no longer read'
	},
	zh: {
		unknown: '不是可选的值',
		'not-integer': '不是整数',
		'not-number': '不是数字',
		'out-of-range': '超出范围',
		'too-long': '太长（已截断或不用）',
		retired: '已不再使用'
	}
};

/** One line of the note: the query key (or the setting's name, when given), the value as found, and why it was not
 * used. Plain text: Svelte escapes it where it is shown. */
export function problemText(lang: Lang, problem: Problem, name = problem.key): string {
	const reason = PROBLEM_REASONS[lang][problem.reason];
	if (lang === 'zh') return `${name} = ${problem.value === '' ? '（空）' : `「${problem.value}」`}${reason}`;
	return `${name} = ${problem.value === '' ? '(empty)' : `“${problem.value}”`} ${reason}`;
}

/** The note's first line, above the list of problems. */
export const PROBLEMS_INTRO: Record<Lang, string> = {
	en: 'Some settings in the link could not be used as written, so the figure uses its defaults for them (long text is cut):',
	zh: '链接中的部分设置无法按原样使用，图中改用默认值（过长的文字已截断）：'
};
