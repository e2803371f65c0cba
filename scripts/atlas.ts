// The `atlas` command line: `npm run atlas -- <command>`.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { describeWarning, InputError } from '../src/lib/text';
import { display, loadManifest, seedFiles } from './lib/inputs';
import { progress } from './lib/progress';
import { AtlasWriter, loadSources } from './lib/write';
import { extractRecords, type ExtractRecord, type Unlocated } from '../src/lib/atlas/records';
import { unlocatedNames } from '../src/lib/atlas/unlocated';
import { digest, merge, type Analysed, type Digest } from '../src/lib/atlas/assemble';
import type { SkippedFile } from '../src/lib/atlas/format';
import { loadGazetteerFiles } from './lib/gazetteer';
import { runFiles } from './lib/run';

const HELP = `atlas — builds the Chengdu Policy Atlas from policy texts

Usage: npm run atlas -- <command> [options]

Commands:
  build [--seeds seeds] [--out static/atlas] [--strict]
      Reads every .txt in the seeds folder (with seeds/manifest.json for titles and scopes)
      and writes the files the app loads. A bad file is reported and skipped; with --strict
      any bad file makes the build fail.
  extract <file...> [--format jsonl|json]
      Prints one JSON record per line: paragraphs, place mentions and commitments, each with
      doc, line and UTF-16 start/end offsets into the original file.
  help
      Shows this text.
`;


/**
 * Runs every file through the pipeline, handing each document to `use`, which keeps what it needs.
 * A file that cannot be read is skipped, one that reads with a caveat (HTML inside) goes in; both
 * are reported on stderr, one line each, and the rest go on.
 */
function run(files: string[], seedsDir: string, use: (analysed: Analysed) => void) {
	const manifest = loadManifest(seedsDir);
	const { gazetteer, parser } = loadGazetteerFiles();
	const bar = progress(files.length, 'atlas');
	let warned = 0;
	const skipped: SkippedFile[] = [];
	runFiles(files, manifest, parser, gazetteer, ({ file, analysed, error }) => {
		bar.tick(display(file));
		if (analysed) {
			for (const w of analysed.ingested.warnings) {
				warned++;
				process.stderr.write(`atlas: ${describeWarning(display(file), w)}\n`);
			}
			const { unlocated } = analysed.analysis;
			if (unlocated.length) process.stderr.write(`atlas: ${display(file)}: ${unlocatedLine(unlocated)}\n`);
			use(analysed);
		} else {
			// Name the file as the user gave it (seeds/x.txt), not just its base name.
			const { message } = new InputError(display(file), error.problem, error.detail);
			skipped.push({ file: display(file), problem: error.problem, detail: error.detail ?? null });
			process.stderr.write(`atlas: ${message}\n`);
		}
	});
	bar.end();
	return { problems: warned + skipped.length, skipped, gazetteer };
}

const WHY: Record<Unlocated['reason'], string> = {
	'no-location': 'in geo/, but no source locates it',
	'not-in-gazetteer': 'not in geo/: add it to geo/curated.json with a source'
};

/** One line for the place names of a file that the map cannot show, each once: what to look up, and where. */
function unlocatedLine(unlocated: Unlocated[]): string {
	const SHOWN = 3;
	const names = unlocatedNames(unlocated).map(({ name, reason, occurrences }) => {
		const at = occurrences.map((u) => u.line);
		const where = at.slice(0, SHOWN).join(', ') + (at.length > SHOWN ? ` and ${at.length - SHOWN} more` : '');
		return `${name} (line${at.length === 1 ? '' : 's'} ${where}; ${WHY[reason]})`;
	});
	return `${names.length} place name${names.length === 1 ? '' : 's'} not on the map: ${names.join('; ')}`;
}

function main(argv: string[]): number {
	const [command, ...rest] = argv;
	if (!command || command === 'help' || command === '--help' || command === '-h') {
		process.stdout.write(HELP);
		return command ? 0 : 1;
	}
	if (command === 'build') {
		const { values } = parseArgs({
			args: rest,
			options: {
				seeds: { type: 'string', default: 'seeds' },
				out: { type: 'string', default: 'static/atlas' },
				strict: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h' }
			}
		});
		if (values.help) return main(['help']);
		const seeds = resolve(values.seeds);
		const writer = new AtlasWriter(resolve(values.out));
		const digests: Digest[] = [];
		const { problems, skipped, gazetteer } = run(seedFiles(seeds), seeds, (analysed) => {
			digests.push(digest(analysed));
			writer.document(analysed);
		});
		const atlas = merge(digests, gazetteer, skipped, loadSources(), new Date().toISOString());
		const summary = writer.finish(atlas, gazetteer);
		process.stderr.write(`atlas: ${summary}\n`);
		if (problems && values.strict) {
			process.stderr.write(`atlas: --strict: ${problems} problem(s) in the input, build failed\n`);
			return 1;
		}
		return 0;
	}
	if (command === 'extract') {
		const { values, positionals } = parseArgs({
			args: rest,
			allowPositionals: true,
			options: {
				format: { type: 'string', default: 'jsonl' },
				seeds: { type: 'string', default: 'seeds' },
				help: { type: 'boolean', short: 'h' }
			}
		});
		if (values.help) return main(['help']);
		if (values.format !== 'jsonl' && values.format !== 'json') {
			process.stderr.write(`atlas: unknown --format ${values.format} (use jsonl or json)\n`);
			return 2;
		}
		if (!positionals.length) {
			process.stderr.write('atlas: extract needs at least one file\n');
			return 2;
		}
		// JSON Lines go out a document at a time (on Linux a write to a pipe or file is synchronous), so
		// the records of a large corpus are never all in memory; a JSON array is written whole.
		const records: ExtractRecord[] = [];
		const { skipped } = run(positionals.map((p) => resolve(p)), resolve(values.seeds), ({ ingested, analysis }) => {
			const mine = extractRecords(ingested.document, analysis);
			if (values.format === 'json') for (const r of mine) records.push(r);
			else if (mine.length) process.stdout.write(mine.map((r) => JSON.stringify(r)).join('\n') + '\n');
		});
		if (values.format === 'json') process.stdout.write(JSON.stringify(records, null, 1) + '\n');
		return skipped.length ? 1 : 0;
	}
	process.stderr.write(`atlas: unknown command "${command}"\n\n${HELP}`);
	return 2;
}

process.exitCode = main(process.argv.slice(2));
