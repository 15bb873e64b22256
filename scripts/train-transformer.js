// Trains the Transformers the site ships (issue 15) and writes them to static/models/transformer-<id>.bin:
// en-causal, en-prefix, zh-causal, zh-prefix (decoder-only, on the site's own text) and enc-dec (a toy task).
// Seeded and deterministic: the same seed and corpus give the same bytes (the date in the header is the day, or
// SOURCE_DATE_EPOCH when set). Also writes the corpora it trained on to src/lib/transformer/corpora/<lang>.txt, which
// the page trains on live and the tests score the shipped models against.
//
//   npm run train:transformer                        all models
//   npm run train:transformer -- --only en-causal    some (comma-separated ids)
//   npm run train:transformer -- --steps 50          override every recipe's step count (a quick try, not for shipping)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadTs } from './load-ts.js';

const args = process.argv.slice(2);
const argValue = (/** @type {string} */ name) => {
	const i = args.indexOf(name);
	return i === -1 ? undefined : args[i + 1];
};
const only = argValue('--only')?.split(',');
const stepsOverride = argValue('--steps') ? Number(argValue('--steps')) : undefined;
const dryRun = args.includes('--dry-run');

const {
	modules: [T, train, opt, vocabs, corpus, weights, recipes],
	close
} = await loadTs([
	'/src/lib/transformer/index.ts',
	'/src/lib/transformer/train.ts',
	'/src/lib/transformer/optimizer.ts',
	'/src/lib/transformer/vocab.ts',
	'/src/lib/transformer/corpus.ts',
	'/src/lib/transformer/weights.ts',
	'/src/lib/transformer/recipes.ts'
]);

const date = process.env.SOURCE_DATE_EPOCH
	? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000).toISOString().slice(0, 10)
	: new Date().toISOString().slice(0, 10);

/** @param {'en' | 'zh'} lang */
function corpusText(lang) {
	const files = readdirSync(`content/${lang}`)
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) => readFileSync(`content/${lang}/${name}`, 'utf8'));
	const text = corpus.siteCorpusText(files);
	if (!dryRun) writeFileSync(`src/lib/transformer/corpora/${lang}.txt`, text + '\n');
	return text;
}

/** @param {Uint8Array} bytes @param {string} id */
function save(bytes, id) {
	const path = `static/models/transformer-${id}.bin`;
	if (!dryRun) writeFileSync(path, bytes);
	console.log(`  wrote ${path}: ${(bytes.length / 1000).toFixed(1)} kB, ${(gzipSync(bytes, { level: 9 }).length / 1000).toFixed(1)} kB gzip`);
}

mkdirSync('static/models', { recursive: true });
mkdirSync('src/lib/transformer/corpora', { recursive: true });
const texts = /** @type {Record<string, string>} */ ({});

for (const recipe of recipes.DECODER_RECIPES) {
	if (only && !only.includes(recipe.id)) continue;
	const started = performance.now();
	texts[recipe.lang] ??= corpusText(recipe.lang);
	const text = texts[recipe.lang];
	const vocab = vocabs.buildVocab(text, recipe.maxVocab);
	const split = corpus.splitCorpus(text, vocab);
	const config = { ...recipe.shape, vocabSize: vocab.tokens.length };
	const model = T.createTransformer(config, recipe.seed);
	const optimizer = opt.createAdamW(model.params);
	const random = recipes.batchRandom(recipe.seed);
	const held = train.heldOutSequences(split.held, config.contextLength, recipe.objective, recipe.evalSeed);
	const { bigram, loss: bigramLoss } = train.bestBigram(split.train, config.vocabSize, held);
	const steps = stepsOverride ?? recipe.steps;
	console.log(
		`${recipe.id}: ${T.parameterCount(model)} parameters, V = ${config.vocabSize}, ${split.train.length} train / ${split.held.length} held-out tokens; bigram (add-${bigram.k}) held-out ${bigramLoss.toFixed(4)} nats; ${steps} steps`
	);
	const curve = [];
	// Early stopping: the weights kept are those of the evaluation (every evalEvery steps) with the lowest held-out loss.
	let best = { step: 0, loss: Infinity, params: /** @type {Record<string, Float32Array>} */ ({}) };
	for (let step = 0; step < steps; step++) {
		const batch = train.makeBatch(split.train, recipe.batchSize, config.contextLength, recipe.objective, random);
		const learningRate = train.learningRateAt(step, recipe.learningRate, recipe.warmup, steps);
		const { loss } = train.trainStep(model, optimizer, batch, { learningRate, weightDecay: recipe.weightDecay, clipNorm: recipe.clipNorm });
		if ((step + 1) % recipe.evalEvery === 0 || step + 1 === steps) {
			const heldLoss = train.evaluate(model, held);
			curve.push({ step: step + 1, train: Number(loss.toFixed(4)), heldOut: Number(heldLoss.toFixed(4)) });
			if (heldLoss < best.loss) best = { step: step + 1, loss: heldLoss, params: structuredClone(model.params) };
			console.log(`  step ${step + 1}: train ${loss.toFixed(4)}, held-out ${heldLoss.toFixed(4)}, ${((performance.now() - started) / 1000).toFixed(0)} s`);
		}
	}
	model.params = best.params;
	const floatLoss = train.evaluate(model, held);
	const shapes = T.parameterShapes(config);
	const quantized = weights.quantizeModel(model, shapes);
	const heldOutLoss = train.evaluate(quantized, held);
	const meta = {
		id: recipe.id,
		kind: recipe.objective,
		lang: recipe.lang,
		config,
		vocab: vocab.tokens,
		parameterCount: T.parameterCount(model),
		recipe: {
			objective: recipe.objective,
			optimizer: 'AdamW',
			learningRate: recipe.learningRate,
			schedule: `linear warm-up ${recipe.warmup} steps, cosine decay to 0.1x`,
			batchSize: recipe.batchSize,
			sequenceLength: config.contextLength,
			weightDecay: recipe.weightDecay,
			clipNorm: recipe.clipNorm,
			dropout: 0,
			maxVocab: recipe.maxVocab
		},
		corpus: { path: `src/lib/transformer/corpora/${recipe.lang}.txt`, characters: Array.from(text).length, trainTokens: split.train.length, heldOutTokens: split.held.length },
		evalSeed: recipe.evalSeed,
		heldOutScoredPositions: held.reduce((n, s) => n + s.weights.filter((w) => w > 0).length, 0),
		heldOutLoss: Number(heldOutLoss.toFixed(6)),
		heldOutLossFloat32: Number(floatLoss.toFixed(6)),
		bigramHeldOutLoss: Number(bigramLoss.toFixed(6)),
		bigram: `character bigram counted on the same training split, add-k smoothing, k = ${bigram.k} (the best of 0.01-1 on the held-out positions), scored on exactly the held-out positions the model is scored on`,
		quantization: 'int8 per row (matrices), float32 (vectors)',
		trainSteps: best.step,
		stepsRun: steps,
		earlyStopping: `weights of the evaluation with the lowest held-out loss, evaluated every ${recipe.evalEvery} steps (so the held-out split also chose the stopping step)`,
		seed: recipe.seed,
		date,
		curve
	};
	console.log(`  held-out: float32 ${floatLoss.toFixed(4)}, int8 ${heldOutLoss.toFixed(4)}, bigram ${bigramLoss.toFixed(4)} nats; ${Math.round((performance.now() - started) / 1000)} s (not stored: the file must not depend on the machine)`);
	save(weights.encodeWeights(model, meta, shapes), recipe.id);
}

if (recipes.trainEncoderDecoder && (!only || only.includes('enc-dec'))) {
	const { bytes } = recipes.trainEncoderDecoder(stepsOverride, date, (/** @type {string} */ line) => console.log(line));
	save(bytes, 'enc-dec');
}

await close();
