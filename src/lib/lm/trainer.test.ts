import { describe, expect, it } from 'vitest';
import { buildCorpus } from './corpus';
import { BigramTrainer, type TrainConfig } from './trainer';

const corpus = buildCorpus('the cat sat on the mat.\nthe dog sat on the log.\na cat and a dog sat.\n'.repeat(3));
if (typeof corpus === 'string') throw new Error(corpus);
const config: TrainConfig = { train: corpus.train, held: corpus.held, V: corpus.vocab.tokens.length, seed: 1, lr: 0.1, optimiser: 'adam', batch: 0 };

describe('training run', () => {
	it('starts near log V, and the loss and the KL to the counting estimate fall', () => {
		const trainer = new BigramTrainer(config);
		const start = trainer.stats();
		expect(start.trainLoss).toBeCloseTo(Math.log(config.V), 1);
		for (let i = 0; i < 300; i++) trainer.stepOnce();
		const end = trainer.stats();
		expect(end.step).toBe(300);
		expect(end.trainLoss).toBeLessThan(start.trainLoss / 2);
		expect(end.kl).toBeLessThan(start.kl / 10);
		expect(end.trainLoss).toBeGreaterThanOrEqual(trainer.floor - 1e-9);
		expect(end.trainLoss).toBeCloseTo(trainer.floor + end.kl, 6);
		expect(end.heldLoss).not.toBeNull();
	});
	it('the same seed gives the same curve, with mini-batches too', () => {
		const curve = (seed: number) => {
			const trainer = new BigramTrainer({ ...config, seed, batch: 16 });
			return Array.from({ length: 30 }, () => trainer.stepOnce());
		};
		expect(curve(3)).toEqual(curve(3));
		expect(curve(3)).not.toEqual(curve(4));
	});
});
