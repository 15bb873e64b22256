// `npm test`: type check, lint, unit tests, the two builds (the site, and the site for a sub-path), then the end-to-end
// tests against both builds. The steps before the browser tests are independent, so they run side by side, as many
// at a time as the machine has cores; their output is printed as each finishes (all of it when one fails). Prints
// what each step took, then exits non-zero if any step failed. The end-to-end tests run only when both builds did.
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';

const STEPS = [
	// The sub-path build first: the longest chain is builds, then the browser tests.
	{ name: 'build (sub-path)', script: 'build:subpath' },
	{ name: 'svelte-check', script: 'check' },
	{ name: 'build', script: 'build' },
	{ name: 'eslint', script: 'lint' },
	{ name: 'vitest', script: 'test:unit' }
];
const E2E = { name: 'playwright', script: 'test:e2e' };

const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`;
const started = Date.now();
const timings = [];

/** Runs an npm script; its output is kept and printed when it ends, unless `live`. */
function run({ name, script }, live = false) {
	return new Promise((resolve) => {
		const begin = Date.now();
		const child = spawn('npm', ['run', '--silent', script], { stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
		const output = [];
		child.stdout?.on('data', (chunk) => output.push(chunk));
		child.stderr?.on('data', (chunk) => output.push(chunk));
		child.on('close', (code) => {
			const ms = Date.now() - begin;
			timings.push({ name, ms, ok: code === 0 });
			if (!live) {
				console.log(`\n── ${name} (npm run ${script}): ${code === 0 ? 'passed' : 'FAILED'} in ${seconds(ms)}`);
				const text = Buffer.concat(output).toString();
				// Passing steps print their last lines (the summary, vitest's slowest tests); failing ones everything.
				console.log(code === 0 ? text.trimEnd().split('\n').slice(-16).join('\n') : text);
			}
			resolve(code === 0);
		});
	});
}

const lanes = Math.max(1, Math.min(availableParallelism(), STEPS.length));
console.log(`npm test: ${STEPS.map((s) => s.name).join(', ')} (${lanes} at a time), then ${E2E.name}. Load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores.`);
const queue = [...STEPS];
const results = {};
await Promise.all(
	Array.from({ length: lanes }, async () => {
		for (let step = queue.shift(); step; step = queue.shift()) results[step.name] = await run(step);
	})
);

let ok = Object.values(results).every(Boolean);
if (results['build'] && results['build (sub-path)']) {
	console.log(`\n── ${E2E.name} (npm run ${E2E.script})`);
	ok = (await run(E2E, true)) && ok;
} else {
	console.log(`\n── ${E2E.name}: not run, a build failed`);
}

console.log(`\nnpm test ${ok ? 'passed' : 'FAILED'} in ${seconds(Date.now() - started)} (load average now ${loadavg()[0].toFixed(1)}):`);
for (const { name, ms, ok: passed } of timings) console.log(`  ${seconds(ms).padStart(6)}  ${name}${passed ? '' : '  FAILED'}`);
process.exit(ok ? 0 : 1);
