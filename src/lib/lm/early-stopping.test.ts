import { describe, expect, it } from 'vitest';
import { EarlyStopping } from './early-stopping';

describe('early stopping', () => {
	it('stops once the held-out loss has not improved for `patience` steps, and remembers the best', () => {
		const stop = new EarlyStopping(100, 1e-3);
		// Falls until step 200, then climbs: the best is at 200, the stop at 300.
		const loss = (step: number) => (step <= 200 ? 3 - step / 100 : 1 + (step - 200) / 1000);
		let stoppedAt: number | null = null;
		for (let step = 0; step <= 1000 && stoppedAt === null; step += 25) if (stop.observe(step, loss(step))) stoppedAt = step;
		expect(stoppedAt).toBe(300);
		expect(stop.state).toEqual({ bestLoss: 1, bestStep: 200, stoppedAt: 300 });
	});
	it('a loss still falling, even slowly, never stops; a level one stops', () => {
		const falling = new EarlyStopping(50, 1e-4);
		for (let step = 0; step < 5000; step += 25) expect(falling.observe(step, 2 - step * 1e-5)).toBe(false);
		const level = new EarlyStopping(50, 1e-4);
		const stops = [0, 25, 50, 75].map((step) => level.observe(step, 2 - step * 1e-7));
		expect(stops).toEqual([false, false, true, false]);
	});
	it('resume gives the learner another `patience` steps; no held-out loss never stops', () => {
		const stop = new EarlyStopping(100);
		stop.observe(0, 1);
		expect(stop.observe(100, 1.1)).toBe(true);
		stop.resume(100);
		expect(stop.state?.stoppedAt).toBeNull();
		expect(stop.observe(150, 1.2)).toBe(false);
		expect(stop.observe(200, 1.2)).toBe(true);
		const none = new EarlyStopping(10);
		for (let step = 0; step < 100; step += 5) expect(none.observe(step, null)).toBe(false);
		expect(none.state).toBeNull();
		expect(() => new EarlyStopping(0)).toThrow(RangeError);
	});
});
