// The site's one seeded random generator. The same seed gives the same initial weights, batches, masked positions,
// samples, toy matrices, test sets and self-check questions, so a link with a seed reproduces a run. Every module that
// needs seeded randomness imports mulberry32 from here (a test fails if a copy appears elsewhere:
// src/lib/random.test.ts); see docs/formatting-and-random.md.

/**
 * mulberry32: a small, fast 32-bit generator (public domain). Returns numbers in [0, 1). The seed is any number; only
 * its integer value modulo 2^32 counts, so -1 and 2^32 - 1 give the same sequence. Seeded outputs are pinned by tests
 * across the site: do not change the arithmetic.
 */
export function mulberry32(seed: number): () => number {
	let state = seed | 0;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A standard normal draw (Box-Muller) from a uniform generator. */
export function normal(random: () => number): number {
	const u = 1 - random();
	const v = random();
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A seed for a derived stream (e.g. sampling number `index` under seed `seed`), so streams do not overlap. */
export function deriveSeed(seed: number, index: number): number {
	return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index + 1, 0xc2b2ae35)) | 0;
}
