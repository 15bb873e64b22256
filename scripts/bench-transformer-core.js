// Times the Transformer maths in Node (issue 15), without a browser: a forward pass over 64 tokens with the shipped
// decoder shape, generation with and without the KV cache, and training from scratch on the English corpus until
// the held-out loss is below the bigram's (the page's live-training budget is 60 s). Wall-clock medians; the load
// average is printed with them, because on a shared machine it moves every figure. Writes
// bench-results/transformer-core.json.
//
//   node scripts/bench-transformer-core.js [--train-seconds 120] [--skip-training]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { loadTs } from './load-ts.js';

const args = process.argv.slice(2);
const trainSeconds = Number(args[args.indexOf('--train-seconds') + 1]) || 120;
const skipTraining = args.includes('--skip-training');
const FORWARD_BUDGET_MS = 5;
const LIVE_TRAINING_BUDGET_S = 60;

const {
	modules: [T, masks, kv, train, opt, vocabs, corpus, recipes, random],
	close
} = await loadTs([
	'/src/lib/transformer/index.ts',
	'/src/lib/attention/masks.ts',
	'/src/lib/transformer/kv-cache.ts',
	'/src/lib/transformer/train.ts',
	'/src/lib/transformer/optimizer.ts',
	'/src/lib/transformer/vocab.ts',
	'/src/lib/transformer/corpus.ts',
	'/src/lib/transformer/recipes.ts',
	'/src/lib/random.ts'
]);

/** CPU time of this process per call (user + system), mean of `reps` calls: on a busy machine a truer figure of the
 * work than wall time, which also counts the time other processes held the CPU. */
const cpuPerCall = /** @type {Record<string, number>} */ ({});

/** Median wall time of `reps` calls, after `warm` unmeasured ones; the CPU time per call goes to cpuPerCall[label].
 * @param {string} label @param {() => void} f */
function median(label, f, reps = 30, warm = 10) {
	for (let i = 0; i < warm; i++) f();
	const times = [];
	const cpu0 = process.cpuUsage();
	for (let i = 0; i < reps; i++) {
		const t0 = performance.now();
		f();
		times.push(performance.now() - t0);
	}
	const cpu = process.cpuUsage(cpu0);
	cpuPerCall[label] = (cpu.user + cpu.system) / 1000 / reps;
	times.sort((a, b) => a - b);
	return times[Math.floor(reps / 2)];
}

const checks = [];
const rows = [];
console.log(`load average at start: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
for (const [lang, vocabSize] of [
	['en', 83],
	['zh', 893]
]) {
	const config = { ...recipes.DECODER_SHAPE, vocabSize };
	const model = T.createTransformer(config, 1);
	const tokens = Array.from({ length: 64 }, (_, i) => (i * 7) % vocabSize);
	const mask = masks.causalMask(64);
	const forwardMs = median(`forward ${lang}`, () => T.forward(model, tokens, mask));
	const stepMs = median(`step ${lang}`, () => T.lossAndGradients(model, tokens, tokens, mask, tokens.map(() => 1)), 10, 3);
	const withCache = median(`cache ${lang}`, () => {
		const cache = kv.createKVCache(model);
		for (const t of tokens) kv.stepWithCache(model, cache, t);
	}, 5, 2);
	const withoutCache = median(`no cache ${lang}`, () => {
		for (let n = 1; n <= 64; n++) kv.logitsWithoutCache(model, tokens.slice(0, n));
	}, 3, 1);
	const cpu = (/** @type {string} */ key) => cpuPerCall[`${key} ${lang}`];
	rows.push({ lang, vocabSize, parameters: T.parameterCount(model), forwardMs, forwardBackwardMs: stepMs, generate64WithCacheMs: withCache, generate64WithoutCacheMs: withoutCache, cpuMs: { forward: cpu('forward'), forwardBackward: cpu('step'), generate64WithCache: cpu('cache'), generate64WithoutCache: cpu('no cache') } });
	console.log(`  CPU time per call: forward ${cpu('forward').toFixed(2)} ms, forward+backward ${cpu('step').toFixed(1)} ms, generation with cache ${cpu('cache').toFixed(1)} ms, without ${cpu('no cache').toFixed(0)} ms`);
	console.log(
		`${lang} shape (V ${vocabSize}, ${T.parameterCount(model)} parameters): forward 64 tokens ${forwardMs.toFixed(2)} ms, forward+backward ${stepMs.toFixed(1)} ms; 64 tokens generated with KV cache ${withCache.toFixed(1)} ms, without ${withoutCache.toFixed(0)} ms (${(withoutCache / withCache).toFixed(1)}x)`
	);
	checks.push({ label: `Transformer forward, 64 tokens, ${lang} shape (Node)`, value: Number(forwardMs.toFixed(2)), unit: 'ms', budget: FORWARD_BUDGET_MS, ok: forwardMs <= FORWARD_BUDGET_MS });
}

if (!skipTraining) {
	// Live training as the page would run it: the shipped shape, from scratch, on the English corpus.
	const text = readFileSync('src/lib/transformer/corpora/en.txt', 'utf8');
	const vocab = vocabs.buildVocab(text, 120);
	const split = corpus.splitCorpus(text, vocab);
	const recipe = recipes.DECODER_RECIPES[0];
	const config = { ...recipe.shape, vocabSize: vocab.tokens.length };
	const model = T.createTransformer(config, 7);
	const optimizer = opt.createAdamW(model.params);
	const batches = random.mulberry32(7);
	const held = train.heldOutSequences(split.held, config.contextLength, 'causal', 1, 24);
	const bigram = train.bestBigram(split.train, config.vocabSize, held).loss;
	const started = performance.now();
	let steps = 0;
	let beatAt = null;
	let last = Infinity;
	while ((performance.now() - started) / 1000 < trainSeconds) {
		const batch = train.makeBatch(split.train, recipe.batchSize, config.contextLength, 'causal', batches);
		train.trainStep(model, optimizer, batch, { learningRate: train.learningRateAt(steps, recipe.learningRate, recipe.warmup, 600), weightDecay: recipe.weightDecay, clipNorm: recipe.clipNorm });
		steps++;
		if (steps % 25 === 0) {
			last = train.evaluate(model, held);
			const seconds = (performance.now() - started) / 1000;
			console.log(`  training: step ${steps}, ${seconds.toFixed(0)} s, held-out ${last.toFixed(3)} (bigram ${bigram.toFixed(3)})`);
			if (last < bigram) {
				beatAt = seconds;
				break;
			}
		}
	}
	const seconds = (performance.now() - started) / 1000;
	rows.push({ training: { steps, seconds, stepsPerSecond: steps / seconds, heldOut: last, bigram, beatBigramAfterSeconds: beatAt } });
	console.log(`training: ${(steps / seconds).toFixed(2)} steps/s (batch ${recipe.batchSize} x ${config.contextLength} tokens); ${beatAt === null ? `held-out ${last.toFixed(3)} still above the bigram's ${bigram.toFixed(3)} after ${seconds.toFixed(0)} s` : `below the bigram after ${beatAt.toFixed(0)} s`}`);
	checks.push({ label: 'Transformer training steps per second, English corpus (Node)', value: Number((steps / seconds).toFixed(2)), unit: 'steps/s', budget: null, ok: steps > 0 });
	checks.push({ label: 'live training: seconds until held-out loss < bigram (Node)', value: beatAt === null ? null : Number(beatAt.toFixed(1)), unit: 's', budget: LIVE_TRAINING_BUDGET_S, ok: beatAt !== null && beatAt <= LIVE_TRAINING_BUDGET_S });
}
console.log(`load average at end: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/transformer-core.json', JSON.stringify({ date: new Date().toISOString(), figure: 'transformer-core', load: loadavg(), checks, rows }, null, 2));
process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
await close();
