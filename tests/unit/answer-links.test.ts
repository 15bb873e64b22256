// Every link in an interview answer that points at a lab carries settings the lab's figures read without complaint,
// and that differ from the figure's defaults: the link really opens the figure in the state the sentence talks about.
import { describe, expect, it } from 'vitest';
import { parseConcept } from '../../src/lib/content/concepts';
import { defaultSettings as maskDefaults, readSettings as readMask, SETTING_KEYS as MASK_KEYS } from '../../src/lib/attention/settings';
import { DEFAULT_SETTINGS as EMERGENCE_DEFAULTS, readSettings as readEmergence, SETTING_KEYS as EMERGENCE_KEYS } from '../../src/lib/emergence/settings';
import { defaultSettings as lmDefaults, readSettings as readLm } from '../../src/lib/lm/settings';
import { EVIDENCE_SCHEMA, LEDGER_SCHEMA, MEMORY_SCHEMA, RANK_SCHEMA } from '../../src/lib/kvcache/settings';
import { readFields } from '../../src/lib/url/fields';
import { readExplorer, EXPLORER_KEYS } from '../../src/lib/architecture/explorer';
import { readCalc, CALC_KEYS } from '../../src/lib/architecture/calculator';
import { ATLAS_KEYS, readAtlas } from '../../src/lib/atlas/settings';
import { CONTENT } from './content-scan';

type Read = (params: URLSearchParams, lang: 'zh' | 'en') => { problems: unknown[]; keys: readonly string[]; changed: boolean };

const kv = [LEDGER_SCHEMA, MEMORY_SCHEMA, RANK_SCHEMA, EVIDENCE_SCHEMA] as const;
const READERS: Record<string, Read> = {
	'attention-masks': (params, lang) => {
		const { settings, problems } = readMask(params, maskDefaults(lang));
		return { problems, keys: MASK_KEYS, changed: JSON.stringify(settings) !== JSON.stringify(maskDefaults(lang)) };
	},
	emergence: (params) => {
		const { settings, problems } = readEmergence(params);
		return { problems, keys: EMERGENCE_KEYS, changed: JSON.stringify(settings) !== JSON.stringify(EMERGENCE_DEFAULTS) };
	},
	'tiny-lm': (params, lang) => {
		const { settings, problems } = readLm(params, lmDefaults(lang));
		return { problems, keys: [...params.keys()], changed: JSON.stringify(settings) !== JSON.stringify(lmDefaults(lang)) };
	},
	'kv-cache': (params) => {
		const read = kv.map((schema) => ({ schema, ...readFields(schema as never, params) }));
		return {
			problems: read.flatMap((r) => r.problems),
			keys: kv.flatMap((schema) => Object.values(schema.fields).map((f) => f.key)),
			changed: read.some((r) => JSON.stringify(r.settings) !== JSON.stringify(r.schema.defaults))
		};
	},
	architecture: (params) => {
		const explorer = readExplorer(params);
		const calc = readCalc(params);
		return {
			problems: [...explorer.problems, ...calc.problems],
			keys: [...Object.values(EXPLORER_KEYS), ...Object.values(CALC_KEYS)],
			changed: JSON.stringify(explorer.settings) !== JSON.stringify(readExplorer(new URLSearchParams()).settings) ||
				JSON.stringify(calc.settings) !== JSON.stringify(readCalc(new URLSearchParams()).settings)
		};
	},
	'model-atlas': (params) => {
		const { settings, problems } = readAtlas(params);
		return { problems, keys: Object.values(ATLAS_KEYS), changed: JSON.stringify(settings) !== JSON.stringify(readAtlas(new URLSearchParams()).settings) };
	}
};

const links = CONTENT.flatMap((file) => {
	const concept = parseConcept(file.path, file.source);
	return concept.answer.flatMap((bullet) =>
		[...bullet.matchAll(/\]\(\.\.\/lab\/([a-z0-9-]+)\/(\?[^)#]*)?\)/g)].map((m) => ({ file: file.path, lang: concept.lang, lab: m[1], query: m[2] ?? '' }))
	);
});

describe('interview-answer links to labs', () => {
	it('exist on most pages (a figure state backs a sentence)', () => {
		expect(new Set(links.map((l) => l.file)).size).toBeGreaterThanOrEqual(10);
	});

	// A bare lab link (the lab that backs the sentence, in its default state) has nothing to check.
	it.each(links.filter((l) => l.query !== '').map((l) => [`${l.file} → ${l.lab}/${l.query}`, l] as const))('%s opens a real figure state', (_, link) => {
		const read = READERS[link.lab];
		expect(read, `no reader for lab ${link.lab}`).toBeDefined();
		const params = new URLSearchParams(link.query);
		const result = read(params, link.lang);
		for (const key of params.keys()) expect(result.keys, `query key "${key}"`).toContain(key);
		expect(result.problems).toEqual([]);
		expect(result.changed, 'the settings differ from the figure’s defaults').toBe(true);
	});
});
