// Reading a figure's settings from the page address, and writing them back: one schema per figure (its query keys,
// what each may hold, its defaults), read and written here. Writing into the address itself is FigureUrl's.
// Reading never throws: a value that cannot be used falls back to its default and is reported, so the figure can say
// what it ignored and why. Every figure's settings are read and written here (docs/islands.md).

/** Why a value in the address was not used as it was. `retired`: the key is one the figure no longer reads. */
export type ProblemReason = 'unknown' | 'not-integer' | 'not-number' | 'out-of-range' | 'too-long' | 'retired';

export interface Problem {
	/** The query key, e.g. "kv-step". */
	key: string;
	/** The value as found (cut to 40 characters, never inside a surrogate pair); for a list, the one item that was not
	 * understood. */
	value: string;
	reason: ProblemReason;
}

/** A whole number written plainly, `min` to `max`: no sign, exponent, decimals or spaces ("7"). `nullable`: the empty
 * value reads as null ("no number": e.g. a prefix that follows the text's boundary) and null is written empty. */
export type IntField = { kind: 'int'; key: string; min: number; max: number; nullable?: boolean };
/** Any number in `min`..`max`, written plainly: sign, decimals and exponent allowed ("-0.5", "2e9"); spaces around it
 * are ignored. */
export type RealField = { kind: 'real'; key: string; min: number; max: number };
/** One of a list of names. `nullable`: the empty value reads as null (nothing chosen). */
export type EnumField = { kind: 'enum'; key: string; values: readonly string[]; nullable?: boolean };
/** One of a list of numbers, written as in the list ("0.25"). */
export type NumberField = { kind: 'number'; key: string; values: readonly number[] };
/** Yes or no, written as `words` (true's word first; "true"/"false" unless given). */
export type BoolField = { kind: 'bool'; key: string; words?: readonly [string, string] };
/** Some of a list of names, comma-separated, kept in the list's order; empty means none. Each unknown item is reported
 * and the others are kept. */
export type ListField = { kind: 'list'; key: string; values: readonly string[] };
/**
 * Free text, cut to the figure's limit by `cut`. Text that was cut is reported as too long and, by default, used as far
 * as it goes; with `whenCut: 'ignore'` it is not used at all (a value that only makes sense whole).
 */
export type TextField = { kind: 'text'; key: string; cut: (raw: string) => { text: string; cut: boolean }; whenCut?: 'use' | 'ignore' };
export type Field = IntField | RealField | EnumField | NumberField | BoolField | ListField | TextField;

/** The kinds of field a setting of type V can be read with: a number setting cannot be given a text field, a setting
 * that may be null needs a field that can say so. */
export type FieldFor<V> = [V] extends [boolean]
	? BoolField
	: [V] extends [readonly string[]]
		? ListField
		: [V] extends [number]
			? IntField | RealField | NumberField
			: [V] extends [number | null]
				? IntField & { nullable: true }
				: [V] extends [string]
					? EnumField | TextField
					: [V] extends [string | null]
						? EnumField & { nullable: true }
						: never;

export interface Schema<T> {
	fields: { [K in keyof T]: FieldFor<T[K]> };
	defaults: T;
	/** Checks that depend on several settings (e.g. step <= number of steps); returns the settings to reset. */
	cross?: (settings: T) => (keyof T)[];
	/** What a reset by `cross` is reported as: out of range unless given (a part another variant has is `unknown`). */
	crossReason?: ProblemReason;
	/** Settings that travel together: when one differs from its default, all of the group are written (a changed input
	 * with the default target must not lose the target on reload). */
	together?: readonly (readonly (keyof T)[])[];
	/** Settings not written for these settings (e.g. pasted text when another text is chosen). */
	unwritten?: (settings: T) => (keyof T)[];
	/** Keys the figure once read: an old link is told they are ignored, and the next write drops them. */
	retired?: readonly string[];
}

/** Every query key the schema reads (and so rewrites on each write). */
export function fieldKeys(schema: { fields: object; retired?: readonly string[] }): string[] {
	return [...(Object.values(schema.fields) as Field[]).map((field) => field.key), ...(schema.retired ?? [])];
}

/** A whole number written plainly ("7"): digits only, at most ten. */
function plainInteger(value: string): number | undefined {
	return /^\d{1,10}$/.test(value) ? Number(value) : undefined;
}

/** A number written plainly: optional minus, digits, optional decimals, optional exponent ("2e9", "-0.5"). */
const REAL = /^-?(\d{1,20}(\.\d{0,20})?|\.\d{1,20})(e[+-]?\d{1,3})?$/i;

const TRUE_FALSE = ['true', 'false'] as const;

type Read = { value: unknown } | { reason: ProblemReason; value?: unknown };

function readField(field: Field, raw: string): Read {
	switch (field.kind) {
		case 'enum':
			if (field.nullable && raw === '') return { value: null };
			return field.values.includes(raw) ? { value: raw } : { reason: 'unknown' };
		case 'number': {
			const number = /^\d{1,3}(\.\d{1,3})?$/.test(raw) ? Number(raw) : NaN;
			return field.values.includes(number) ? { value: number } : { reason: 'unknown' };
		}
		case 'int': {
			if (field.nullable && raw === '') return { value: null };
			const number = plainInteger(raw);
			if (number === undefined) return { reason: 'not-integer' };
			return number < field.min || number > field.max ? { reason: 'out-of-range' } : { value: number };
		}
		case 'real': {
			const trimmed = raw.trim();
			if (!REAL.test(trimmed)) return { reason: 'not-number' };
			const number = Number(trimmed);
			return Number.isFinite(number) && number >= field.min && number <= field.max ? { value: number } : { reason: 'out-of-range' };
		}
		case 'bool': {
			const [yes, no] = field.words ?? TRUE_FALSE;
			return raw === yes ? { value: true } : raw === no ? { value: false } : { reason: 'unknown' };
		}
		case 'list':
			// Items are checked one by one in readFields; here only the known ones, in the list's order.
			return { value: field.values.filter((item) => raw.split(',').includes(item)) };
		case 'text': {
			const { text, cut } = field.cut(raw);
			if (!cut) return { value: text };
			return field.whenCut === 'ignore' ? { reason: 'too-long' } : { reason: 'too-long', value: text };
		}
	}
}

/** A value as the note quotes it: its first 40 characters, never half of an emoji's surrogate pair. */
function quoted(value: string): string {
	const end = value.length > 40 && /[\uD800-\uDBFF]/.test(value[39]) ? 39 : 40;
	return value.slice(0, end);
}

/** How a setting is written in the address. */
function encode(field: Field, value: unknown): string {
	if (value === null) return '';
	if (field.kind === 'bool') return (field.words ?? TRUE_FALSE)[value ? 0 : 1];
	if (field.kind === 'list') return (value as string[]).join(',');
	return String(value);
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
		if (field.kind === 'list' && value !== '') {
			for (const item of value.split(',')) {
				if (!field.values.includes(item)) problems.push({ key: field.key, value: quoted(item), reason: 'unknown' });
			}
		}
		if ('reason' in read) problems.push({ key: field.key, value: quoted(value), reason: read.reason });
		if (read.value !== undefined) settings[name] = read.value as T[keyof T];
	}
	for (const name of schema.cross?.(settings) ?? []) {
		const field = schema.fields[name] as Field;
		problems.push({ key: field.key, value: quoted(raw[name] ?? encode(field, settings[name])), reason: schema.crossReason ?? 'out-of-range' });
		settings[name] = defaults[name];
	}
	for (const key of schema.retired ?? []) {
		const value = params.get(key);
		if (value !== null) problems.push({ key, value: quoted(value), reason: 'retired' });
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
	for (const key of fieldKeys(schema)) out.delete(key);
	const names = Object.keys(schema.fields) as (keyof T)[];
	const differs = (name: keyof T) => {
		const field = schema.fields[name] as Field;
		return encode(field, settings[name]) !== encode(field, defaults[name]);
	};
	const written = new Set(names.filter(differs));
	for (const group of schema.together ?? []) if (group.some((name) => written.has(name))) for (const name of group) written.add(name);
	for (const name of schema.unwritten?.(settings) ?? []) written.delete(name);
	for (const name of names) {
		const field = schema.fields[name] as Field;
		if (written.has(name)) out.set(field.key, encode(field, settings[name]));
	}
	return out;
}
