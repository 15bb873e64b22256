// Everything the site keeps in the reader's browser: these localStorage keys and nothing else (no cookie, no
// IndexedDB; the service worker's offline copy of the site lives in Cache Storage). Each is written only when the
// reader makes a choice. The README quotes this list, and tests/e2e/storage.spec.ts exercises every control that might
// write, then fails on any key that is not here, on a value that does not match, and on a key here that nothing wrote.

export interface StoredKey {
	/** What a stored value may look like. */
	value: RegExp;
	/** What writes it, in the README's words. */
	written: string;
}

export const STORED_KEYS = {
	theme: { value: /^(light|dark)$/, written: 'the theme the reader picked with the theme toggle' },
	lang: { value: /^(zh|en)$/, written: 'the language last switched to, which the root page opens next time' },
	'llm-basics:self-check': {
		// A JSON object of answers: "<page>/<question>": the option picked (src/lib/selfcheck/progress.ts).
		value: /^\{"[a-z-]+\/[^"\\]+":\d{1,2}(,"[a-z-]+\/[^"\\]+":\d{1,2})*\}$/,
		written: 'the self-check answers picked on concept pages, until "Reset my answers"'
	}
} satisfies Record<string, StoredKey>;

export const SELF_CHECK_KEY = 'llm-basics:self-check' satisfies keyof typeof STORED_KEYS;
