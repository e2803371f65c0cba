// `npm run bench`: the Chengdu Policy Atlas benchmark. Every figure and ratio below is measured in
// this one run; nothing is hard-coded. The benchmark reports, it never fails on a missed target.
//
//   1. Pipeline throughput over the seeds, in this process (warm, median of several passes).
//   2. A generated ~50 MB corpus (bench/out/corpus/, ~1 MB files): the full pipeline in a child
//      process (scripts/bench/pipeline.ts, bundled and run by node as `npm run atlas` runs the
//      CLI) against `grep -F -o -f bench/out/names.txt`.
//   3. First full render of the built app in headless Chromium against a bare MapLibre page that
//      loads the same GeoJSON (bench/out/bare/).
//   4. Sizes of the built JS, the atlas data and the glyphs, raw and gzip.
//
// MB = 10^6 bytes. Output files go to bench/out/ (gitignored).
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus as cpus_, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus, type Corpus } from './bench/corpus';
import { bundle, OUT as BUNDLE } from './bundle.mjs';
import { median, now, run, sizeOf, walk } from './bench/measure';
import type { PipelineReport } from './bench/pipeline';
import { gazetteerNames, seedsThroughput } from './bench/seeds';
import { Report, fixed, int, kb, mb, ms } from './bench/table';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench/out');
const SEEDS = join(ROOT, 'seeds');
const CORPUS_DIR = join(OUT, 'corpus');
const NAMES = join(OUT, 'names.txt');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const SEED_REPS = 7;
const CORPUS_BYTES = 50e6;
const CORPUS_FILE_BYTES = 1e6;
const CORPUS_RUNS = 3;
const GREP_RUNS = 3;
const RENDER_RUNS = 3;
const PIPELINE_TARGET = 3.0;
const RENDER_TARGET = 1.5;

/**
 * The node flags `npm run atlas` runs the CLI with (package.json), so that the child is timed as a build runs: a larger young
 * generation (--max-semi-space-size) spares the pipeline's many short-lived strings about 5 % of its time.
 */
const ATLAS_FLAGS: string[] = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
	.scripts.atlas.match(/node((?: --\S+)*) node_modules\/\.cache\/atlas\/atlas\.mjs/)[1]
	.split(' ')
	.filter(Boolean);

const report = new Report();
const started = now();
const loadAtStart = loadavg()[0];
const say = (text: string) => process.stderr.write(`bench: ${text}\n`);
const why = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0];
const rate = (amount: number, millis: number) => fixed(amount / (millis / 1000), amount < 1000 ? 1 : 0);
const met = (ratio: number, target: number) =>
	`target ≤ ${target.toFixed(1)}×: ${Number.isFinite(ratio) ? (ratio <= target ? 'met' : 'NOT met') : 'not measured'}`;

// ─── 1. Seeds ────────────────────────────────────────────────────────────────────────────────
async function seedsSection() {
	report.section(`1. Pipeline over the seeds (in process, warm; median of ${SEED_REPS} passes after a warm-up; read excluded)`);
	say('seeds throughput…');
	try {
		const r = await seedsThroughput(SEEDS, SEED_REPS);
		const MB = r.bytes / 1e6;
		report.row('seeds', `${r.docs} docs`, '', `${mb(r.bytes)} MB`);
		report.row('gazetteer + geoparser load (once)', ms(r.gazetteer), 'ms');
		report.row('ingest only: one pass', ms(r.ingestOnly), 'ms');
		report.row('ingest only: throughput', rate(MB, r.ingestOnly), 'MB/s', `${rate(r.docs, r.ingestOnly)} docs/s`);
		report.row('full (ingest+analyse+assemble): one pass', ms(r.full), 'ms');
		report.row('full: throughput', rate(MB, r.full), 'MB/s', `${rate(r.docs, r.full)} docs/s`);
		const s = r.stages;
		const pct = (x: number) => `${fixed((100 * x) / r.full, 0)}%`;
		report.row('  stage: ingest', ms(s.ingest), 'ms', pct(s.ingest));
		report.row('  stage: analyse', ms(s.analyse), 'ms', pct(s.analyse));
		report.row('    of which geoparse (parser.parse)', ms(s.geoparse), 'ms', pct(s.geoparse));
		report.row('  stage: assemble', ms(s.assemble), 'ms', pct(s.assemble));
		report.row('output', `${int(r.mentions)} mentions`, '', `${int(r.commitments)} commitments`);
	} catch (err) {
		report.line(`skipped: the pipeline failed to run over the seeds: ${why(err)}`);
	}
}

// ─── 2. Corpus vs grep ───────────────────────────────────────────────────────────────────────
async function pipelineChild(dir: string): Promise<{ wall: number; r: PipelineReport }> {
	const res = await run(process.execPath, [...ATLAS_FLAGS, join(BUNDLE, 'bench/pipeline.mjs'), dir], { cwd: ROOT, timeout: 120_000 });
	const line = res.stdout.trim().split('\n').pop() ?? '';
	if (res.code !== 0 || !line.startsWith('{')) {
		throw new Error(`pipeline child exited ${res.code}: ${(res.stderr.trim().split('\n').pop() ?? '').slice(0, 200)}`);
	}
	return { wall: res.ms, r: JSON.parse(line) as PipelineReport };
}

async function grepRun(locale: string, files: readonly string[]): Promise<{ ms: number; matches: number }> {
	const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
	const cmd = `grep -F -o -h -f ${q(NAMES)} ${files.map(q).join(' ')} | wc -l`;
	const res = await run('sh', ['-c', cmd], { env: { ...process.env, LC_ALL: locale } });
	if (res.code !== 0) throw new Error(`grep (LC_ALL=${locale}) exited ${res.code}: ${res.stderr.trim()}`);
	return { ms: res.ms, matches: Number(res.stdout.trim()) };
}

async function corpusSection() {
	report.section('2. ~50 MB corpus: full pipeline (child process) vs grep -F');
	let corpus: Corpus;
	say('writing corpus…');
	try {
		const t = now();
		corpus = writeCorpus(SEEDS, CORPUS_DIR, { totalBytes: CORPUS_BYTES, fileBytes: CORPUS_FILE_BYTES });
		report.row(
			'corpus (bench/out/corpus/)',
			`${corpus.files.length} files`,
			'',
			`${mb(corpus.bytes)} MB UTF-8, ${int(corpus.paragraphs)} paragraphs from ${corpus.pool} seed paragraphs, ~1 MB a file, written in ${ms(now() - t)} ms`
		);
	} catch (err) {
		report.line(`skipped: could not write the corpus: ${why(err)}`);
		return;
	}
	const MB = corpus.bytes / 1e6;

	// grep: the names file, then each locale a few times; the faster locale is the baseline.
	let grepMs = NaN;
	let grepMatches = NaN;
	try {
		const names = await gazetteerNames();
		mkdirSync(OUT, { recursive: true });
		writeFileSync(NAMES, names.join('\n') + '\n');
		report.row('names file (bench/out/names.txt)', `${int(names.length)} names`, '', 'every name and alias in geo/');
		say('grep baseline…');
		const byLocale: { locale: string; ms: number; matches: number }[] = [];
		for (const locale of ['C', 'C.UTF-8']) {
			const runs: { ms: number; matches: number }[] = [];
			for (let i = 0; i < GREP_RUNS; i++) runs.push(await grepRun(locale, corpus.files));
			byLocale.push({ locale, ms: median(runs.map((r) => r.ms)), matches: runs[0].matches });
		}
		for (const g of byLocale)
			report.row(`grep -F -o -f names (LC_ALL=${g.locale})`, ms(g.ms), 'ms', `${rate(MB, g.ms)} MB/s, ${int(g.matches)} matches, median of ${GREP_RUNS}`);
		const best = byLocale.reduce((a, b) => (b.ms < a.ms ? b : a));
		if (byLocale.some((g) => g.matches !== best.matches)) report.line('warning: the locales disagree on the match count');
		grepMs = best.ms;
		grepMatches = best.matches;
		report.row('grep baseline', ms(grepMs), 'ms', `LC_ALL=${best.locale} (fastest; byte matching is exact for UTF-8 patterns)`);
	} catch (err) {
		report.line(`grep baseline not measured: ${why(err)}`);
	}

	// The pipeline, in a child process, a few times.
	say(`pipeline over the corpus (${CORPUS_RUNS} runs)…`);
	const runs: { wall: number; r: PipelineReport }[] = [];
	try {
		await bundle();
		for (let i = 0; i < CORPUS_RUNS; i++) runs.push(await pipelineChild(CORPUS_DIR));
	} catch (err) {
		report.line(`pipeline not measured: ${why(err)}`);
		if (!runs.length) return;
	}
	const med = (f: (x: { wall: number; r: PipelineReport }) => number) => median(runs.map(f));
	const work = (r: PipelineReport) => r.read + r.ingest + r.analyse + r.assemble;
	const wall = med((x) => x.wall);
	const workMs = med((x) => work(x.r));
	const startup = med((x) => x.wall - work(x.r));
	const r = runs[0].r;
	const pct = (x: number) => `${fixed((100 * x) / workMs, 0)}% of work`;
	report.row(
		'pipeline: wall, end to end',
		ms(wall),
		'ms',
		`${rate(MB, wall)} MB/s, ${rate(r.files, wall)} docs/s, median of ${runs.length} (node ${ATLAS_FLAGS.join(' ')}, bundled scripts/bench/pipeline.ts)`
	);
	report.row('  start-up + exit (wall − work)', ms(startup), 'ms', 'node, module loading, gazetteer');
	report.row('    of which module imports', ms(med((x) => x.r.modules)), 'ms');
	report.row('    of which gazetteer + geoparser load', ms(med((x) => x.r.gazetteer)), 'ms');
	report.row('  work (read+ingest+analyse+assemble)', ms(workMs), 'ms', `${rate(MB, workMs)} MB/s, ${rate(r.paragraphs, workMs)} paragraphs/s`);
	report.row('    read', ms(med((x) => x.r.read)), 'ms', pct(med((x) => x.r.read)));
	report.row('    ingest', ms(med((x) => x.r.ingest)), 'ms', pct(med((x) => x.r.ingest)));
	report.row('    analyse', ms(med((x) => x.r.analyse)), 'ms', pct(med((x) => x.r.analyse)));
	report.row('      of which geoparse (parser.parse)', ms(med((x) => x.r.geoparse)), 'ms', pct(med((x) => x.r.geoparse)));
	report.row('    assemble', ms(med((x) => x.r.assemble)), 'ms', pct(med((x) => x.r.assemble)));
	report.row(
		'  output',
		`${int(r.paragraphs)} paras`,
		'',
		`${int(r.mentions)} mentions, ${int(r.unlocated)} unlocated, ${int(r.commitments)} commitments, ${int(r.features)} features`
	);
	report.row(
		'  peak RSS (child, getrusage)',
		mb(Math.max(...runs.map((x) => x.r.maxRss))),
		'MB',
		`sampled rss between files: ${mb(Math.max(...runs.map((x) => x.r.sampledRss)))} MB`
	);
	if (Number.isFinite(grepMs)) {
		const ratio = wall / grepMs;
		report.row('ratio pipeline / grep (wall, end to end)', fixed(ratio, 1), '×', met(ratio, PIPELINE_TARGET));
		report.row('ratio pipeline / grep (work only)', fixed(workMs / grepMs, 1), '×', 'start-up left out');
		report.line(
			`(grep counts ${int(grepMatches)} raw byte matches in the original, partly traditional, text; the pipeline ` +
				`counts resolved mentions in normalized text: the counts are not meant to agree)`
		);
	}
}

// ─── 3. Browser render ───────────────────────────────────────────────────────────────────────
async function ensureBuild(): Promise<string | null> {
	const build = join(ROOT, 'build');
	if (existsSync(join(build, 'index.html')) || existsSync(join(build, '200.html'))) return null;
	say('build/ missing: npm run atlas -- build && npx vite build…');
	const atlas = await run('npm', ['run', '--silent', 'atlas', '--', 'build'], { cwd: ROOT, timeout: 180_000 });
	if (atlas.code !== 0) return `npm run atlas -- build failed: ${atlas.stderr.trim().split('\n').pop()}`;
	const vite = await run('npx', ['vite', 'build'], { cwd: ROOT, timeout: 300_000 });
	if (vite.code !== 0) return `npx vite build failed: ${vite.stderr.trim().split('\n').pop()}`;
	return existsSync(join(build, '200.html')) || existsSync(join(build, 'index.html'))
		? null
		: 'vite build produced no build/index.html or build/200.html';
}

async function renderSection() {
	report.section(`3. First full render in headless Chromium (${RENDER_RUNS} runs each after one unmeasured, alternating, median; 1280×800; fresh context per run)`);
	if (!existsSync(CHROMIUM)) {
		report.line(`skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);
		return;
	}
	let pw: typeof import('playwright-core');
	let browserMod: typeof import('./bench/browser');
	let bareMod: typeof import('./bench/bare');
	let serveMod: typeof import('./bench/serve');
	try {
		pw = await import('playwright-core');
		browserMod = await import('./bench/browser');
		bareMod = await import('./bench/bare');
		serveMod = await import('./bench/serve');
	} catch (err) {
		report.line(`skipped: playwright-core not available: ${why(err)}`);
		return;
	}
	const buildProblem = await ensureBuild();
	const build = join(ROOT, 'build');
	const haveApp = buildProblem === null;
	if (!haveApp) report.line(`app not measured: ${buildProblem}`);
	else report.row('app build', 'build/', '', `built ${statSync(join(build, '_app')).mtime.toISOString()}`);

	// The bare page reads the atlas the app ships: static/atlas (build/atlas if static/ has none).
	const atlasDir = existsSync(join(ROOT, 'static/atlas/commitments.geojson')) ? join(ROOT, 'static/atlas') : join(build, 'atlas');
	const bareDir = join(OUT, 'bare');
	let haveBare = true;
	try {
		bareMod.writeBarePage(ROOT, atlasDir, bareDir);
		const same = (f: string) =>
			!existsSync(join(build, 'atlas', f)) || statSync(join(build, 'atlas', f)).size === statSync(join(atlasDir, f)).size;
		if (haveApp && !same('commitments.geojson'))
			report.line('note: build/atlas/commitments.geojson differs from static/atlas (stale build?)');
	} catch (err) {
		haveBare = false;
		report.line(`bare page not measured: ${why(err)}`);
	}
	if (!haveApp && !haveBare) return;

	say('browser render…');
	let browser: import('playwright-core').Browser | null = null;
	const servers: { close(): Promise<void> }[] = [];
	try {
		const t = now();
		browser = await pw.chromium.launch(browserMod.LAUNCH);
		report.row('chromium launch', ms(now() - t), 'ms', browser.version());
		const app = haveApp ? await serveMod.serve(build, '200.html') : null;
		const bare = haveBare ? await serveMod.serve(bareDir) : null;
		for (const s of [app, bare]) if (s) servers.push(s);

		type Run = import('./bench/browser').RenderRun;
		const appRuns: Run[] = [];
		const bareRuns: Run[] = [];
		// The bare page opens where the app opened (its fitted view of the central districts), or
		// at central Chengdu, zoom 10, if the app has not opened yet.
		let camera = { lng: 104.075, lat: 30.65, zoom: 10 };
		// A page that fails once (not built yet, broken) is not tried again: its timeout would only repeat.
		const failed = (runs: Run[]) => runs.some((r) => r.error !== null);
		const runApp = async (keep: boolean) => {
			if (!app || failed(appRuns)) return;
			const a = await browserMod.measureRender(browser!, `${app.url}/`, browserMod.APP_LAYERS);
			if (keep || a.error) appRuns.push(a);
			if (a.camera && !a.error) camera = a.camera;
		};
		const runBare = async (keep: boolean) => {
			if (!bare || failed(bareRuns)) return;
			const q = `?lng=${camera.lng}&lat=${camera.lat}&zoom=${camera.zoom}`;
			const b = await browserMod.measureRender(browser!, `${bare.url}/${q}`, bareMod.BARE_LAYERS);
			if (keep || b.error) bareRuns.push(b);
		};
		// One unmeasured run of each first: the browser's first page pays for starting its GPU
		// process and filling its shader cache, whichever page that is. Then the order alternates,
		// so that neither page always runs just after the other has warmed something up.
		await runApp(false);
		await runBare(false);
		for (let i = 0; i < RENDER_RUNS; i++) {
			if (i % 2 === 0) {
				await runApp(true);
				await runBare(true);
			} else {
				await runBare(true);
				await runApp(true);
			}
		}
		const summarize = (label: string, runs: Run[]) => {
			const ok = runs.filter((r) => r.idle !== null);
			const errors = [...new Set(runs.map((r) => r.error).filter(Boolean))];
			for (const e of errors) report.line(`${label}: ${e}`);
			if (!ok.length) return NaN;
			const m = (f: (r: Run) => number | null) => median(ok.map(f).filter((x): x is number => x !== null));
			const idle = m((r) => r.idle);
			report.row(
				`${label}: idle with commitments drawn`,
				ms(idle),
				'ms',
				`runs ${ok.map((r) => ms(r.idle)).join(' / ')}${ok.length < runs.length ? ` (${runs.length - ok.length} failed)` : ''}`
			);
			report.row(`  map created`, ms(m((r) => r.created)), 'ms');
			report.row(`  map 'load'`, ms(m((r) => r.load)), 'ms');
			report.row(`  'load' → idle with commitments`, ms(m((r) => (r.load === null ? null : r.idle! - r.load))), 'ms');
			report.row(
				`  fetched`,
				mb(median(ok.map((r) => r.fetched))),
				'MB',
				`${median(ok.map((r) => r.requests))} requests, ${int(ok[0].rendered)} rendered features at idle`
			);
			return idle;
		};
		const appIdle = app ? summarize('app (build/)', appRuns) : NaN;
		const bareIdle = bare ? summarize('bare MapLibre (bench/out/bare/)', bareRuns) : NaN;
		if (app && bare) {
			const c = camera;
			report.line(`view: center [${c.lng.toFixed(3)}, ${c.lat.toFixed(3)}], zoom ${c.zoom.toFixed(2)} (the app's own first view)`);
			const ratio = appIdle / bareIdle;
			report.row('ratio app / bare', fixed(ratio, 2), '×', met(ratio, RENDER_TARGET));
		}
	} catch (err) {
		report.line(`browser section aborted: ${why(err)}`);
	} finally {
		await browser?.close().catch(() => {});
		for (const s of servers) await s.close().catch(() => {});
	}
}

// ─── 4. Sizes ────────────────────────────────────────────────────────────────────────────────
function sizesSection() {
	report.section('4. Sizes (gzip: each file on its own, level 9)');
	const line = (label: string, files: string[], note = '') => {
		if (!files.length) {
			report.line(`${label}: no files`);
			return;
		}
		const s = sizeOf(files);
		report.row(label, `${kb(s.raw)} kB`, '', `gzip ${kb(s.gzip)} kB, ${s.files} files${note ? `, ${note}` : ''}`);
	};
	const app = join(ROOT, 'build/_app');
	if (!existsSync(app)) report.line('build/_app missing: JS not measured');
	else {
		line('app JS (build/_app/**/*.js)', walk(app, (n) => n.endsWith('.js')));
		line('  map worker (build/_app/**/*.mjs)', walk(app, (n) => n.endsWith('.mjs')), 'loaded by maplibre-gl');
		line('  CSS (build/_app/**/*.css)', walk(app, (n) => n.endsWith('.css')));
	}
	const atlas = join(ROOT, 'static/atlas');
	line('data (static/atlas/**)', walk(atlas));
	line('  commitments.geojson', walk(atlas, (n) => n === 'commitments.geojson'));
	line('  basemap (static/atlas/geo/)', walk(join(atlas, 'geo')));
	line('  documents (static/atlas/docs/)', walk(join(atlas, 'docs')));
	line('glyphs (static/fonts/**/*.pbf)', walk(join(ROOT, 'static/fonts'), (n) => n.endsWith('.pbf')));
}

/** `npm run bench -- --only render,sizes` runs just those sections (all by default). */
const SECTIONS = { seeds: seedsSection, corpus: corpusSection, render: renderSection, sizes: sizesSection };

async function main() {
	mkdirSync(OUT, { recursive: true });
	const { values } = parseArgs({ options: { only: { type: 'string' } } });
	const names = values.only?.split(',') ?? Object.keys(SECTIONS);
	const unknown = names.filter((n) => !(n in SECTIONS));
	if (unknown.length) throw new Error(`--only: no section ${unknown.join(', ')} (sections: ${Object.keys(SECTIONS).join(', ')})`);
	for (const name of names) await SECTIONS[name as keyof typeof SECTIONS]();
	report.section('Run');
	const cpus = cpus_();
	report.row('total bench time', fixed((now() - started) / 1000, 1), 's', `node ${process.version}, ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}`);
	const load = Math.max(loadAtStart, loadavg()[0]);
	report.row(
		'load average (1 min), start / end',
		`${fixed(loadAtStart, 2)} / ${fixed(loadavg()[0], 2)}`,
		'',
		load > cpus.length ? `above ${cpus.length} cores: other work was running, timings are noisy` : ''
	);
	process.stdout.write(report.toString());
}

main().catch((err) => {
	process.stdout.write(report.toString());
	process.stderr.write(`bench: ${err instanceof Error ? err.stack : err}\n`);
	process.exitCode = 1;
});
