// The figure's handle on a shipped model: the weights file decoded (src/lib/transformer/weights.ts), its vocabulary,
// the numbers the training script stored with it, and a forward pass that returns attention. In the browser the file
// is fetched from static/models/ when the figure starts; at prerender time a server-only module reads it from disk.
import { base } from '$app/paths';
import { forward, type Transformer } from '$lib/transformer';
import { decodeWeights, type WeightsMeta } from '$lib/transformer/weights';
import { encode, vocabFromTokens, type Vocab } from '$lib/transformer/vocab';
import type * as ServerModels from './model-on-server';

export type DecoderId = `${'en' | 'zh'}-${'causal' | 'prefix'}`;
export type ModelId = DecoderId | 'enc-dec';

export interface LoadedDecoder {
	id: string;
	model: Transformer;
	meta: WeightsMeta;
	vocab: Vocab;
	unkId: number;
	/** Held-out loss of this model and of the bigram on the same split, nats per character (NaN when not stored). */
	heldOutLoss: number;
	bigramHeldOutLoss: number;
	/** Ids of characters, one each (unknown characters get the <unk> id). */
	encode: (chars: readonly string[]) => number[];
	/** attention[layer][head][q][k] of the model on these ids under this mask. */
	attention: (ids: number[], mask: boolean[][]) => number[][][][];
}

const number = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : NaN);

export function decoderFromBytes(bytes: Uint8Array): LoadedDecoder {
	const { model, meta } = decodeWeights(bytes);
	const vocab = vocabFromTokens(meta.vocab);
	return {
		id: meta.id,
		model,
		meta,
		vocab,
		unkId: vocab.unk,
		heldOutLoss: number(meta.heldOutLoss),
		bigramHeldOutLoss: number(meta.bigramHeldOutLoss),
		// One character at a time, so a line break in the text stays one token (encode makes it <s>).
		encode: (chars) => chars.map((c) => encode(vocab, c)[0] ?? vocab.unk),
		attention: (ids, mask) => forward(model, ids, mask).attention
	};
}

export function modelUrl(id: ModelId): string {
	return `${base}/models/transformer-${id}.bin`;
}

// Only the server build keeps this import (import.meta.env.SSR is false in the browser build, which drops it).
const server = (import.meta.env.SSR ? import.meta.glob('./model-on-server.ts', { eager: true }) : {}) as Record<string, typeof ServerModels>;

/** On the server: the shipped decoder read from disk (null when its file is missing). In the browser: null. */
export function decoderNow(id: DecoderId): LoadedDecoder | null {
	const bytes = server['./model-on-server.ts']?.readModel(id) ?? null;
	return bytes ? decoderFromBytes(bytes) : null;
}

const cache = new Map<string, Promise<LoadedDecoder>>();

/** Fetches a shipped decoder once per page. */
export function loadDecoder(id: DecoderId): Promise<LoadedDecoder> {
	let pending = cache.get(id);
	if (!pending) {
		pending = fetch(modelUrl(id))
			.then((response) => {
				if (!response.ok) throw new Error(`${response.status} for ${id}`);
				return response.arrayBuffer();
			})
			.then((buffer) => decoderFromBytes(new Uint8Array(buffer)));
		pending.catch(() => cache.delete(id));
		cache.set(id, pending);
	}
	return pending;
}
