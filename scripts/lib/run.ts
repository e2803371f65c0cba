// The pipeline over a list of files (read, ingest, analyse): `atlas build`, `atlas extract` and
// the benchmark all run it, so the benchmark measures what the command does.
//
// Documents stream through: each is handed over as soon as it is analysed, and nothing here keeps
// it. A caller keeps what it needs (a digest for the index and the map, the document's own file,
// its records), so the memory in use stays about one document's, not the corpus's. On a 50 MB
// corpus that is what the time went on: holding every document meant ~300 MB of fresh memory, whose
// pages cost ~10 µs each the first time they are touched (on the benchmark's VM), and a collector
// copying it all.
//
// One thread. Running files in parallel was tried and lost on a two-core machine: a single thread
// already keeps the second core busy collecting garbage and compiling, and the pipeline is bound by
// memory more than by arithmetic. Worker threads sending whole documents back spent as long cloning
// them as computing them; sending only digests back, each of two workers took as long over half the
// files as one thread over all of them; two processes over half each came within ~10% of one over all;
// decoding and normalizing in a worker ahead of this thread slowed this thread by 5-15%.
import { performance } from 'node:perf_hooks';
import type { Analysed } from '../../src/lib/atlas/assemble';
import { analyse } from '../../src/lib/atlas/records';
import type { Gazetteer } from '../../src/lib/geocode/gazetteer';
import type { Geoparser } from '../../src/lib/geocode/parse';
import { InputError, ingest } from '../../src/lib/text';
import type { DocumentMeta } from '../../src/lib/types';
import { metaFor, readInput } from './inputs';

/** Milliseconds a file spent in each stage. */
export interface Timings {
	read: number;
	ingest: number;
	analyse: number;
	/** Part of analyse: the geoparser's parse() calls. */
	geoparse: number;
}

export type Outcome = { file: string; /** Bytes read (0 if none could be). */ bytes: number; times: Timings } & (
	| { analysed: Analysed; error?: undefined }
	| { analysed?: undefined; error: InputError }
);

/**
 * Runs every file through the pipeline, in order, and hands each outcome to `onFile` as soon as it
 * is done. A file that cannot be read comes back as an outcome with its InputError; any other error
 * stops the run.
 */
export function runFiles(
	files: readonly string[],
	manifest: Map<string, DocumentMeta>,
	parser: Geoparser,
	gazetteer: Gazetteer,
	onFile: (outcome: Outcome) => void
): void {
	for (const file of files) onFile(runFile(file, manifest, parser, gazetteer));
}

/** `parser`, each parse() call's milliseconds handed to `spent`: the geoparser's share of the analysis. */
export function timedParser(parser: Geoparser, spent: (ms: number) => void): Geoparser {
	return {
		...parser,
		parse(text, scope, named) {
			const t = performance.now();
			const found = parser.parse(text, scope, named);
			spent(performance.now() - t);
			return found;
		}
	};
}

/** One file through the pipeline, timed stage by stage. */
function runFile(file: string, manifest: Map<string, DocumentMeta>, parser: Geoparser, gazetteer: Gazetteer): Outcome {
	const times: Timings = { read: 0, ingest: 0, analyse: 0, geoparse: 0 };
	const timed = timedParser(parser, (ms) => (times.geoparse += ms));
	let bytes = 0;
	let t = performance.now();
	try {
		const input = readInput(file);
		bytes = input.length;
		times.read = performance.now() - t;
		t = performance.now();
		const ingested = ingest(input, metaFor(file, manifest));
		times.ingest = performance.now() - t;
		t = performance.now();
		const analysis = analyse(ingested, timed, gazetteer);
		times.analyse = performance.now() - t;
		return { file, bytes, times, analysed: { ingested, analysis } };
	} catch (err) {
		if (!(err instanceof InputError)) throw err;
		return { file, bytes, times, error: err };
	}
}
