/**
 * The atlas's settings: which classes, weight statuses and organisation are shown and which model is selected; how
 * they are read from and written to the URL; and the filter. Reading never throws; bad values are reported.
 */
import { MODEL_CLASSES, MODELS, OPENNESS, ORGS, type AtlasModel, type ModelClass, type Openness } from './models';

export interface AtlasSettings {
	classes: ModelClass[];
	weights: Openness[];
	/** One organisation, or '' for all. */
	org: string;
	/** Selected model id, or null. */
	model: string | null;
}

export const ATLAS_KEYS = { classes: 'class', weights: 'weights', org: 'org', model: 'model' } as const;

export function defaultAtlas(): AtlasSettings {
	return { classes: [...MODEL_CLASSES], weights: [...OPENNESS], org: '', model: null };
}

export type AtlasProblem = { key: string; value: string };

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

function readList<T extends string>(raw: string, allowed: readonly T[], key: string, problems: AtlasProblem[]): T[] {
	if (raw === '') return [];
	const chosen = new Set<T>();
	for (const item of raw.split(',')) {
		if ((allowed as readonly string[]).includes(item)) chosen.add(item as T);
		else problems.push({ key, value: short(item) });
	}
	// Keep the canonical order, so equal selections write equal URLs.
	return allowed.filter((a) => chosen.has(a));
}

export function readAtlas(params: URLSearchParams): { settings: AtlasSettings; problems: AtlasProblem[] } {
	const settings = defaultAtlas();
	const problems: AtlasProblem[] = [];
	const classes = params.get(ATLAS_KEYS.classes);
	if (classes !== null) settings.classes = readList(classes, MODEL_CLASSES, ATLAS_KEYS.classes, problems);
	const weights = params.get(ATLAS_KEYS.weights);
	if (weights !== null) settings.weights = readList(weights, OPENNESS, ATLAS_KEYS.weights, problems);
	const org = params.get(ATLAS_KEYS.org);
	if (org !== null && org !== '') {
		if (ORGS.includes(org)) settings.org = org;
		else problems.push({ key: ATLAS_KEYS.org, value: short(org) });
	}
	const model = params.get(ATLAS_KEYS.model);
	if (model !== null && model !== '') {
		if (MODELS.some((m) => m.id === model)) settings.model = model;
		else problems.push({ key: ATLAS_KEYS.model, value: short(model) });
	}
	return { settings, problems };
}

/** Writes the atlas's keys into `params`, leaving other keys alone and defaults out. */
export function writeAtlas(settings: AtlasSettings, params = new URLSearchParams()): URLSearchParams {
	for (const key of Object.values(ATLAS_KEYS)) params.delete(key);
	if (settings.classes.length !== MODEL_CLASSES.length) params.set(ATLAS_KEYS.classes, settings.classes.join(','));
	if (settings.weights.length !== OPENNESS.length) params.set(ATLAS_KEYS.weights, settings.weights.join(','));
	if (settings.org) params.set(ATLAS_KEYS.org, settings.org);
	if (settings.model) params.set(ATLAS_KEYS.model, settings.model);
	return params;
}

/** The models the settings show, in release order. */
export function visibleModels(settings: AtlasSettings, models: readonly AtlasModel[] = MODELS): AtlasModel[] {
	return models
		.filter((m) => settings.classes.includes(m.class) && settings.weights.includes(m.weights) && (!settings.org || m.org === settings.org))
		.slice().sort((a, b) => a.released.localeCompare(b.released) || a.name.localeCompare(b.name));
}
