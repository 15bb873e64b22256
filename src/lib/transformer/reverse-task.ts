// The encoder-decoder's toy task: write a word backwards ("transformer" -> "remrofsnart"). Output position t must
// copy source position n-1-t, so a model that has learned the task shows it as an anti-diagonal in its
// cross-attention: the alignment is visible. Words are random strings over a-z of 1 to REVERSE_MAX_LENGTH letters;
// held-out words are drawn first and never trained on.
import { deriveSeed, mulberry32 } from '$lib/random';
import { greedyDecode } from './encoder-decoder';
import type { Transformer } from './index';
import { BOS, UNK, encode, vocabFromTokens, type Vocab } from './vocab';

export const REVERSE_ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
export const REVERSE_MAX_LENGTH = 8;

/** <unk>, <s> (start and end of the target), a-z. */
export function reverseVocab(): Vocab {
	return vocabFromTokens([UNK, BOS, ...REVERSE_ALPHABET]);
}

export interface ReverseExample {
	source: number[];
	/** Decoder input: <s> then the reversed word. */
	target: number[];
	/** What each decoder position should predict: the reversed word then <s> (end). */
	targets: number[];
}

/** The training pair of a word (letters outside a-z become <unk>). */
export function reverseExample(vocab: Vocab, word: string): ReverseExample {
	const source = encode(vocab, word);
	const reversed = [...source].reverse();
	return { source, target: [vocab.bos, ...reversed], targets: [...reversed, vocab.bos] };
}

/** A random word of 1 to maxLength letters (length uniform). */
export function randomWord(random: () => number, maxLength = REVERSE_MAX_LENGTH): string {
	const length = 1 + Math.floor(random() * maxLength);
	let word = '';
	for (let i = 0; i < length; i++) word += REVERSE_ALPHABET[Math.floor(random() * REVERSE_ALPHABET.length)];
	return word;
}

/** `count` distinct held-out words of 3 or more letters (shorter words are too few to hold any out). */
export function heldOutWords(seed: number, count: number): string[] {
	const random = mulberry32(deriveSeed(seed, 7));
	const words = new Set<string>();
	while (words.size < count) {
		const word = randomWord(random);
		if (word.length >= 3) words.add(word);
	}
	return [...words];
}

/** Share of words the model writes backwards exactly (greedy decoding). */
export function exactMatchAccuracy(model: Transformer, vocab: Vocab, words: readonly string[]): number {
	let correct = 0;
	for (const word of words) {
		const out = greedyDecode(model, encode(vocab, word), vocab.bos, vocab.bos, REVERSE_MAX_LENGTH + 1);
		if (out.map((id) => vocab.tokens[id]).join('') === [...word].reverse().join('')) correct++;
	}
	return correct / words.length;
}
