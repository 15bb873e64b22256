// Pagefind's excerpts are HTML: the page's text, escaped, with <mark> around the matched words. The site shows them as
// text segments instead of injecting HTML, so nothing in an index (or a query) can add markup to the page.

export interface ExcerptPart {
	text: string;
	mark: boolean;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&nbsp;': ' ' };

function decode(text: string): string {
	return text.replace(/&(lt|gt|amp|quot|nbsp|#39|#x27);/g, (entity) => ENTITIES[entity]);
}

/** Splits an excerpt into plain and marked parts; any other tag is dropped. */
export function parseExcerpt(html: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let mark = false;
	for (const piece of html.split(/(<\/?mark>)/)) {
		if (piece === '<mark>') mark = true;
		else if (piece === '</mark>') mark = false;
		else {
			const text = decode(piece.replace(/<[^>]*>/g, ''));
			if (text) parts.push({ text, mark });
		}
	}
	return parts;
}

/** The longest query searched (the search box's maxlength). */
export const MAX_QUERY = 200;

/** The query from a search page address: trimmed, at most MAX_QUERY characters. */
export function queryFromUrl(url: URL): string {
	return (url.searchParams.get('q') ?? '').trim().slice(0, MAX_QUERY);
}
