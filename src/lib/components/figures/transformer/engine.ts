// The figure's handle on a shipped model: the weights file decoded (src/lib/transformer/weights.ts), its vocabulary,
// the numbers the training script stored with it, and a forward pass that returns attention. In the browser the file
// is fetched from static/models/ when the figure starts; at prerender time a server-only module reads it from disk.
import { SITE_BASE as base } from '$lib/deploy/site-base';
import { attentionMaps, type AttentionMaps, type Transformer } from '$lib/transformer';
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
	attention: (ids: number[], mask: boolean[][]) => AttentionMaps;
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
		attention: (ids, mask) => attentionMaps(model, ids, mask)
	};
}

export function modelUrl(id: ModelId): string {
	return `${base}/models/transformer-${id}.bin`;
}

// Only the server build keeps this import (import.meta.env.SSR is false in the browser build, which drops it).
const server = (import.meta.env.SSR ? import.meta.glob('./model-on-server.ts', { eager: true }) : {}) as Record<string, typeof ServerModels>;

const cache = new Map<string, Promise<LoadedDecoder>>();
/** Decoders already fetched and decoded in this page. */
const ready = new Map<string, LoadedDecoder>();

/** The shipped decoder, if it can be had without waiting: on the server, read from disk (null when its file is
 * missing); in the browser, once fetched (preloadDecoders), else null. */
export function decoderNow(id: DecoderId): LoadedDecoder | null {
	const done = ready.get(id);
	if (done) return done;
	const bytes = server['./model-on-server.ts']?.readModel(id) ?? null;
	return bytes ? decoderFromBytes(bytes) : null;
}

/** Fetches both decoders of a language and, when the figure shows it, the encoder-decoder before the figure mounts
 * (the island waits for this along with the figure's code), so the live figure shows the same heatmaps as the
 * prerendered one from its first frame instead of a loading note. A failed fetch is left to the figure, which says so. */
export async function preloadDecoders(lang: 'en' | 'zh', encoderDecoder = true): Promise<void> {
	await Promise.allSettled([loadDecoder(`${lang}-causal`), loadDecoder(`${lang}-prefix`), ...(encoderDecoder ? [loadModel('enc-dec')] : [])]);
}

function fetchModel(id: ModelId): Promise<Uint8Array> {
	return fetch(modelUrl(id))
		.then((response) => {
			if (!response.ok) throw new Error(`${response.status} for ${id}`);
			return response.arrayBuffer();
		})
		.then((buffer) => new Uint8Array(buffer));
}

/** Fetches a shipped decoder once per page. */
export function loadDecoder(id: DecoderId): Promise<LoadedDecoder> {
	let pending = cache.get(id);
	if (!pending) {
		pending = fetchModel(id)
			.then((bytes) => {
				const decoder = decoderFromBytes(bytes);
				ready.set(id, decoder);
				return decoder;
			});
		pending.catch(() => cache.delete(id));
		cache.set(id, pending);
	}
	return pending;
}

/** A shipped model's weights and header, whatever its kind (the encoder-decoder has no decoder helpers). */
export interface ShippedModel {
	model: Transformer;
	meta: WeightsMeta;
}

const encDecPending = new Map<'enc-dec', Promise<ShippedModel>>();
let encDecReady: ShippedModel | null = null;

/** Like decoderNow, for any shipped model: on the server read from disk, in the browser once fetched, else null. */
export function modelNow(id: ModelId): ShippedModel | null {
	if (id !== 'enc-dec') return decoderNow(id);
	if (encDecReady) return encDecReady;
	const bytes = server['./model-on-server.ts']?.readModel(id) ?? null;
	return bytes ? decodeWeights(bytes) : null;
}

/** Fetches any shipped model once per page (decoders through loadDecoder, sharing its cache). */
export function loadModel(id: ModelId): Promise<ShippedModel> {
	if (id !== 'enc-dec') return loadDecoder(id);
	let pending = encDecPending.get(id);
	if (!pending) {
		pending = fetchModel(id).then((bytes) => (encDecReady = decodeWeights(bytes)));
		pending.catch(() => encDecPending.delete(id));
		encDecPending.set(id, pending);
	}
	return pending;
}

/** Fetches these shipped models before a figure mounts (see preloadDecoders); a failure is left to the figure. */
export async function preloadModels(ids: readonly ModelId[]): Promise<void> {
	await Promise.allSettled(ids.map((id) => loadModel(id)));
}
