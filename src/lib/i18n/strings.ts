import type { Lang } from './langs';

const en = {
	siteName: 'LLM Basics, Explained',
	siteTagline: 'Six interview questions on large language models: the popular answers, checked and explained.',
	skipToContent: 'Skip to content',
	mainNav: 'Site',
	home: 'Questions',
	switchLanguage: '中文',
	switchLanguageLabel: '阅读中文版',
	darkMode: 'Dark mode',
	tableOfContents: 'On this page',
	originalTitle: 'The original Q&A',
	originalBadge: 'Translation of the original',
	originalCredit: 'From the “1. Basics” chapter of',
	originalCreditAfter: ', an open collection of LLM interview notes. Translated into English by this site.',
	readOriginal: 'Read the Chinese original',
	questionLabel: 'Question',
	answerLabel: 'Answer',
	notesTitle: 'Notes and corrections',
	notesIntro:
		'Our own notes: where the original answer is wrong, dated or incomplete, and what a better answer says, with sources.',
	scrollRegion: 'Wide content, scroll sideways',
	previous: 'Previous',
	next: 'Next',
	questionNumber: 'Question',
	indexTitle: 'Six questions on LLM basics',
	indexIntro:
		'Each page shows a widely shared Chinese interview answer as it was written, then our notes on where it is wrong or out of date, with sources.',
	indexAbout:
		'The original answers come from the “1. Basics” chapter of wdndev/llm_interview_note on GitHub. Everything else on this site is our own writing.',
	footerText: 'Original Q&A: wdndev/llm_interview_note. Notes, translations and code: this project.',
	notFoundTitle: 'Page not found',
	notFoundBody: 'There is no page at this address. It may have moved, or the link may have a typo.',
	notFoundBack: 'Go to the six questions',
	errorTitle: 'Something went wrong'
};

export type Strings = { [K in keyof typeof en]: string };

const zh: Strings = {
	siteName: '大模型基础图解',
	siteTagline: '六道大模型面试题：流传的答案，逐条核对与讲解。',
	skipToContent: '跳到正文',
	mainNav: '站点',
	home: '题目列表',
	switchLanguage: 'English',
	switchLanguageLabel: 'Read this page in English',
	darkMode: '深色模式',
	tableOfContents: '本页目录',
	originalTitle: '原始问答',
	originalBadge: '原文',
	originalCredit: '摘自',
	originalCreditAfter: '的「1.基础」一章（开源的大模型面试笔记合集），一字未改。',
	readOriginal: '阅读中文原文',
	questionLabel: '问题',
	answerLabel: '回答',
	notesTitle: '注解与勘误',
	notesIntro: '以下是本站的注解：原回答哪里有误、过时或缺漏，更准确的说法是什么，并附出处。',
	scrollRegion: '内容较宽，可左右滚动',
	previous: '上一题',
	next: '下一题',
	questionNumber: '第',
	indexTitle: '大模型基础六问',
	indexIntro: '每页先原样展示一份流传很广的中文面试答案，再给出本站的注解：哪里错了、哪里过时了，并附出处。',
	indexAbout: '原始答案出自 GitHub 上 wdndev/llm_interview_note 的「1.基础」一章；其余文字均由本站撰写。',
	footerText: '原始问答：wdndev/llm_interview_note。注解、译文与代码：本项目。',
	notFoundTitle: '页面不存在',
	notFoundBody: '这个地址没有页面，可能已经移动，或者链接有误。',
	notFoundBack: '返回六道题目',
	errorTitle: '出错了'
};

export const STRINGS: Record<Lang, Strings> = { zh, en };

/** "Question 3" / "第 3 题". */
export function questionNumber(lang: Lang, n: number): string {
	return lang === 'zh' ? `第 ${n} 题` : `Question ${n}`;
}

export const SOURCE_REPO_URL = 'https://github.com/wdndev/llm_interview_note';
