import { createContext } from 'svelte';
import { reference, type CiteKey, type Reference } from './bibliography';

/** The citations of one page, numbered in order of first use. Each `<Cite>` registers while the page renders (in
 * document order, the same on the server and in the browser), and the reference list at the end reads the result. */
export class CitationList {
	readonly keys: CiteKey[] = [];

	/** The marker number for a key, registering it on first use; throws on a key not in the bibliography. */
	cite(key: string): number {
		reference(key);
		const index = this.keys.indexOf(key as CiteKey);
		if (index !== -1) return index + 1;
		this.keys.push(key as CiteKey);
		return this.keys.length;
	}

	get entries(): { key: CiteKey; number: number; ref: Reference }[] {
		return this.keys.map((key, i) => ({ key, number: i + 1, ref: reference(key) }));
	}
}

export const [getCitationList, setCitationList] = createContext<CitationList>();
