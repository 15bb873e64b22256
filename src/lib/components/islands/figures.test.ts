import { describe, expect, it } from 'vitest';
import { SETTING_KEYS as MASK_KEYS } from '$lib/attention/settings';
import { SETTING_KEYS as EMERGENCE_KEYS } from '$lib/emergence/settings';
import { SETTING_KEYS as LM_KEYS } from '$lib/lm/settings';
import { EVIDENCE_SCHEMA, LEDGER_SCHEMA, MEMORY_SCHEMA, RANK_SCHEMA } from '$lib/kvcache/settings';
import { EXPLORER_KEYS, RETIRED_EXPLORER_KEYS } from '$lib/architecture/explorer';
import { CALC_KEYS } from '$lib/architecture/calculator';
import { ATLAS_KEYS } from '$lib/atlas/settings';
import { TRIPTYCH_KEY } from '$lib/attention/triptych';
import { OWNED_KEYS as TRANSFORMER_KEYS } from '$lib/transformer-view/settings';
import { carriesSettings, FIGURE_KEYS, FIGURES, type FigureName } from './figures';

const schemaKeys = (schema: { fields: object }) => Object.values(schema.fields).map((field: { key: string }) => field.key);

describe('FIGURE_KEYS', () => {
	it("lists exactly the query keys each figure's own settings module reads", () => {
		const own: Record<FigureName, readonly string[]> = {
			'attention-masks': MASK_KEYS,
			'mask-triptych': [TRIPTYCH_KEY],
			emergence: EMERGENCE_KEYS,
			'kv-ledger': schemaKeys(LEDGER_SCHEMA),
			'kv-memory': schemaKeys(MEMORY_SCHEMA),
			'attention-rank': schemaKeys(RANK_SCHEMA),
			't5-evidence': schemaKeys(EVIDENCE_SCHEMA),
			// A retired key is still read, to say why an old link's setting is ignored.
			'block-explorer': [...Object.values(EXPLORER_KEYS), ...RETIRED_EXPLORER_KEYS],
			'param-calculator': Object.values(CALC_KEYS),
			'model-atlas': Object.values(ATLAS_KEYS),
			'tiny-lm': LM_KEYS,
			transformer: TRANSFORMER_KEYS
		};
		expect(Object.keys(FIGURE_KEYS).sort()).toEqual(Object.keys(FIGURES).sort());
		for (const name of Object.keys(own) as FigureName[]) expect([...FIGURE_KEYS[name]].sort(), name).toEqual([...own[name]].sort());
	});
});

describe('carriesSettings', () => {
	it('is true only for a key the figure owns', () => {
		expect(carriesSettings('?view=compare', 'attention-masks')).toBe(true);
		expect(carriesSettings('?view=compare', 'model-atlas')).toBe(false);
		expect(carriesSettings('?utm_source=x', 'attention-masks')).toBe(false);
		expect(carriesSettings('?utm_source=x&kv-step=3', 'kv-ledger')).toBe(true);
		expect(carriesSettings('', 'tiny-lm')).toBe(false);
	});
	it('counts a key with an empty value (a link that sets a field to empty)', () => {
		expect(carriesSettings('?input=', 'attention-masks')).toBe(true);
	});
});
