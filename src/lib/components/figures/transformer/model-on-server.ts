// Server only (kept by engine.ts behind import.meta.env.SSR): reads a shipped model's weights from static/models/ at
// prerender time, so the page's HTML already shows what the trained model attends to.
// Node's modules are taken when called, not imported: the dev server's browser code evaluates the server-only modules
// that engine.ts and server-html.ts list (only the production build drops them), and a browser has no node:fs.

/** The bytes of static/models/transformer-<id>.bin, or null when the file is not there. */
export function readModel(id: string): Uint8Array | null {
	const { existsSync, readFileSync } = process.getBuiltinModule('node:fs');
	const { join } = process.getBuiltinModule('node:path');
	const path = join(process.cwd(), 'static', 'models', `transformer-${id}.bin`);
	return existsSync(path) ? new Uint8Array(readFileSync(path)) : null;
}
