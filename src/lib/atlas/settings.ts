/**
 * The atlas's settings: which classes, weight statuses and organisation are shown and which model is selected; how
 * they are read from and written to the URL; and the filter. Reading never throws; bad values are reported.
 */
import { readFields, writeFields, type Problem, type Schema } from '$lib/url/fields';
import { MODEL_CLASSES, MODELS, OPENNESS, ORGS, type AtlasModel, type ModelClass, type Openness } from './models';

export interface AtlasSettings {
	classes: ModelClass[];
	weights: Openness[];
	/** One organisation, or '' for all. */
	org: string;
	/** Selected model id, or null. */
	model: string | null;
}

export function defaultAtlas(): AtlasSettings {
	return { classes: [...MODEL_CLASSES], weights: [...OPENNESS], org: '', model: null };
}

/** What each setting may hold in the URL, and its query key (read and written by $lib/url/fields). Lists keep the
 * canonical order, so equal selections write equal URLs. */
const FIELDS: Schema<AtlasSettings>['fields'] = {
	classes: { kind: 'list', key: 'class', values: MODEL_CLASSES },
	weights: { kind: 'list', key: 'weights', values: OPENNESS },
	org: { kind: 'enum', key: 'org', values: ['', ...ORGS] },
	model: { kind: 'enum', key: 'model', values: MODELS.map((m) => m.id), nullable: true }
};

/** The query key of each setting. */
export const ATLAS_KEYS = Object.fromEntries(Object.entries(FIELDS).map(([name, field]) => [name, field.key])) as Record<keyof AtlasSettings, string>;

export type AtlasProblem = Problem;

export function readAtlas(params: URLSearchParams): { settings: AtlasSettings; problems: AtlasProblem[] } {
	return readFields({ fields: FIELDS, defaults: defaultAtlas() }, params);
}

/** The atlas's keys written over `params` (other keys are kept), defaults left out. */
export function writeAtlas(settings: AtlasSettings, params = new URLSearchParams()): URLSearchParams {
	return writeFields({ fields: FIELDS, defaults: defaultAtlas() }, settings, params);
}

/** The models the settings show, in release order. */
export function visibleModels(settings: AtlasSettings, models: readonly AtlasModel[] = MODELS): AtlasModel[] {
	return models
		.filter((m) => settings.classes.includes(m.class) && settings.weights.includes(m.weights) && (!settings.org || m.org === settings.org))
		.slice().sort((a, b) => a.released.localeCompare(b.released) || a.name.localeCompare(b.name));
}
