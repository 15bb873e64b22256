/**
 * The block explorer's settings: variant, selected part, batch and sequence length, and the multi-head toy's head
 * count and seed; read from and written to the URL without touching other figures' keys. Never throws.
 */
import { DEFAULT_PART, hasPart, PARTS, MAX_BATCH, MAX_SEQ, VARIANTS, type PartId, type Variant } from './blocks';
import { MAX_SEED, TOY_HEAD_COUNTS, type ToyHeads } from './heads';

export interface ExplorerSettings {
	variant: Variant;
	part: PartId;
	batch: number;
	seq: number;
	toyHeads: ToyHeads;
	seed: number;
}

export const EXPLORER_KEYS = { variant: 'variant', part: 'part', batch: 'batch', seq: 'seq', toyHeads: 'toyheads', seed: 'seed' } as const;

export function defaultExplorer(): ExplorerSettings {
	return { variant: 'gpt2', part: DEFAULT_PART, batch: 1, seq: 8, toyHeads: 2, seed: 1 };
}

export type ExplorerProblem = { key: string; value: string };

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
		['seed', 0, MAX_SEED]
	];
	for (const [key, min, max] of ints) {
		const raw = get(key);
		if (raw === null) continue;
		const value = plainInteger(raw);
		if (value === undefined || value < min || value > max) bad(key, raw);
		else (settings[key] as number) = value;
	}
	const heads = get('toyHeads');
	if (heads !== null) {
		const value = plainInteger(heads);
		if (value !== undefined && (TOY_HEAD_COUNTS as readonly number[]).includes(value)) settings.toyHeads = value as ToyHeads;
		else bad('toyHeads', heads);
	}
	return { settings, problems };
}

export function writeExplorer(settings: ExplorerSettings, params: URLSearchParams): URLSearchParams {
	const defaults = defaultExplorer();
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
