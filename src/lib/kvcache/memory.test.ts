import { describe, expect, it } from 'vitest';
import { formatBytes } from '$lib/format/numbers';
import { kvMemory, MEMORY_FORMATS, MEMORY_MODELS } from './memory';

describe('KV-cache memory', () => {
	it('GPT-2 small in fp16: 2 x 12 x 12 x 64 x 2 = 36,864 bytes per token; 36 MiB for 1024 tokens', () => {
		const m = kvMemory('gpt2-small', 'bf16', 1024);
		expect(m.bytesPerToken).toBe(36_864);
		expect(m.totalBytes).toBe(36 * 2 ** 20);
		expect(formatBytes(m.totalBytes)).toBe('36 MiB');
	});
	it('Llama-2-7B in fp16: 2 x 32 x 32 x 128 x 2 = 512 KiB per token; 2 GiB for 4096 tokens', () => {
		const m = kvMemory('llama2-7b', 'bf16', 4096);
		expect(m.bytesPerToken).toBe(524_288);
		expect(formatBytes(m.totalBytes)).toBe('2 GiB');
	});
	it('Llama-3-8B shares 8 key/value heads among 32 query heads: a quarter of Llama-2-7B per token', () => {
		const m = kvMemory('llama3-8b', 'bf16', 8192);
		expect(m).toMatchObject({ kvHeads: 8, queryHeads: 32, headSize: 128, bytesPerToken: 131_072 });
		expect(formatBytes(m.totalBytes)).toBe('1 GiB');
	});
	it('fp32 doubles and int8 halves the fp16 size', () => {
		expect(kvMemory('llama3-8b', 'fp32', 1).bytesPerToken).toBe(262_144);
		expect(kvMemory('llama3-8b', 'int8', 1).bytesPerToken).toBe(65_536);
	});
	it('every model, format and context in range gives a finite whole number', () => {
		for (const model of MEMORY_MODELS)
			for (const format of MEMORY_FORMATS)
				for (const context of [128, 131072]) expect(Number.isSafeInteger(kvMemory(model, format, context).totalBytes)).toBe(true);
		expect(() => kvMemory('gpt2-small', 'bf16', 0)).toThrow(RangeError);
	});
	it('formats bytes', () => {
		expect(formatBytes(512)).toBe('512 B');
		expect(formatBytes(1536)).toBe('1.50 KiB');
		expect(formatBytes(36_864)).toBe('36 KiB');
		expect(formatBytes(16 * 2 ** 30 + 2 ** 29)).toBe('16.5 GiB');
	});
});
