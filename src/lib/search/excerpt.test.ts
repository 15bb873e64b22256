import { describe, expect, it } from 'vitest';
import { parseExcerpt, queryFromUrl } from './excerpt';

describe('search excerpts', () => {
	it('become text parts with the marked words flagged, entities decoded, and any other markup dropped', () => {
		expect(parseExcerpt('a <mark>KV</mark> cache &lt;b&gt; &amp; <img src=x onerror=alert(1)>end')).toEqual([
			{ text: 'a ', mark: false },
			{ text: 'KV', mark: true },
			{ text: ' cache <b> & end', mark: false }
		]);
		expect(parseExcerpt('')).toEqual([]);
	});

	it('take the query from the address, trimmed and capped', () => {
		expect(queryFromUrl(new URL('http://x/en/search/?q=%20teacher%20forcing%20'))).toBe('teacher forcing');
		expect(queryFromUrl(new URL('http://x/en/search/'))).toBe('');
		expect(queryFromUrl(new URL(`http://x/?q=${'a'.repeat(500)}`)).length).toBe(200);
	});
});
