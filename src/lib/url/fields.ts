// Reading a figure's settings from the page address, and writing them back: one schema per figure (its query keys,
// what each may hold, its defaults), read and written here. Writing into the address itself is FigureUrl's.
// Reading never throws: a value that cannot be used falls back to its default and is reported, so the figure can say
// what it ignored and why. Figures on it: the four why-decoder-only figures and the Transformer figure; the mask,
// emergence, tiny-model and atlas figures still read with their own modules (issue 19).

/** Why a value in the address was not used as it was. */
export type ProblemReason = 'unknown' | 'not-integer' | 'out-of-range' | 'too-long';

export interface Problem {
	/** The query key, e.g. "kv-step". */
	key: string;
	/** The value as found (cut to 40 characters). */
	value: string;
	reason: ProblemReason;
}

/** A whole number written plainly, `min` to `max`: no sign, exponent, decimals or spaces ("7"). */
export type IntField = { kind: 'int'; key: string; min: number; max: number };
/** One of a list of names. */
export type EnumField = { kind: 'enum'; key: string; values: readonly string[] };
/** One of a list of numbers, written as in the list ("0.25"). */
export type NumberField = { kind: 'number'; key: string; values: readonly number[] };
/** Free text, cut to the figure's limit (reported as too long when it was). */
export type TextField = { kind: 'text'; key: string; cut: (raw: string) => { text: string; cut: boolean } };
export type Field = IntField | EnumField | NumberField | TextField;

/** The kinds of field a setting of type V can be read with: a number setting cannot be given a text field. */
export type FieldFor<V> = V extends number ? IntField | NumberField : V extends string ? EnumField | TextField : never;

export interface Schema<T> {
	fields: { [K in keyof T]: FieldFor<T[K]> };
	defaults: T;
	/** Checks that depend on several settings (e.g. step <= number of steps); returns the settings to reset. */
	cross?: (settings: T) => (keyof T)[];
}

/** Every query key the schema reads (and so rewrites on each write). */
export function fieldKeys<T>(schema: Schema<T>): string[] {
	return (Object.values(schema.fields) as Field[]).map((field) => field.key);
}

/** A whole number written plainly ("7"): digits only, at most ten. */
function plainInteger(value: string): number | undefined {
	return /^\d{1,10}$/.test(value) ? Number(value) : undefined;
}

type Read = { value: unknown } | { reason: ProblemReason; value?: unknown };

function readField(field: Field, raw: string): Read {
	switch (field.kind) {
		case 'enum':
			return field.values.includes(raw) ? { value: raw } : { reason: 'unknown' };
		case 'number': {
			const number = /^\d{1,3}(\.\d{1,3})?$/.test(raw) ? Number(raw) : NaN;
			return field.values.includes(number) ? { value: number } : { reason: 'unknown' };
		}
		case 'int': {
			const number = plainInteger(raw);
			if (number === undefined) return { reason: 'not-integer' };
			return number < field.min || number > field.max ? { reason: 'out-of-range' } : { value: number };
		}
		case 'text': {
			// Cut text is still used, as far as it goes, and the figure says it was cut.
			const { text, cut } = field.cut(raw);
			return cut ? { reason: 'too-long', value: text } : { value: text };
		}
	}
}

/** The settings in `params` over `defaults` (the schema's own unless given), and what could not be used. */
export function readFields<T extends object>(
	schema: Schema<T>,
	params: URLSearchParams,
	defaults: T = schema.defaults
): { settings: T; problems: Problem[] } {
	const settings = { ...defaults };
	const problems: Problem[] = [];
	const raw: Partial<Record<keyof T, string>> = {};
	for (const name of Object.keys(schema.fields) as (keyof T)[]) {
		const field = schema.fields[name] as Field;
		const value = params.get(field.key);
		if (value === null) continue;
		raw[name] = value;
		const read = readField(field, value);
		if ('reason' in read) problems.push({ key: field.key, value: value.slice(0, 40), reason: read.reason });
		if (read.value !== undefined) settings[name] = read.value as T[keyof T];
	}
	for (const name of schema.cross?.(settings) ?? []) {
		const field = schema.fields[name] as Field;
		problems.push({ key: field.key, value: (raw[name] ?? String(settings[name])).slice(0, 40), reason: 'out-of-range' });
		settings[name] = defaults[name];
	}
	return { settings, problems };
}

/**
 * The settings that differ from `defaults` as query parameters, added to a copy of `params` (which may hold other
 * figures' keys) after this schema's own keys are removed from it.
 */
export function writeFields<T extends object>(
	schema: Schema<T>,
	settings: T,
	params = new URLSearchParams(),
	defaults: T = schema.defaults
): URLSearchParams {
	const out = new URLSearchParams(params);
	for (const name of Object.keys(schema.fields) as (keyof T)[]) {
		const field = schema.fields[name] as Field;
		out.delete(field.key);
		if (settings[name] !== defaults[name]) out.set(field.key, String(settings[name]));
	}
	return out;
}
