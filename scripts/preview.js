// Starts `vite preview` of the last build on a port for the measuring scripts, and fails loudly if that port is
// taken (a stale server there would be measured instead).
import { spawn } from 'node:child_process';

/** @param {number} port */
export function startPreview(port) {
	const process = spawn('node_modules/.bin/vite', ['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const ready = new Promise((resolve, reject) => {
		let output = '';
		const collect = (chunk) => {
			output += chunk;
			if (output.includes(`127.0.0.1:${port}`)) resolve(undefined);
		};
		process.stdout.on('data', collect);
		process.stderr.on('data', (chunk) => (output += chunk));
		process.on('exit', (code) => reject(new Error(`vite preview on port ${port} exited (${code}):\n${output}`)));
		setTimeout(() => reject(new Error(`vite preview did not start on port ${port}:\n${output}`)), 20_000);
	});
	return { process, ready };
}
