// Serves build-subpath/ (the site built with BASE_PATH=/llm-basics) under /llm-basics/, as GitHub Pages would serve a
// project site, with 404.html for unknown addresses. Used by the end-to-end tests of sub-path deployment.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import sirv from 'sirv';

const BASE = '/llm-basics';
const DIR = 'build-subpath';
const port = Number(process.argv[2] ?? 4180);
const files = sirv(DIR, { dev: false, etag: true });
const notFound = () => readFileSync(`${DIR}/404.html`);

createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const send404 = () => {
		res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
		res.end(notFound());
	};
	if (url.pathname !== BASE && !url.pathname.startsWith(`${BASE}/`)) return send404();
	req.url = url.pathname.slice(BASE.length) + url.search || '/';
	// A directory without its trailing slash redirects, as static hosts do.
	files(req, res, send404);
}).listen(port, '127.0.0.1', () => console.log(`build-subpath served at http://127.0.0.1:${port}${BASE}/`));
