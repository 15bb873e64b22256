// `npm test`: the two builds (the site, and the site for a sub-path) side by side, then the end-to-end tests against
// both and, beside them, the checks that need no browser (type check, lint, unit tests) one at a time at a lower
// priority (nice 10), so they take what the browser tests leave rather than hold up the first browser by a minute and
// a half. The browser tests run one worker more than there are cores (playwright.config.ts), which keeps both cores
// busy while tests wait on the network and on timers; the checks still end well before the browser tests do.
// Output: each check's last lines when it ends, after the browser tests' own output (all of it when one fails); then
// what each step took. Exits non-zero if any step failed. The end-to-end tests run only when both builds did.
//
// The checks start after the builds: the main build, the type check's `svelte-kit sync` and the unit tests' Vite
// server all rewrite Kit's generated files (.svelte-kit/), and none may read a file another is rewriting. Run one at a
// time, the checks take turns; the dev-server test keeps its own (KIT_OUT_DIR), and the sub-path build has its own.
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';

const BUILDS = [
	{ name: 'build (sub-path)', script: 'build:subpath' },
	{ name: 'build', script: 'build' }
];
const CHECKS = [
	{ name: 'svelte-check', script: 'check', nice: true },
	{ name: 'eslint', script: 'lint', nice: true },
	{ name: 'vitest', script: 'test:unit', nice: true }
];
const E2E = { name: 'playwright', script: 'test:e2e' };

const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`;
const started = Date.now();
const timings = [];
/** While the browser tests print live, other steps' reports wait here. */
let held = null;

function report(text) {
	if (held) held.push(text);
	else console.log(text);
}

/** Runs an npm script (niced if asked); its output is kept and reported when it ends, unless `live`. */
function run({ name, script, nice = false }, live = false) {
	return new Promise((resolve) => {
		const begin = Date.now();
		const npm = ['npm', 'run', '--silent', script];
		const [command, ...args] = nice ? ['nice', '-n', '10', ...npm] : npm;
		const child = spawn(command, args, { stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
		const output = [];
		child.stdout?.on('data', (chunk) => output.push(chunk));
		child.stderr?.on('data', (chunk) => output.push(chunk));
		child.on('close', (code) => {
			const ms = Date.now() - begin;
			timings.push({ name, ms, ok: code === 0 });
			if (!live) {
				const text = Buffer.concat(output).toString();
				// Passing steps report their last lines (the summary, vitest's slowest tests); failing ones everything.
				const body = code === 0 ? text.trimEnd().split('\n').slice(-16).join('\n') : text;
				report(`\n── ${name} (npm run ${script}): ${code === 0 ? 'passed' : 'FAILED'} in ${seconds(ms)}\n${body}`);
			}
			resolve(code === 0);
		});
	});
}

/** Runs steps `lanes` at a time, in order; resolves to each step's result by name. */
async function inLanes(steps, lanes) {
	const queue = [...steps];
	const results = {};
	await Promise.all(
		Array.from({ length: Math.max(1, Math.min(lanes, steps.length)) }, async () => {
			for (let step = queue.shift(); step; step = queue.shift()) results[step.name] = await run(step);
		})
	);
	return results;
}

const cores = availableParallelism();
console.log(
	`npm test: ${BUILDS.map((s) => s.name).join(' and ')} side by side, then ${E2E.name} and, beside it at lower priority, ` +
		`${CHECKS.map((s) => s.name).join(', ')} one at a time. Load average ${loadavg()[0].toFixed(1)} on ${cores} cores.`
);

const building = inLanes(BUILDS, BUILDS.length);
const checks = building.then(() => inLanes(CHECKS, 1));
const builds = await building;
let e2e = true;
if (Object.values(builds).every(Boolean)) {
	console.log(`\n── ${E2E.name} (npm run ${E2E.script}), started at ${seconds(Date.now() - started)}`);
	held = [];
	e2e = await run(E2E, true);
	const reports = held;
	held = null;
	for (const text of reports) console.log(text);
} else {
	console.log(`\n── ${E2E.name}: not run, a build failed`);
}
// The checks' results, and their reports, also when a build failed (they say more about what to fix).
const checked = await checks;
const ok = Object.values(builds).every(Boolean) && e2e && Object.values(checked).every(Boolean);

console.log(`\nnpm test ${ok ? 'passed' : 'FAILED'} in ${seconds(Date.now() - started)} (load average now ${loadavg()[0].toFixed(1)}):`);
for (const { name, ms, ok: passed } of timings) console.log(`  ${seconds(ms).padStart(6)}  ${name}${passed ? '' : '  FAILED'}`);
process.exit(ok ? 0 : 1);
