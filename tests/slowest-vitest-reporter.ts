// A Vitest reporter that adds the ten slowest unit tests to the default report, at the end of the run.
import type { Reporter, TestModule } from 'vitest/node';

export default class SlowestUnitTests implements Reporter {
	onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
		const tests = testModules.flatMap((module) =>
			[...module.children.allTests()].map((test) => ({
				title: `${module.moduleId.split(/[\\/]/).slice(-2).join('/')}: ${test.fullName}`,
				ms: test.diagnostic()?.duration ?? 0
			}))
		);
		const slowest = tests.sort((a, b) => b.ms - a.ms).slice(0, 10);
		if (slowest.length === 0) return;
		console.log(`\nSlowest ${slowest.length} of ${tests.length} unit tests:`);
		for (const { title, ms } of slowest) console.log(`  ${(ms / 1000).toFixed(2).padStart(6)} s  ${title}`);
	}
}
