import { createContext } from 'svelte';
import type { Reference } from './bibliography';

/** The citations of one page, numbered in order of first use. Each `<Cite>` registers while the page renders (in
 * document order, the same on the server and in the browser), and the reference list at the end reads the result.
 * `references` holds the page's entries (from the bibliography, on the server); a key not among them throws. */
export class CitationList {
	readonly keys: string[] = [];
	readonly references: Record<string, Reference>;

	constructor(references: Record<string, Reference>) {
		this.references = references;
	}

	/** The reference for a key; throws on a key this page does not have. */
	reference(key: string): Reference {
		const ref = this.references[key];
		if (!ref) throw new Error(`Unknown citation key "${key}": add it to src/lib/references/bibliography.ts`);
		return ref;
	}

	/** The marker number for a key, registering it on first use. */
	cite(key: string): number {
		this.reference(key);
		const index = this.keys.indexOf(key);
		if (index !== -1) return index + 1;
		this.keys.push(key);
		return this.keys.length;
	}

	get entries(): { key: string; number: number; ref: Reference }[] {
		return this.keys.map((key, i) => ({ key, number: i + 1, ref: this.reference(key) }));
	}
}

export const [getCitationList, setCitationList] = createContext<CitationList>();
