// Reads the seed Q&A (content/seed/llm-basics.zh.txt, the original chapter, verbatim): its numbered list of questions
// and the answer under each `#### N.` heading. Used to check that the Chinese pages quote it exactly.

export interface SeedEntry {
	number: number;
	/** The question as written in the list at the top. */
	question: string;
	/** The section heading above the answer, without `#### `. */
	heading: string;
	/** The answer's markdown, exactly as written, trimmed. */
	answer: string;
}

export function parseSeed(text: string): SeedEntry[] {
	const questions = new Map<number, string>();
	for (const match of text.matchAll(/^(\d+)\.\s+(.+)$/gm)) {
		const n = Number(match[1]);
		if (!questions.has(n)) questions.set(n, match[2].trim());
	}
	const sections = text.split(/^#### /m).slice(1);
	return sections.map((section) => {
		const newline = section.indexOf('\n');
		const heading = section.slice(0, newline).trim();
		const number = Number(/^(\d+)\./.exec(heading)?.[1]);
		return { number, question: questions.get(number) ?? '', heading, answer: section.slice(newline).trim() };
	});
}

/** Plain text of one line of the seed's markdown: list markers, bold, links and escapes removed. */
export function plainText(markdown: string): string {
	return markdown
		.replace(/^\s*\d+\.\s+/, '')
		.replace(/\[([^\]]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/g, '$1')
		.replace(/\*\*/g, '')
		.replace(/\\(.)/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();
}

/** A sentence that identifies an answer: the first sentence of its longest line, as a reader sees it. */
export function distinctiveSentence(answer: string): string {
	const longest = answer
		.split('\n')
		.map(plainText)
		.reduce((a, b) => (b.length > a.length ? b : a), '');
	const end = longest.indexOf('。');
	return end === -1 ? longest : longest.slice(0, end + 1);
}
