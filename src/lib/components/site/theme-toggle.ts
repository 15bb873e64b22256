import type { Attachment } from 'svelte/attachments';

/**
 * The light/dark switch's behaviour, on its button: the page follows the system theme until the reader presses it;
 * the choice is remembered in localStorage and applied before first paint by the inline script in src/app.html. The
 * button is `hidden` until this runs (where scripts run it keeps its place meanwhile, see ThemeToggle.svelte), and
 * says which theme is on by `aria-pressed`, which also picks its icon. Used by ThemeToggle.svelte, and on a
 * prerendered concept page by concept-page/start.ts.
 */
export const themeToggle: Attachment<HTMLButtonElement> = (button) => {
	const media = window.matchMedia('(prefers-color-scheme: dark)');
	const isDark = () => {
		const chosen = document.documentElement.dataset.theme;
		return chosen ? chosen === 'dark' : media.matches;
	};
	const show = () => button.setAttribute('aria-pressed', String(isDark()));
	const toggle = () => {
		const theme = isDark() ? 'light' : 'dark';
		document.documentElement.dataset.theme = theme;
		try {
			localStorage.setItem('theme', theme);
		} catch {
			// Storage blocked: the choice lasts for this page only.
		}
		show();
	};
	show();
	button.hidden = false;
	button.addEventListener('click', toggle);
	media.addEventListener('change', show);
	return () => {
		button.removeEventListener('click', toggle);
		media.removeEventListener('change', show);
	};
};
