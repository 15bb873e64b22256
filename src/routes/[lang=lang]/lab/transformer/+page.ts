import { LANGS } from '$lib/i18n/langs';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));
