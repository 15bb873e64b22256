import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatBytes } from './bytes';
import { bytes as calculatorBytes } from '$lib/architecture/format';
import { formatBytes as kvBytes, kvMemory } from '$lib/kvcache/memory';
import { kvCacheBytesPerToken, PRESETS } from '$lib/architecture/params';

describe('formatBytes: binary units', () => {
	it('writes powers of 1024 with their binary names', () => {
		expect(formatBytes(0)).toBe('0 B');
		expect(formatBytes(1023)).toBe('1023 B');
		expect(formatBytes(1024)).toBe('1 KiB');
		expect(formatBytes(1536)).toBe('1.50 KiB');
		expect(formatBytes(524_288)).toBe('512 KiB');
		expect(formatBytes(2 ** 30)).toBe('1 GiB');
		expect(formatBytes(2 * 6_738_415_616)).toBe('12.6 GiB');
		expect(formatBytes(2 ** 40 * 3)).toBe('3 TiB');
	});

	it('never rounds up to 1024 of a unit, and never shows NaN', () => {
		expect(formatBytes(1024 * 1024 - 1)).toBe('1.00 MiB');
		expect(formatBytes(NaN)).toBe('–');
		expect(formatBytes(-1)).toBe('–');
		expect(formatBytes(Infinity)).toBe('–');
	});
});

describe('one unit system for bytes across the labs', () => {
	it('the KV cache of Llama-3-8B reads the same in the KV-cache lab and in the architecture calculator', () => {
		const perToken = kvCacheBytesPerToken(PRESETS['llama3-8b'].config, 2);
		expect(perToken).toBe(131_072);
		expect(calculatorBytes(perToken)).toBe('128 KiB');
		expect(kvBytes(kvMemory('llama3-8b', 'bf16', 8192).bytesPerToken)).toBe('128 KiB');
	});

	it('no source file writes decimal byte units (KB, MB, GB, TB) next to binary ones', () => {
		const files = (dir: string): string[] =>
			readdirSync(dir).flatMap((name) => {
				const path = join(dir, name);
				if (statSync(path).isDirectory()) return files(path);
				return /\.(ts|svelte)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
			});
		const decimal = files('src').filter((path) => /['"`\s(]\d*\s?[KMGT]B\b['"`\s)]|'[KMGT]B'/.test(readFileSync(path, 'utf8')));
		expect(decimal).toEqual([]);
	});
});
