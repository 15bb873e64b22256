/**
 * Kit writes a `<link rel="modulepreload">` for each file of its start-up code into the page's head. There the
 * browser fetches them alongside the page itself, and on a slow connection they share its bandwidth: the text a
 * reader came for arrives later (on `/en/training-objective/`, Lighthouse's slow-4G phone saw the first text about
 * 0.5 s later with them in the head than with them at the end of the page). The start-up code cannot run before the
 * page has been read to its end anyway (Kit's start-up script is the body's last element), so this moves the links to
 * just before that script: the browser meets them when the page's bytes have arrived, and fetches the code then.
 *
 * A prerendered concept page starts with a module script of its own instead of Kit's (src/lib/concept-page/start.ts),
 * which its head holds with its preloads: the script and its preloads move together to the end of the body.
 *
 * `html` is a whole page as Kit renders it. A page with neither start-up script (no client-side code) is returned
 * unchanged, links and all.
 */
export function preloadsAfterContent(html: string): string {
	const headEnd = html.indexOf('</head>');
	if (headEnd < 0) return html;
	const kitStart = html.indexOf('__sveltekit_', headEnd);
	const kitScript = kitStart < 0 ? -1 : html.lastIndexOf('<script', kitStart);
	const ownScript = kitScript > headEnd ? null : /[ \t]*<script type="module" src="[^"]*"><\/script>\n?/.exec(html.slice(0, headEnd));
	// Where the tags go: just before Kit's start-up script, or at the end of the body with the page's own script.
	const at = kitScript > headEnd ? kitScript : ownScript ? html.lastIndexOf('</body>') : -1;
	if (at < headEnd) return html;
	const tags: string[] = [];
	let head = html.slice(0, headEnd).replace(/[ \t]*<link [^>]*\brel="modulepreload"[^>]*>\n?/g, (tag) => {
		tags.push(tag.trim());
		return '';
	});
	if (ownScript) {
		head = head.replace(ownScript[0], '');
		tags.push(ownScript[0].trim());
	}
	if (!tags.length) return html;
	return head + html.slice(headEnd, at) + tags.join('') + html.slice(at);
}
