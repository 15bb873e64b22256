import { describe, expect, it } from 'vitest';
import { preloadsAfterContent } from './late-preloads';

const page = (head: string, body: string) => `<!doctype html>\n<html>\n\t<head>\n\t\t<meta charset="utf-8" />\n${head}\t</head>\n\t<body>\n${body}\t</body>\n</html>\n`;
const LINKS = '\t\t<link href="/_app/immutable/entry/start.A.js" rel="modulepreload">\n\t\t<link href="/_app/immutable/chunks/B.js" rel="modulepreload">\n';
const START = '<script>\n\t{\n\t\t__sveltekit_abc = { base: "" };\n\t\tPromise.all([import("/_app/immutable/entry/start.A.js")]);\n\t}\n</script>\n';

describe('preloadsAfterContent', () => {
	it('moves every module preload from the head to just before Kit\'s start-up script, in order', () => {
		const out = preloadsAfterContent(page(LINKS, `<main><p>Text</p></main>\n${START}`));
		const [head, body] = out.split('</head>');
		expect(head).not.toContain('modulepreload');
		expect(body).toContain(
			'<main><p>Text</p></main>\n<link href="/_app/immutable/entry/start.A.js" rel="modulepreload"><link href="/_app/immutable/chunks/B.js" rel="modulepreload"><script>'
		);
		expect(out.match(/rel="modulepreload"/g)).toHaveLength(2);
	});

	it('leaves the rest of the head, the body and the script as they were', () => {
		const input = page(`${LINKS}\t\t<link rel="icon" href="/favicon.svg">\n`, `<p>x</p>${START}`);
		const out = preloadsAfterContent(input);
		expect(out.replace(/<link href="[^"]*" rel="modulepreload">/g, '')).toBe(input.replace(/[ \t]*<link href="[^"]*" rel="modulepreload">\n/g, ''));
		expect(out).toContain('<link rel="icon" href="/favicon.svg">');
		expect(out).toContain(START);
	});

	it('changes nothing on a page without the start-up script, or without preloads', () => {
		const noScript = page(LINKS, '<p>Static only</p>\n');
		expect(preloadsAfterContent(noScript)).toBe(noScript);
		const noLinks = page('', `<p>x</p>${START}`);
		expect(preloadsAfterContent(noLinks)).toBe(noLinks);
		// A page that merely mentions the name in its head (not Kit's script in the body) is not touched either.
		const mention = page(`${LINKS}\t\t<script>var __sveltekit_x;</script>\n`, '<p>x</p>\n');
		expect(preloadsAfterContent(mention)).toBe(mention);
	});
});

describe('preloadsAfterContent, on a page with its own module script (a concept page)', () => {
	const OWN = '\t\t<link rel="modulepreload" href="/_app/immutable/chunks/C.js"/>\n\t\t<script type="module" src="/_app/immutable/chunks/D.js"></script>\n';

	it('moves the script and its preloads from the head to the end of the body, preloads first', () => {
		const out = preloadsAfterContent(page(OWN, '<main><p>Text</p></main>\n'));
		const [head, body] = out.split('</head>');
		expect(head).not.toContain('modulepreload');
		expect(head).not.toContain('<script type="module"');
		expect(body).toContain(
			'<main><p>Text</p></main>\n\t<link rel="modulepreload" href="/_app/immutable/chunks/C.js"/><script type="module" src="/_app/immutable/chunks/D.js"></script></body>'
		);
	});

	it('moves a lone script too, and nothing else', () => {
		const input = page('\t\t<script type="module" src="/x.js"></script>\n\t\t<link rel="icon" href="/favicon.svg">\n', '<p>x</p>\n');
		const out = preloadsAfterContent(input);
		expect(out).toContain('<link rel="icon" href="/favicon.svg">');
		expect(out.indexOf('<script type="module" src="/x.js"></script>')).toBeGreaterThan(out.indexOf('<p>x</p>'));
		expect(out.replace('<script type="module" src="/x.js"></script>', '')).toBe(input.replace('\t\t<script type="module" src="/x.js"></script>\n', ''));
	});
});
