import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveSeed, mulberry32, normal } from './random';

const seed = fc.integer({ min: 0, max: 0xffffffff });

describe('mulberry32', () => {
	it('is deterministic for a seed and gives numbers in [0, 1)', () => {
		fc.assert(
			fc.property(seed, (s) => {
				const a = mulberry32(s);
				const b = mulberry32(s);
				for (let i = 0; i < 20; i++) {
					const x = a();
					expect(b()).toBe(x);
					expect(x).toBeGreaterThanOrEqual(0);
					expect(x).toBeLessThan(1);
				}
			})
		);
	});
	it('gives different sequences for different seeds', () => {
		const first = (s: number) => Array.from({ length: 5 }, mulberry32(s));
		expect(first(1)).not.toEqual(first(2));
		expect(new Set(first(42)).size).toBe(5);
	});
	it('is about uniform', () => {
		const random = mulberry32(7);
		const bins = new Array(10).fill(0);
		for (let i = 0; i < 100_000; i++) bins[Math.floor(random() * 10)]++;
		// Each bin expects 10000, standard deviation about 95.
		for (const count of bins) expect(Math.abs(count - 10_000)).toBeLessThan(500);
	});
	it('gives exactly the numbers it always gave (seeded links, shipped models and tests depend on them)', () => {
		expect(Array.from({ length: 3 }, mulberry32(1))).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
		expect(Array.from({ length: 2 }, mulberry32(0))).toEqual([0.26642920868471265, 0.0003297457005828619]);
		expect(Array.from({ length: 3 }, mulberry32(20261128))).toEqual([0.9627261769492179, 0.18837198405526578, 0.3504589442163706]);
	});
	it('reads the seed modulo 2^32: a signed and an unsigned seed with the same bits give the same sequence', () => {
		fc.assert(
			fc.property(seed, (s) => {
				expect(Array.from({ length: 4 }, mulberry32(s | 0))).toEqual(Array.from({ length: 4 }, mulberry32(s >>> 0)));
			})
		);
		expect(Array.from({ length: 4 }, mulberry32(-1))).toEqual(Array.from({ length: 4 }, mulberry32(2 ** 32 - 1)));
	});
});

describe('normal and deriveSeed', () => {
	it('normal: Box-Muller draws, pinned', () => {
		const random = mulberry32(7);
		expect([normal(random), normal(random)]).toEqual([0.14197043782155663, -0.8642530248729361]);
	});
	it('deriveSeed: pinned, a 32-bit signed integer, different streams for different indices', () => {
		expect([deriveSeed(0, 0), deriveSeed(7, 1), deriveSeed(7, 303), deriveSeed(-5, 2)]).toEqual([-2084468600, -468768044, -1831293606, -378651595]);
		fc.assert(
			fc.property(seed, fc.nat(1000), (s, i) => {
				const d = deriveSeed(s, i);
				expect(d).toBe(d | 0);
				expect(d).not.toBe(deriveSeed(s, i + 1));
			})
		);
	});
});

/** Every .ts, .js and .svelte file under `dir`, recursively. */
function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(ts|js|svelte)$/.test(entry.name) ? [path] : [];
	});
}

describe('one seeded generator', () => {
	const HOME = 'src/lib/random.ts';
	const files = (...dirs: string[]) => dirs.flatMap(sourceFiles).map((path) => relative('.', path).split(sep).join('/'));
	const holding = (paths: string[], pattern: RegExp) =>
		paths.filter((path) => path !== HOME && path !== 'src/lib/random.test.ts' && pattern.test(readFileSync(path, 'utf8')));

	it(`mulberry32 is defined only in ${HOME}: src/, tests/ and scripts/ import it from there`, () => {
		const all = files('src', 'tests', 'scripts');
		expect(all).toContain(HOME);
		const MULBERRY32 = /0x6d2b79f5|function\s+mulberry32\b/i;
		expect(readFileSync(HOME, 'utf8')).toMatch(MULBERRY32);
		expect(holding(all, MULBERRY32)).toEqual([]);
	});
	it('src/ has no other seeded generator (the multipliers of the usual linear congruential ones)', () => {
		expect(holding(files('src'), /\b(1103515245|1664525|16807|48271|6364136223846793005)\b/)).toEqual([]);
	});
});
