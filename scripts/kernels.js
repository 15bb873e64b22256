// The WebAssembly kernels and how their text is assembled (wabt): shared by scripts/build-kernels.js and the test that
// checks the committed bytes are the text's.
import { readFile } from 'node:fs/promises';
import wabt from 'wabt';

export const KERNELS = ['kernels'];

/** @param {string} name @returns {Promise<Uint8Array>} */
export async function assembleKernel(name) {
	const text = await readFile(new URL(`../src/lib/transformer/kernels/${name}.wat`, import.meta.url), 'utf8');
	const tools = await wabt();
	const module = tools.parseWat(`${name}.wat`, text, { simd: true, bulk_memory: true });
	try {
		module.validate();
		return new Uint8Array(module.toBinary({}).buffer);
	} finally {
		module.destroy();
	}
}
