// Reads the concept markdown for the link checks: every <Term id> and <Cite key> used, by file and section.
import { readdirSync, readFileSync } from 'node:fs';
import { LANGS } from '../../src/lib/i18n/langs';

export const CONTENT = LANGS.flatMap((lang) =>
	readdirSync(`content/${lang}`)
		.filter((name) => name.endsWith('.md'))
		.map((name) => ({ lang, name, path: `content/${lang}/${name}`, source: readFileSync(`content/${lang}/${name}`, 'utf8') }))
);

/** Every match of a capture regex in every content file, with the file it is in. */
export function usesOf(pattern: RegExp): { path: string; value: string; inOriginal: boolean }[] {
	return CONTENT.flatMap(({ path, source }) => {
		const original = [source.indexOf('<Original>'), source.indexOf('</Original>')];
		return [...source.matchAll(pattern)].map((m) => ({
			path,
			value: m[1],
			inOriginal: m.index! > original[0] && m.index! < original[1]
		}));
	});
}
