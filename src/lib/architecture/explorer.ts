/**
 * The block explorer's settings: variant, selected part, batch and sequence length, and the multi-head toy's layer,
 * weights (trained or initial) and seed of the initial weights; read from and written to the URL without touching
 * other figures' keys. Never throws.
 */
import { DEFAULT_PART, hasPart, PARTS, MAX_BATCH, MAX_SEQ, VARIANTS, type PartId, type Variant } from './blocks';
import { MAX_SEED, TOY_LAYERS, TOY_WEIGHTS, type ToyWeights } from './heads';

export interface ExplorerSettings {
	variant: Variant;
	part: PartId;
	batch: number;
	seq: number;
	/** Layer of the toy, from 1. */
	toyLayer: number;
	toyWeights: ToyWeights;
	/** Seed of the initial weights (used when toyWeights is 'untrained'). */
	seed: number;
}

export const EXPLORER_KEYS = { variant: 'variant', part: 'part', batch: 'batch', seq: 'seq', toyLayer: 'toylayer', toyWeights: 'toyweights', seed: 'seed' } as const;

/** Keys the explorer once read: still recognised, so an old link is told why its setting is ignored, and dropped
 * from the URL at the next change. `toyheads` was the head count of a random toy that the trained model replaced. */
export const RETIRED_EXPLORER_KEYS = ['toyheads'] as const;

export function defaultExplorer(): ExplorerSettings {
	return { variant: 'gpt2', part: DEFAULT_PART, batch: 1, seq: 8, toyLayer: 1, toyWeights: 'trained', seed: 1 };
}

/** A value that could not be used; `retired` when the key itself is no longer read. */
export type ExplorerProblem = { key: string; value: string; retired?: true };

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
const plainInteger = (value: string) => (/^\d{1,7}$/.test(value) ? Number(value) : undefined);

export function readExplorer(params: URLSearchParams): { settings: ExplorerSettings; problems: ExplorerProblem[] } {
	const settings = defaultExplorer();
	const problems: ExplorerProblem[] = [];
	const get = (key: keyof ExplorerSettings) => params.get(EXPLORER_KEYS[key]);
	const bad = (key: keyof ExplorerSettings, value: string) => problems.push({ key: EXPLORER_KEYS[key], value: short(value) });

	const variant = get('variant');
	if (variant !== null) {
		if ((VARIANTS as readonly string[]).includes(variant)) settings.variant = variant as Variant;
		else bad('variant', variant);
	}
	const part = get('part');
	if (part !== null) {
		if (hasPart(settings.variant, part)) settings.part = part;
		else bad('part', part);
	}
	const ints: [keyof ExplorerSettings, number, number][] = [
		['batch', 1, MAX_BATCH],
		['seq', 1, MAX_SEQ],
		['toyLayer', 1, TOY_LAYERS],
		['seed', 0, MAX_SEED]
	];
	for (const [key, min, max] of ints) {
		const raw = get(key);
		if (raw === null) continue;
		const value = plainInteger(raw);
		if (value === undefined || value < min || value > max) bad(key, raw);
		else (settings[key] as number) = value;
	}
	const weights = get('toyWeights');
	if (weights !== null) {
		if ((TOY_WEIGHTS as readonly string[]).includes(weights)) settings.toyWeights = weights as ToyWeights;
		else bad('toyWeights', weights);
	}
	for (const key of RETIRED_EXPLORER_KEYS) {
		const value = params.get(key);
		if (value !== null) problems.push({ key, value: short(value), retired: true });
	}
	return { settings, problems };
}

export function writeExplorer(settings: ExplorerSettings, params = new URLSearchParams()): URLSearchParams {
	const defaults = defaultExplorer();
	for (const key of RETIRED_EXPLORER_KEYS) params.delete(key);
	for (const key of Object.keys(EXPLORER_KEYS) as (keyof ExplorerSettings)[]) {
		params.delete(EXPLORER_KEYS[key]);
		if (settings[key] !== defaults[key]) params.set(EXPLORER_KEYS[key], String(settings[key]));
	}
	return params;
}

/** The part to select after switching variant: the same one if the new variant has it, else its closest match. */
export function partAfterSwitch(part: PartId, variant: Variant): PartId {
	const has = (id: PartId) => PARTS[variant].some((p) => p.id === id);
	if (has(part)) return part;
	const id: string = part;
	const twins: Partial<Record<PartId, PartId[]>> = {
		positions: ['attention'],
		norm1: ['addnorm1'],
		norm2: ['addnorm3', 'addnorm2'],
		residual1: ['addnorm1'],
		residual2: ['addnorm3'],
		addnorm1: ['residual1'],
		addnorm2: ['residual1'],
		addnorm3: ['residual2'],
		'final-norm': ['lm-head'],
		'cross-attention': ['attention']
	};
	const twin = twins[part]?.find(has);
	return twin ?? (id.startsWith('src-') || id.startsWith('enc-') ? 'tokens' : DEFAULT_PART);
}
