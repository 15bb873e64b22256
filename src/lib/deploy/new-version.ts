// A page from an old deploy (an open tab, or a page the service worker kept) asks for code that the host may no longer
// have: each deploy renames the hashed chunks. Before a figure fetches its code, the page asks the host which version it
// serves (Kit's _app/version.json, one small request per page); if it is not this page's, the figure's code is not
// requested (it would fail, and the figure would stay dead): the figure keeps its prerendered picture, and a note says
// the site was updated, with a button that loads the new version of the page, settings in the address kept.
import { SITE_BASE as base } from './site-base';
import { dev, version } from '$app/environment';

let checked: Promise<boolean> | undefined;

/** Whether the host now serves a different version of the site than this page's. Offline or unreachable: no. Asked
 * as Kit's `updated.check()` asks it (its version file, past any cache), without needing Kit to run on the page. */
export function newVersionOut(): Promise<boolean> {
	checked ??= (async () => {
		if (dev) return false;
		const response = await fetch(`${base}/_app/version.json`, { cache: 'no-cache', headers: { pragma: 'no-cache' } });
		if (!response.ok) return false;
		const served = ((await response.json()) as { version?: unknown }).version;
		return typeof served === 'string' && served !== version;
	})().catch(() => false);
	return checked;
}

/** The code `load` imports, fetched only if the host still serves this page's version; undefined where it does not,
 * or where the code is gone anyway (then the caller shows the note below instead of a dead figure or box). */
export async function importIfCurrent<T>(load: () => Promise<T>): Promise<T | undefined> {
	if (await newVersionOut()) return undefined;
	return load().catch(() => undefined);
}

const NOTE = {
	zh: { figure: '本站已更新，这个图需要新版本的代码。', filter: '本站已更新，筛选需要新版本的代码。', search: '本站已更新，搜索需要新版本的代码。', button: '载入新版本' },
	en: {
		figure: 'The site has been updated, and this figure needs the new version.',
		filter: 'The site has been updated, and the filter needs the new version.',
		search: 'The site has been updated, and search needs the new version.',
		button: 'Load the new version'
	}
} as const;

/** Puts the note, with its reload button, at the top of `host` (the prerendered markup of the figure, of the
 * glossary's filter box or of the search form stays below it). */
export function showNewVersionNote(host: HTMLElement, subject: 'figure' | 'filter' | 'search' = 'figure'): void {
	if (host.querySelector('[data-new-version]')) return;
	const lang = host.closest('[lang]')?.getAttribute('lang')?.startsWith('zh') ? 'zh' : 'en';
	const note = document.createElement('p');
	note.setAttribute('role', 'status');
	note.dataset.newVersion = '';
	note.className = 'new-version-note';
	note.textContent = `${NOTE[lang][subject]} `;
	const button = document.createElement('button');
	button.type = 'button';
	button.textContent = NOTE[lang].button;
	button.addEventListener('click', () => location.reload());
	note.append(button);
	host.prepend(note);
	host.setAttribute('data-stale', '');
}
