/**
 * Kit writes a `<link rel="modulepreload">` for each file of its start-up code into the page's head. There the
 * browser fetches them alongside the page itself, and on a slow connection they share its bandwidth: the text a
 * reader came for arrives later (on `/en/training-objective/`, Lighthouse's slow-4G phone saw the first text about
 * 0.5 s later with them in the head than with them at the end of the page). The start-up code cannot run before the
 * page has been read to its end anyway (Kit's start-up script is the body's last element), so this moves the links to
 * just before that script: the browser meets them when the page's bytes have arrived, and fetches the code then.
 *
 * `html` is a whole page as Kit renders it. A page without Kit's start-up script (no client-side code) is returned
 * unchanged, links and all.
 */
export function preloadsAfterContent(html: string): string {
	const headEnd = html.indexOf('</head>');
	const kitStart = headEnd < 0 ? -1 : html.indexOf('__sveltekit_', headEnd);
	if (kitStart < 0) return html;
	const startScript = html.lastIndexOf('<script', kitStart);
	if (startScript < headEnd) return html;
	const links: string[] = [];
	const head = html.slice(0, headEnd).replace(/[ \t]*<link [^>]*\brel="modulepreload"[^>]*>\n?/g, (tag) => {
		links.push(tag.trim());
		return '';
	});
	if (!links.length) return html;
	return head + html.slice(headEnd, startScript) + links.join('') + html.slice(startScript);
}
