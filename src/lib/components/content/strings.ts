// Words of the interview-answer box and of the correction markers in the original (see InterviewAnswer, Correction,
// CorrectionBacklinks and Original). zh is checked against en's keys by the type system.
import type { Lang } from '$lib/i18n/langs';

const en = {
	answerTitle: 'Answer in an interview',
	answerIntro: 'Each point links to the note, figure or lab that backs it.',
	/** "This answer has N corrections" at the top of the original. */
	correctionsLine: (n: number): string =>
		n === 0
			? 'Our notes correct nothing in this answer.'
			: `Our notes correct ${n === 1 ? 'one passage' : `${n} passages`} of this answer, each marked with a numbered link to its note.`,
	correctionLabel: (n: number) => `Correction ${n}: read the note`,
	/** Before the links back from a note to the passages it corrects. */
	correctsBefore: (count: number): string => (count === 1 ? 'Corrects passage' : 'Corrects passages'),
	correctsAfter: 'of the original',
	backLabel: (n: number) => `Back to passage ${n} of the original`
};

const zh: typeof en = {
	answerTitle: '面试这样答',
	answerIntro: '每句都链接到支撑它的注解、图或实验室。',
	correctionsLine: (n: number): string =>
		n === 0 ? '本站注解没有更正这份回答。' : `本站注解更正了这份回答中的 ${n} 处，每处都标有编号，点编号可跳到对应注解。`,
	correctionLabel: (n: number) => `勘误 ${n}：查看注解`,
	correctsBefore: () => '更正原回答第',
	correctsAfter: '处',
	backLabel: (n: number) => `回到原回答第 ${n} 处`
};

export const CONTENT_STRINGS: Record<Lang, typeof en> = { en, zh };
