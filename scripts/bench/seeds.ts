// Section 1: the pipeline in this process over the seeds, warm, bytes already in memory.
import { performance } from 'node:perf_hooks';
import { median } from './measure';

export interface SeedsResult {
	docs: number;
	bytes: number;
	reps: number;
	gazetteer: number;
	/** Median ms of one pass over all seeds. */
	ingestOnly: number;
	full: number;
	/** Medians of the full passes' stages. */
	stages: { ingest: number; analyse: number; geoparse: number; assemble: number };
	mentions: number;
	commitments: number;
}

export async function seedsThroughput(seedsDir: string, reps = 7): Promise<SeedsResult> {
	const { ingest } = await import('../../src/lib/text');
	const { loadManifest, metaFor, readInput, seedFiles } = await import('../lib/inputs');
	const { loadGazetteerFiles } = await import('../lib/gazetteer');
	const { timedParser } = await import('../lib/run');
	const { analyse } = await import('../../src/lib/atlas/records');
	const { assemble } = await import('../../src/lib/atlas/assemble');
	type Analysed = import('../../src/lib/atlas/assemble').Analysed;

	let t = performance.now();
	const { gazetteer, parser } = loadGazetteerFiles();
	const gazetteerMs = performance.now() - t;
	let geoparse = 0;
	const timed = timedParser(parser, (ms) => (geoparse += ms));

	const manifest = loadManifest(seedsDir);
	const inputs = seedFiles(seedsDir).map((f) => ({ bytes: readInput(f), meta: metaFor(f, manifest) }));
	const bytes = inputs.reduce((n, i) => n + i.bytes.length, 0);

	const ingestOnly: number[] = [];
	const full: number[] = [];
	const stages = { ingest: [] as number[], analyse: [] as number[], geoparse: [] as number[], assemble: [] as number[] };
	let last: Analysed[] = [];
	// One warm-up pass of each, then `reps` measured ones.
	for (let r = 0; r <= reps; r++) {
		t = performance.now();
		for (const { bytes: b, meta } of inputs) ingest(b, meta);
		const a = performance.now() - t;

		geoparse = 0;
		let ing = 0;
		let ana = 0;
		const analysed: Analysed[] = [];
		const start = performance.now();
		for (const { bytes: b, meta } of inputs) {
			const t0 = performance.now();
			const ingested = ingest(b, meta);
			const t1 = performance.now();
			const analysis = analyse(ingested, timed, gazetteer);
			ana += performance.now() - t1;
			ing += t1 - t0;
			analysed.push({ ingested, analysis });
		}
		const t2 = performance.now();
		assemble(analysed, gazetteer, [], [], '');
		const end = performance.now();
		if (r === 0) continue;
		ingestOnly.push(a);
		full.push(end - start);
		stages.ingest.push(ing);
		stages.analyse.push(ana);
		stages.geoparse.push(geoparse);
		stages.assemble.push(end - t2);
		last = analysed;
	}
	return {
		docs: inputs.length,
		bytes,
		reps,
		gazetteer: gazetteerMs,
		ingestOnly: median(ingestOnly),
		full: median(full),
		stages: {
			ingest: median(stages.ingest),
			analyse: median(stages.analyse),
			geoparse: median(stages.geoparse),
			assemble: median(stages.assemble)
		},
		mentions: last.reduce((n, a) => n + a.analysis.mentions.length, 0),
		commitments: last.reduce((n, a) => n + a.analysis.commitments.length, 0)
	};
}

/**
 * Every name and alias in geo/, de-duplicated, in its order: the baseline's patterns. Not the forms the geoparser derives
 * from them (a town's stem: 道明 of 道明镇, 犀浦片区): reading those is the geoparser's own work, and with them grep -o
 * would count hundreds of thousands of everyday two-character words, a slower baseline that flatters the ratio.
 */
export async function gazetteerNames(): Promise<string[]> {
	const { loadGazetteerFiles } = await import('../lib/gazetteer');
	return [...new Set(loadGazetteerFiles().gazetteer.names().map((e) => e.name))];
}
