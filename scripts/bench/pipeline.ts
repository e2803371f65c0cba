// The benchmark's child process: the atlas pipeline over every .txt of a folder, timed by stage.
// `node node_modules/.cache/atlas/bench/pipeline.mjs <dir> [--seeds seeds] [--serialize]` (bundled
// by scripts/bundle.mjs, as the atlas CLI is) prints one JSON line (PipelineReport) on stdout. It
// runs what `npm run atlas -- build` runs (runFiles from scripts/lib/run.ts: read, ingest, analyse,
// and each document's digest as it comes; then the merge of assemble.ts), in memory: nothing is
// written, so the figures are the pipeline's own, not the disk's. --serialize also times
// JSON.stringify of the atlas files (slow at 50 MB: about as long as the rest together), which
// `npm run bench` leaves out.
import { performance } from 'node:perf_hooks';
// Taken first, before the pipeline's modules load: their loading counts as start-up.
const atEntry = performance.now();

import { parseArgs } from 'node:util';
import { resolve } from 'node:path';

export interface PipelineReport {
	/** ms since this process started. */
	entry: number;
	/** ms spent importing the pipeline's modules. */
	modules: number;
	/** ms loading the gazetteer files and building the geoparser. */
	gazetteer: number;
	read: number;
	ingest: number;
	analyse: number;
	/** Part of analyse: the geoparser's parse() calls. */
	geoparse: number;
	/** Digests of the documents as they come, then their merge into the index and the map. */
	assemble: number;
	/** CPU ms (user + system) of read through assemble: on a shared machine, steadier than the wall times above. */
	cpu: number;
	/** JSON.stringify of the assembled files, as `atlas build` would write them (with --serialize only; 0 without). */
	serialize: number;
	serializedBytes: number;
	files: number;
	failures: number;
	bytes: number;
	paragraphs: number;
	mentions: number;
	unlocated: number;
	commitments: number;
	features: number;
	/** Peak resident set size of this process, bytes (getrusage). */
	maxRss: number;
	/** Peak of process.memoryUsage.rss() sampled between files, bytes. */
	sampledRss: number;
}

async function main() {
	const { positionals, values } = parseArgs({
		allowPositionals: true,
		options: { seeds: { type: 'string', default: 'seeds' }, serialize: { type: 'boolean', default: false } }
	});
	if (positionals.length !== 1) throw new Error('usage: pipeline.mjs <dir> [--seeds seeds] [--serialize]');
	const dir = resolve(positionals[0]);

	let t = performance.now();
	const { loadManifest, seedFiles } = await import('../lib/inputs');
	const { loadGazetteerFiles } = await import('../lib/gazetteer');
	const { runFiles } = await import('../lib/run');
	const { digest, documentFile, merge } = await import('../../src/lib/atlas/assemble');
	const modules = performance.now() - t;
	type Digest = import('../../src/lib/atlas/assemble').Digest;

	t = performance.now();
	const { gazetteer, parser } = loadGazetteerFiles();
	const gazetteerMs = performance.now() - t;

	// The corpus's files are not in its manifest: they get the default meta, as in `atlas build`.
	const manifest = new Map([...loadManifest(resolve(values.seeds!)), ...loadManifest(dir)]);
	const files = seedFiles(dir);
	let read = 0;
	let ingestMs = 0;
	let analyseMs = 0;
	let geoparse = 0;
	let bytes = 0;
	let failures = 0;
	let sampledRss = process.memoryUsage.rss();
	let serializedBytes = 0;
	let serialize = 0;
	let assembleMs = 0;
	const digests: Digest[] = [];
	const cpu0 = process.cpuUsage();
	// What `atlas build` runs (scripts/lib/run.ts and its use in scripts/atlas.ts), timed stage by stage.
	runFiles(files, manifest, parser, gazetteer, (outcome) => {
		read += outcome.times.read;
		ingestMs += outcome.times.ingest;
		analyseMs += outcome.times.analyse;
		geoparse += outcome.times.geoparse;
		bytes += outcome.bytes;
		sampledRss = Math.max(sampledRss, process.memoryUsage.rss());
		if (!outcome.analysed) {
			failures++;
			return;
		}
		t = performance.now();
		digests.push(digest(outcome.analysed));
		assembleMs += performance.now() - t;
		if (values.serialize) {
			t = performance.now();
			serializedBytes += JSON.stringify(documentFile(outcome.analysed)).length;
			serialize += performance.now() - t;
		}
	});

	t = performance.now();
	const atlas = merge(digests, gazetteer, [], [], new Date().toISOString());
	assembleMs += performance.now() - t;
	const used = process.cpuUsage(cpu0);
	sampledRss = Math.max(sampledRss, process.memoryUsage.rss());

	if (values.serialize) {
		t = performance.now();
		serializedBytes += JSON.stringify(atlas.index).length + JSON.stringify(atlas.features).length;
		serialize += performance.now() - t;
	}

	const sum = (f: (d: Digest) => number) => digests.reduce((n, d) => n + f(d), 0);
	const report: PipelineReport = {
		entry: atEntry,
		modules,
		gazetteer: gazetteerMs,
		read,
		ingest: ingestMs,
		analyse: analyseMs,
		geoparse,
		assemble: assembleMs,
		cpu: (used.user + used.system) / 1000,
		serialize,
		serializedBytes,
		files: files.length,
		failures,
		bytes,
		paragraphs: sum((d) => d.entry.paragraphs),
		mentions: sum((d) => d.entry.mentions),
		unlocated: sum((d) => d.unlocated.length),
		commitments: sum((d) => d.entry.commitments),
		features: atlas.features.features.length,
		maxRss: process.resourceUsage().maxRSS * 1024,
		sampledRss
	};
	process.stdout.write(JSON.stringify(report) + '\n');
}

main().catch((err) => {
	process.stderr.write(`bench/pipeline: ${err instanceof Error ? err.stack : err}\n`);
	process.exitCode = 1;
});
