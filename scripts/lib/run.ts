// The pipeline over a list of files (read, ingest, analyse): `atlas build`, `atlas extract` and
// the benchmark all run it, so the benchmark measures what the command does.
//
// One thread. Worker threads were tried and lost: the documents and analyses must come back to
// this thread for assembly, and cloning them cost about as much as computing them (about 0.5 s per
// 10 MB to serialize and deserialize, against 0.3 s to ingest and analyse), on top of each worker's
// start-up and JIT warm-up.
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
 * Runs every file through the pipeline, in order. A file that cannot be read comes back as an
 * outcome with its InputError; any other error stops the run. `onFile` hears of each file as it
 * is done (a progress bar, the benchmark's memory samples).
 */
export function runFiles(
	files: readonly string[],
	manifest: Map<string, DocumentMeta>,
	parser: Geoparser,
	gazetteer: Gazetteer,
	onFile?: (outcome: Outcome) => void
): Outcome[] {
	return files.map((file) => {
		const outcome = runFile(file, manifest, parser, gazetteer);
		onFile?.(outcome);
		return outcome;
	});
}

/** One file through the pipeline, timed stage by stage. */
export function runFile(file: string, manifest: Map<string, DocumentMeta>, parser: Geoparser, gazetteer: Gazetteer): Outcome {
	const times: Timings = { read: 0, ingest: 0, analyse: 0, geoparse: 0 };
	const timed: Geoparser = {
		names: parser.names,
		parse(text, scope) {
			const t = performance.now();
			const found = parser.parse(text, scope);
			times.geoparse += performance.now() - t;
			return found;
		}
	};
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
