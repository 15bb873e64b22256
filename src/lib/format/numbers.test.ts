import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'd3-format';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kvCacheBytesPerToken, PRESETS } from '$lib/architecture/params';
import { kvMemory } from '$lib/kvcache/memory';
import {
	formatBytes,
	formatCompact,
	formatCount,
	formatDuration,
	formatFixed,
	formatLoss,
	formatPercent,
	formatValue,
	powerOfTen,
	scientific,
	significant
} from './numbers';

describe('number formatting', () => {
	it('writes powers of ten with superscripts', () => {
		expect(powerOfTen(8)).toBe('10⁸');
		expect(powerOfTen(-12)).toBe('10⁻¹²');
	});
	it('writes scientific notation, dropping a mantissa of 1', () => {
		expect(scientific(3.5e8)).toBe('3.5 × 10⁸');
		expect(scientific(1e13)).toBe('10¹³');
		expect(scientific(-2e-5)).toBe('−2 × 10⁻⁵');
		expect(scientific(2.0e11, 2)).toBe('2 × 10¹¹');
		expect(scientific(5)).toBe('5 × 10⁰');
		expect(scientific(1234, 3)).toBe('1.23 × 10³');
	});
	it('never shows NaN or Infinity', () => {
		expect(scientific(NaN)).toBe('—');
		expect(formatValue(NaN)).toBe('—');
		expect(formatValue(Infinity)).toBe('∞');
		expect(formatValue(-Infinity)).toBe('−∞');
	});
	it('uses decimals in the middle range and scientific notation outside it', () => {
		expect(formatValue(0.6065306)).toBe('0.607');
		expect(formatValue(-4.542)).toBe('−4.54');
		expect(formatValue(6.4445e-6)).toBe('6.44 × 10⁻⁶');
		expect(formatValue(0)).toBe('0');
		expect(formatValue(0.001)).toBe('0.001');
		expect(formatValue(0.000999)).toBe('9.99 × 10⁻⁴');
		expect(formatValue(12345)).toBe('1.23 × 10⁴');
		expect(formatValue(1e5)).toBe('10⁵');
	});
	it('formatValue styles: the tight look, a kept mantissa of 1, other texts for NaN and infinities', () => {
		const tight = { plainFrom: 0.01, times: '×', keepOne: true, nan: '–', infinite: '∞' } as const;
		expect(formatValue(1e8, 3, tight)).toBe('1×10⁸');
		expect(formatValue(0.005, 3, tight)).toBe('5×10⁻³');
		expect(formatValue(NaN, 3, tight)).toBe('–');
		expect(formatValue(-Infinity, 3, tight)).toBe('∞');
		expect(formatValue(1e8, 3, { keepOne: true })).toBe('1 × 10⁸');
	});
	it('formatValue divide: the mantissa rounded after dividing by the power differs from rounding x at ties', () => {
		expect(formatValue(10050, 3)).toBe('1.01 × 10⁴');
		expect(formatValue(10050, 3, { divide: true })).toBe('10⁴');
		expect(formatValue(3.14e23, 3, { divide: true })).toBe('3.14 × 10²³');
		expect(formatValue(9.999e20, 3, { divide: true })).toBe('10²¹');
	});
	it('significant: plain decimals with trailing zeros dropped, the same text as d3-format’s ".3~r"', () => {
		expect(significant(124.4398, 3)).toBe('124');
		expect(significant(1234.5, 3)).toBe('1230');
		expect(significant(0.5, 3)).toBe('0.5');
		expect(significant(999.6, 3)).toBe('1000');
		expect(significant(-5, 3)).toBe('−5');
		const r = format('.3~r');
		fc.assert(
			fc.property(fc.double({ min: 1e-6, max: 1e20, noNaN: true }), (x) => {
				expect(significant(x, 3)).toBe(r(x));
			})
		);
		fc.assert(
			fc.property(fc.integer({ min: -100_000, max: 1e9 }), (n) => {
				expect(significant(n, 3)).toBe(r(n));
			})
		);
	});
});

describe('counts', () => {
	it('formatCount: thousands separators, the same in both languages, whole numbers, "–" when not finite', () => {
		expect(formatCount(131072)).toBe('131,072');
		expect(formatCount(131072, 'en')).toBe('131,072');
		expect(formatCount(131072, 'zh')).toBe('131,072');
		expect(formatCount(1_234_567_890_123, 'zh')).toBe('1,234,567,890,123');
		expect(formatCount(999)).toBe('999');
		expect(formatCount(12.5)).toBe('13');
		expect(formatCount(NaN, 'en')).toBe('–');
		expect(formatCount(Infinity, 'zh')).toBe('–');
		fc.assert(
			fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
				expect(formatCount(n, 'en')).toBe(n.toLocaleString('en'));
				expect(formatCount(n, 'zh')).toBe(n.toLocaleString('zh-CN'));
			})
		);
	});
	it('formatCount maxDigits: e-notation for counts needing more digits (d3-format’s "," with 12)', () => {
		expect(formatCount(1e12, 'en', { maxDigits: 12 })).toBe('1e+12');
		expect(formatCount(1_234_567_890_123, 'en', { maxDigits: 12 })).toBe('1.23456789012e+12');
		expect(formatCount(120_000_000_000_000, 'en', { maxDigits: 12 })).toBe('1.2e+14');
		expect(formatCount(999_999_999_999, 'en', { maxDigits: 12 })).toBe('999,999,999,999');
		expect(formatCount(999_999_999_999.5, 'en', { maxDigits: 12 })).toBe('1e+12');
		fc.assert(
			fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
				expect(formatCount(n, 'en', { maxDigits: 12 })).toBe(format(',')(n));
			})
		);
	});
	it('formatCompact: K, M, B, T with 3 significant digits', () => {
		expect(formatCompact(124439808)).toBe('124M');
		expect(formatCompact(6738415616)).toBe('6.74B');
		expect(formatCompact(512)).toBe('512');
		expect(formatCompact(0)).toBe('0');
		expect(formatCompact(1000)).toBe('1K');
		expect(formatCompact(999_600)).toBe('1000K');
		expect(formatCompact(1.75e11)).toBe('175B');
		expect(formatCompact(2.5e12)).toBe('2.5T');
		expect(formatCompact(NaN)).toBe('–');
	});
});

describe('percentages, losses, durations, weights', () => {
	it('formatPercent: (100 × part) / whole, with the given decimals', () => {
		expect(formatPercent(0.42)).toBe('42%');
		expect(formatPercent(0.125, 1)).toBe('12.5%');
		expect(formatPercent(0.005)).toBe('1%');
		expect(formatPercent(0.0049, 1)).toBe('0.5%');
		expect(formatPercent(0)).toBe('0%');
		expect(formatPercent(1)).toBe('100%');
		expect(formatPercent(1, 1, 3)).toBe('33.3%');
		expect(formatPercent(NaN)).toBe('–');
		expect(formatPercent(1, 1, 0)).toBe('–');
	});
	it('formatLoss: 3 decimals, the unit only after a number', () => {
		expect(formatLoss(Math.LN10)).toBe('2.303');
		expect(formatLoss(Math.LN10, { unit: 'nats' })).toBe('2.303 nats');
		expect(formatLoss(1.23456, { decimals: 2 })).toBe('1.23');
		expect(formatLoss(0, { unit: 'bits' })).toBe('0.000 bits');
		expect(formatLoss(null, { unit: 'nats' })).toBe('–');
		expect(formatLoss(undefined)).toBe('–');
		expect(formatLoss(Infinity)).toBe('–');
	});
	it('formatDuration: one decimal', () => {
		expect(formatDuration(12.34)).toBe('12.3');
		expect(formatDuration(0)).toBe('0.0');
		expect(formatDuration(0.05)).toBe('0.1');
		expect(formatDuration(NaN)).toBe('–');
	});
	it('formatFixed: fixed decimals, an exact 0 as "0"', () => {
		expect(formatFixed(0, 3)).toBe('0');
		expect(formatFixed(-0, 3)).toBe('0');
		expect(formatFixed(0.12345, 3)).toBe('0.123');
		expect(formatFixed(0.0001, 3)).toBe('0.000');
		expect(formatFixed(-0.5, 2)).toBe('-0.50'); // a hyphen, as toFixed writes it (the T5 figure's score gaps)
		expect(formatFixed(NaN, 3)).toBe('–');
	});
});

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
		expect(formatBytes(perToken)).toBe('128 KiB');
		expect(formatBytes(kvMemory('llama3-8b', 'bf16', 8192).bytesPerToken)).toBe('128 KiB');
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
