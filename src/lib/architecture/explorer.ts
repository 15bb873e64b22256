/**
 * The block explorer's settings: variant, selected part, batch and sequence length, and the multi-head toy's layer,
 * weights (trained or initial) and seed of the initial weights; read from and written to the URL without touching
 * other figures' keys. Never throws.
 */
import { fieldKeys, readFields, writeFields, type Problem, type Schema } from '$lib/url/fields';
import { DEFAULT_PART, hasPart, PART_IDS, PARTS, MAX_BATCH, MAX_SEQ, VARIANTS, type PartId, type Variant } from './blocks';
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

/** What each setting may hold in the URL, and its query key (read and written by $lib/url/fields). */
const FIELDS: Schema<ExplorerSettings>['fields'] = {
	variant: { kind: 'enum', key: 'variant', values: VARIANTS },
	part: { kind: 'enum', key: 'part', values: PART_IDS },
	batch: { kind: 'int', key: 'batch', min: 1, max: MAX_BATCH },
	seq: { kind: 'int', key: 'seq', min: 1, max: MAX_SEQ },
	toyLayer: { kind: 'int', key: 'toylayer', min: 1, max: TOY_LAYERS },
	toyWeights: { kind: 'enum', key: 'toyweights', values: TOY_WEIGHTS },
	seed: { kind: 'int', key: 'seed', min: 0, max: MAX_SEED }
};

/** The query key of each setting. */
export const EXPLORER_KEYS = Object.fromEntries(Object.entries(FIELDS).map(([name, field]) => [name, field.key])) as Record<keyof ExplorerSettings, string>;

/** Keys the explorer once read: still recognised, so an old link is told why its setting is ignored, and dropped
 * from the URL at the next change. `toyheads` was the head count of a random toy that the trained model replaced. */
export const RETIRED_EXPLORER_KEYS = ['toyheads'] as const;

/** Every query key the explorer owns, retired ones included (the next write drops them). */
export const EXPLORER_URL_KEYS: readonly string[] = fieldKeys({ fields: FIELDS, retired: RETIRED_EXPLORER_KEYS });

export function defaultExplorer(): ExplorerSettings {
	return { variant: 'gpt2', part: DEFAULT_PART, batch: 1, seq: 8, toyLayer: 1, toyWeights: 'trained', seed: 1 };
}

const schema = (): Schema<ExplorerSettings> => ({
	fields: FIELDS,
	defaults: defaultExplorer(),
	// A part of another variant (an encoder part on GPT-2) is not one of this variant's choices.
	cross: (settings) => (hasPart(settings.variant, settings.part) ? [] : ['part']),
	crossReason: 'unknown',
	retired: RETIRED_EXPLORER_KEYS
});

/** A value that could not be used; reason `retired` when the key itself is no longer read. */
export type ExplorerProblem = Problem;

export function readExplorer(params: URLSearchParams): { settings: ExplorerSettings; problems: ExplorerProblem[] } {
	return readFields(schema(), params);
}

export function writeExplorer(settings: ExplorerSettings, params = new URLSearchParams()): URLSearchParams {
	return writeFields(schema(), settings, params);
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
