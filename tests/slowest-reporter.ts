// A Playwright reporter that adds one thing to the list reporter: the ten slowest tests, printed at the end of the run,
// so the next person who makes the suite slower sees where the time went.
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SlowestTests implements Reporter {
	#durations: { title: string; ms: number }[] = [];

	onTestEnd(test: TestCase, result: TestResult) {
		this.#durations.push({ title: `${test.location.file.split(/[\\/]/).pop()}: ${test.title}`, ms: result.duration });
	}

	onEnd() {
		const slowest = this.#durations.sort((a, b) => b.ms - a.ms).slice(0, 10);
		if (slowest.length === 0) return;
		const total = this.#durations.reduce((sum, d) => sum + d.ms, 0);
		console.log(`\nSlowest ${slowest.length} of ${this.#durations.length} end-to-end tests (all tests together: ${(total / 1000).toFixed(0)} s of worker time):`);
		for (const { title, ms } of slowest) console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${title}`);
	}
}
