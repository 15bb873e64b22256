// UI strings of the glossary, citations, cross-links, search and self-checks (zh checked against en's keys).
import type { Lang } from '$lib/i18n/langs';

const en = {
	glossary: 'Glossary',
	glossaryTitle: 'Glossary',
	glossaryIntro:
		'The terms the six pages use, each with a short definition, its name in Chinese, and where the site explains it. Terms in the notes link here; hover or focus one to see its definition in place.',
	glossaryFilter: 'Filter the terms',
	glossaryShown: (shown: number, total: number) => (shown === total ? `All ${total} terms` : `${shown} of ${total} terms`),
	glossaryNone: 'No term matches. Try fewer letters, or search the whole site:',
	glossaryLetters: 'Terms by first letter',
	otherName: 'In Chinese',
	explainedIn: 'Explained in',
	usedOn: 'Linked from',
	references: 'References',
	related: 'Related',
	backlinks: 'Pages that link here',
	search: 'Search',
	searchLabel: 'Search the site',
	searchPlaceholder: 'Search…',
	searchTitle: 'Search',
	searchIntro: 'Searches the questions, the original answers, the notes and the glossary, in English. Press / anywhere to come here.',
	searchOtherLang: 'Search the Chinese pages',
	searchNoScript: 'Search runs in your browser and needs JavaScript. Without it, browse the six questions or the glossary.',
	searchLoading: 'Loading the search index…',
	searchUnavailable: 'The search index is not available here (it is built with the site: npm run build).',
	searchNone: 'No results for',
	searchCount: (n: number) => (n === 1 ? '1 result' : `${n} results`),
	searchButton: 'Search',
	selfCheck: 'Check yourself',
	selfCheckIntro: 'Interview-style questions on this page. Pick an answer to check it at once. Your answers stay in this browser only.',
	showAnswer: 'Show the answer',
	/** The right option, as a sentence (the language's own full stop). */
	answerIs: (option: string) => `Answer: ${option}.`,
	right: 'Right.',
	wrong: 'Not quite.',
	progress: (done: number, right: number, total: number) => `${done} of ${total} answered, ${right} right.`,
	reset: 'Reset my answers',
	generated: 'Computed by the same code as the figures.'
};

export type LinkStrings = typeof en;

const zh: LinkStrings = {
	glossary: '术语表',
	glossaryTitle: '术语表',
	glossaryIntro: '六个页面用到的术语：每条有简短释义、英文名称，以及本站讲解它的位置。注解里的术语都链接到这里；把鼠标移到术语上或用键盘聚焦，就能就地看到释义。',
	glossaryFilter: '筛选术语',
	glossaryShown: (shown: number, total: number) => (shown === total ? `共 ${total} 条术语` : `显示 ${shown} / ${total} 条术语`),
	glossaryNone: '没有匹配的术语。可以少输几个字，或搜索全站：',
	glossaryLetters: '按拼音首字母排列的术语',
	otherName: '英文',
	explainedIn: '讲解位置',
	usedOn: '引用此术语的页面',
	references: '参考文献',
	related: '相关内容',
	backlinks: '链接到本页的页面',
	search: '搜索',
	searchLabel: '搜索本站',
	searchPlaceholder: '搜索…',
	searchTitle: '搜索',
	searchIntro: '搜索中文页面的问题、原始回答、注解和术语表。在任意页面按 / 键即可来到这里。',
	searchOtherLang: '搜索英文页面',
	searchNoScript: '搜索在浏览器中运行，需要 JavaScript。没有它时，可以浏览六道题目或术语表。',
	searchLoading: '正在加载搜索索引…',
	searchUnavailable: '这里没有搜索索引（索引随网站一起构建：npm run build）。',
	searchNone: '没有找到结果：',
	searchCount: (n: number) => `共 ${n} 条结果`,
	searchButton: '搜索',
	selfCheck: '自测',
	selfCheckIntro: '关于本页内容的面试式问题。选一个答案即可马上核对。你的作答只保存在本浏览器中。',
	showAnswer: '显示答案',
	answerIs: (option: string) => `答案：${option}。`,
	right: '答对了。',
	wrong: '不对。',
	progress: (done: number, right: number, total: number) => `已答 ${done} / ${total} 题，答对 ${right} 题。`,
	reset: '清除我的作答',
	generated: '由与图示相同的代码计算得出。'
};

export const LINK_STRINGS: Record<Lang, LinkStrings> = { zh, en };
