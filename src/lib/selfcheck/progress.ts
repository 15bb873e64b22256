// Self-check answers, kept in this browser's localStorage only (never sent anywhere). Bad or missing data reads as
// no answers; a browser that refuses storage (private mode, quota) simply does not remember.
import { SELF_CHECK_KEY as KEY } from '$lib/stored-keys';

export type Answers = Record<string, number>;

export function parseAnswers(text: string | null): Answers {
	if (!text) return {};
	try {
		const data: unknown = JSON.parse(text);
		if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
		return Object.fromEntries(
			Object.entries(data).filter(([, v]) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 16)
		) as Answers;
	} catch {
		return {};
	}
}

export function loadAnswers(): Answers {
	try {
		return parseAnswers(localStorage.getItem(KEY));
	} catch {
		return {};
	}
}

export function saveAnswers(answers: Answers): void {
	try {
		if (Object.keys(answers).length === 0) localStorage.removeItem(KEY);
		else localStorage.setItem(KEY, JSON.stringify(answers));
	} catch {
		// Storage refused: answers last until the page is left.
	}
}
