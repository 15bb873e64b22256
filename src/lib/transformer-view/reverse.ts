// What the encoder-decoder panel shows: the shipped encoder-decoder (trained to write a-z words backwards, see
// $lib/transformer/reverse-task) reading the learner's word, what it writes, and its cross-attention, where each
// output letter looks in the source. A model that learned the task looks at the letter it copies: output t at
// source n-1-t, an anti-diagonal. The share of attention on that letter is the figure's number.
import { forwardEncoderDecoder, greedyDecode } from '$lib/transformer/encoder-decoder';
import type { Transformer } from '$lib/transformer';
import { REVERSE_ALPHABET, REVERSE_MAX_LENGTH } from '$lib/transformer/reverse-task';
import type { Vocab } from '$lib/transformer/vocab';
import { characters } from '$lib/lm/tokens';

export interface ToyWord {
	/** Characters the model reads (lower-cased, at most REVERSE_MAX_LENGTH). */
	chars: string[];
	/** Characters outside a-z, read as <unk>. */
	unknown: string[];
	/** The input was longer than the model's longest word and was cut. */
	cut: boolean;
}

/** The learner's word as the model reads it: lower case, cut to REVERSE_MAX_LENGTH; never throws. */
export function toyWord(raw: string): ToyWord {
	const all = characters(String(raw).slice(0, REVERSE_MAX_LENGTH * 8).toLowerCase()).filter((c) => c.trim() !== '');
	const chars = all.slice(0, REVERSE_MAX_LENGTH);
	const unknown = [...new Set(chars.filter((c) => !REVERSE_ALPHABET.includes(c) || c.length !== 1))];
	return { chars, unknown, cut: all.length > REVERSE_MAX_LENGTH };
}

export interface ReverseView {
	/** Source tokens (what the encoder reads). */
	source: string[];
	/** What the model writes, one token per output step (<unk> for an unknown id), without the end token. */
	output: string[];
	/** The source written backwards (the right answer). */
	expected: string[];
	correct: boolean;
	/** cross[layer][head][t][s]: output step t (the step that writes output[t], or the end after the last letter)
	 * looking at source position s. Rows: output.length + 1 (the last row decides to stop). */
	cross: number[][][][];
	/** For each layer and head, the mean weight an output step puts on the source letter it should copy (steps that
	 * write a letter, t < source length); and the head where it is highest. */
	alignment: number[][];
	best: { layer: number; head: number; share: number };
}

/** Runs the encoder-decoder on a word: greedy output, then one forward pass over <s> + output for the attention. */
export function reverseView(model: Transformer, vocab: Vocab, word: ToyWord): ReverseView | null {
	const n = word.chars.length;
	if (n === 0) return null;
	const source = word.chars.map((c) => vocab.index.get(c) ?? vocab.unk);
	const ids = greedyDecode(model, source, vocab.bos, vocab.bos, REVERSE_MAX_LENGTH + 1);
	const output = ids.map((id) => (id === vocab.unk ? '<unk>' : (vocab.tokens[id] ?? '<unk>')));
	const { crossAttention } = forwardEncoderDecoder(model, source, [vocab.bos, ...ids].slice(0, model.config.contextLength));
	const expected = [...word.chars].reverse();
	const steps = Math.min(n, crossAttention[0]?.[0]?.length ?? 0);
	const alignment = crossAttention.map((layer) =>
		layer.map((rows) => {
			let sum = 0;
			for (let t = 0; t < steps; t++) sum += rows[t][n - 1 - t];
			return steps > 0 ? sum / steps : 0;
		})
	);
	let best = { layer: 0, head: 0, share: -1 };
	alignment.forEach((heads, layer) =>
		heads.forEach((share, head) => {
			if (share > best.share) best = { layer, head, share };
		})
	);
	return {
		source: word.chars,
		output,
		expected,
		correct: word.unknown.length === 0 && output.join('') === expected.join(''),
		cross: crossAttention,
		alignment,
		best
	};
}

/** The last view computed per model, so that the one the island's loader computes before the figure mounts
 * (primeViews in the figure's viewer-state.svelte.ts) is the one the panel's first render shows (only the last: a new word always runs the model). */
const lastViews = new WeakMap<Transformer, { key: string; view: ReverseView | null }>();

/** reverseView, remembering the last word per model. */
export function reverseViewOnce(model: Transformer, vocab: Vocab, word: ToyWord): ReverseView | null {
	const key = word.chars.join('\u0000');
	const last = lastViews.get(model);
	if (last?.key === key) return last.view;
	const view = reverseView(model, vocab, word);
	lastViews.set(model, { key, view });
	return view;
}
