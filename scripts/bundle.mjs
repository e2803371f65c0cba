// Bundles the Node commands that run the pipeline (the atlas CLI, the benchmark's child) into
// plain JavaScript, so they start under `node` in a tenth of a second instead of being transpiled
// module by module by tsx (about a second over the pipeline's modules). npm scripts run this
// before each command, so the bundle always matches the sources; it is never committed.
//
// Plain .mjs, not .ts: it has to run before anything is compiled.
import { build } from 'esbuild';
import { readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
export const OUT = join(ROOT, 'node_modules/.cache/atlas');
const ENTRIES = ['scripts/atlas.ts', 'scripts/bench/pipeline.ts'];

/** import.meta.dirname as each source file had it (gazetteer.ts finds geo/ from it), not the bundle's. */
const sourceDirname = {
	name: 'source-dirname',
	setup(b) {
		b.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
			const text = await readFile(path, 'utf8');
			return { contents: text.replaceAll('import.meta.dirname', JSON.stringify(dirname(path))), loader: 'ts' };
		});
	}
};

export async function bundle() {
	const { metafile } = await build({
		metafile: true,
		absWorkingDir: ROOT,
		entryPoints: ENTRIES,
		outbase: 'scripts',
		outdir: OUT,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		splitting: true,
		outExtension: { '.js': '.mjs' },
		plugins: [sourceDirname],
		logLevel: 'warning',
		// Before `svelte-kit sync` has run, tsconfig.json extends a file that is not there yet; none
		// of its options matter to these scripts.
		logOverride: { 'tsconfig.json': 'silent' }
	});
	// Chunk names change with their contents: without this, every change of the sources would
	// leave the chunks of the bundle before it behind.
	const current = new Set(Object.keys(metafile.outputs).map((file) => resolve(ROOT, file)));
	const files = await readdir(OUT, { recursive: true, withFileTypes: true });
	await Promise.all(
		files
			.filter((f) => f.isFile() && f.name.endsWith('.mjs'))
			.map((f) => join(f.parentPath ?? f.path, f.name)) // parentPath: Node 20.12 and later
			.filter((file) => !current.has(file))
			.map((file) => rm(file, { force: true }))
	);
}

if (process.argv[1] === import.meta.filename) await bundle();
