// Small helpers: medians, wall-clock timing, sizes on disk, child processes.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function median(xs: readonly number[]): number {
	if (!xs.length) return NaN;
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const now = () => performance.now();

/** Every file under `dir` (recursively) whose name passes `keep`. */
export function walk(dir: string, keep: (name: string) => boolean = () => true): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return walk(path, keep);
		return e.isFile() && keep(e.name) ? [path] : [];
	});
}

export interface Size {
	files: number;
	raw: number;
	gzip: number;
}

/** Raw and gzip (level 9, each file on its own, as a server would send it) sizes of files. */
export function sizeOf(files: readonly string[]): Size {
	let raw = 0;
	let gzip = 0;
	for (const f of files) {
		const data = readFileSync(f);
		raw += data.length;
		gzip += gzipSync(data, { level: 9 }).length;
	}
	return { files: files.length, raw, gzip };
}

export const fileBytes = (files: readonly string[]) => files.reduce((n, f) => n + statSync(f).size, 0);

export interface ChildResult {
	code: number | null;
	stdout: string;
	stderr: string;
	/** Wall-clock ms from spawn to exit. */
	ms: number;
}

/** Runs a command to completion, collecting its output; never throws for a non-zero exit. */
export function run(
	command: string,
	args: readonly string[],
	options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number; stdout?: 'collect' | 'count-lines' } = {}
): Promise<ChildResult> {
	return new Promise((resolve) => {
		const t = now();
		const child = spawn(command, args, {
			cwd: options.cwd,
			env: options.env ?? process.env,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		const out: Buffer[] = [];
		const err: Buffer[] = [];
		let lines = 0;
		const counting = options.stdout === 'count-lines';
		child.stdout.on('data', (b: Buffer) => {
			if (!counting) return void out.push(b);
			for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) lines++;
		});
		child.stderr.on('data', (b: Buffer) => err.push(b));
		const timer = options.timeout ? setTimeout(() => child.kill('SIGKILL'), options.timeout) : null;
		const done = (code: number | null) => {
			if (timer) clearTimeout(timer);
			resolve({
				code,
				stdout: counting ? String(lines) : Buffer.concat(out).toString('utf8'),
				stderr: Buffer.concat(err).toString('utf8'),
				ms: now() - t
			});
		};
		child.on('error', (e) => {
			err.push(Buffer.from(String(e)));
			done(null);
		});
		child.on('close', done);
	});
}
