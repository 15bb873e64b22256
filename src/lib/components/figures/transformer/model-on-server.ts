// Server only (kept by engine.ts behind import.meta.env.SSR): reads a shipped model's weights from static/models/ at
// prerender time, so the page's HTML already shows what the trained model attends to.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The bytes of static/models/transformer-<id>.bin, or null when the file is not there. */
export function readModel(id: string): Uint8Array | null {
	const path = join(process.cwd(), 'static', 'models', `transformer-${id}.bin`);
	return existsSync(path) ? new Uint8Array(readFileSync(path)) : null;
}
