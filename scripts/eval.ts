// npm run eval: the geoparser against the hand-annotated gold mentions in tests/fixtures/gold/, or
// in another folder (`-- --gold <dir>`), whose headers name texts beside them or in seeds/: other
// documents, annotated by other hands, are how the geoparser is judged beyond the seeds.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { ingest } from '../src/lib/text';
import { analyse, type Unlocated } from '../src/lib/atlas/records';
import { score, type GoldMention, type PredictedMention, type Score } from '../src/lib/atlas/score';
import { loadGazetteerFiles } from './lib/gazetteer';
import { loadManifest, metaFor } from './lib/inputs';

const { values } = parseArgs({
	options: { gold: { type: 'string', default: 'tests/fixtures/gold' }, verbose: { type: 'boolean', default: false } }
});
const GOLD = resolve(values.gold!);
const SEEDS = resolve('seeds');
const verbose = values.verbose;

const { gazetteer, parser } = loadGazetteerFiles();
/**
 * Qualifiers before a place's name in the gold (彭州市龙门山镇, 成都地铁春熙路站, 四川新津白鹤滩国家湿地公园): the province's, the
 * city's and its metro's names, and the gazetteer's names of places.
 */
const QUALIFIERS = new Set(['四川省', '四川', '成都市', '成都', '成都地铁', '地铁', ...[...gazetteer.byId.values()].flatMap((p) => [p.name, ...p.aliases])]);
const LONGEST = Math.max(...[...QUALIFIERS].map((q) => q.length));
/** Whether `prefix` is qualifiers and nothing else, read from its start, the longest first. */
function qualifies(prefix: string): boolean {
	for (let at = 0; at < prefix.length; ) {
		let len = Math.min(LONGEST, prefix.length - at);
		while (len > 1 && !QUALIFIERS.has(prefix.slice(at, at + len))) len--;
		if (len < 2) return false;
		at += len;
	}
	return true;
}
const manifest = loadManifest(SEEDS);
const rows: [string, Score, Score][] = [];
const all = { gold: [] as GoldMention[], pred: [] as PredictedMention[], goldC: [] as GoldMention[], predC: [] as PredictedMention[] };

for (const name of readdirSync(GOLD).filter((f) => f.endsWith('.jsonl')).sort()) {
	const [header, ...gold] = readFileSync(join(GOLD, name), 'utf8')
		.split('\n')
		.filter((l) => l.trim())
		.map((l) => JSON.parse(l));
	const ranges: [number, number][] = header.lines;
	const inRange = (line: number) => ranges.some(([a, b]) => line >= a && line <= b);
	const path = [join(GOLD, header.file), join(SEEDS, header.file)].find((p) => existsSync(p));
	if (!path) throw new Error(`${name}: its text ${header.file} is neither in ${GOLD} nor in ${SEEDS}`);
	const ingested = ingest(readFileSync(path), metaFor(path, manifest));
	const { mentions, unlocated } = analyse(ingested, parser, gazetteer);
	const byId = new Map(ingested.document.paragraphs.map((p) => [p.id, p.text]));
	// An unlocated name as the text writes it (成灌高速, named 成灌高速公路).
	const writtenAs = (u: Unlocated) => byId.get(u.paragraph)!.slice(...u.at);
	// Gold annotates places in Chengdu; places outside the city are out of its scope.
	const pred: PredictedMention[] = mentions
		.filter((m) => m.kind !== 'outside' && inRange(m.line))
		.map((m) => ({ line: m.line, surface: m.surface, name: m.name, aliases: gazetteer.byId.get(m.place)?.aliases, commitment: m.commitment !== null }))
		// Names the geoparser found but no source locates count as found: the map cannot show them.
		.concat(unlocated.filter((u) => inRange(u.line)).map((u) => ({ line: u.line, surface: writtenAs(u), name: u.name, commitment: u.committed })));
	const goldC = gold.filter((g: GoldMention) => g.commitment);
	const predC = pred.filter((p) => p.commitment);
	rows.push([header.seed, score(gold, pred, qualifies), score(goldC, predC, qualifies)]);
	all.gold.push(...gold.map((g: GoldMention) => ({ ...g, line: g.line + rows.length * 1e6 })));
	all.pred.push(...pred.map((p) => ({ ...p, line: p.line + rows.length * 1e6 })));
	all.goldC.push(...goldC.map((g: GoldMention) => ({ ...g, line: g.line + rows.length * 1e6 })));
	all.predC.push(...predC.map((p) => ({ ...p, line: p.line + rows.length * 1e6 })));
}
rows.push(['all', score(all.gold, all.pred, qualifies), score(all.goldC, all.predC, qualifies)]);

const f = (x: number) => x.toFixed(3);
console.log('seed  | mentions: gold pred   P      R      F1     resolve | commitment mentions: gold pred   P      R      F1');
for (const [seed, m, c] of rows) {
	console.log(
		`${seed.padEnd(5)} | ${String(m.gold).padStart(14)} ${String(m.predicted).padStart(4)}  ${f(m.precision)}  ${f(m.recall)}  ${f(m.f1)}  ${f(m.accuracy)}   | ${String(c.gold).padStart(25)} ${String(c.predicted).padStart(4)}  ${f(c.precision)}  ${f(c.recall)}  ${f(c.f1)}`
	);
	if (verbose && seed !== 'all') {
		for (const g of m.misses) console.log(`   miss  ${g.line} ${g.surface} (${g.place})`);
		for (const p of m.extras) console.log(`   extra ${p.line} ${p.surface} → ${p.name}`);
		for (const [g, p] of m.wrong) console.log(`   wrong ${g.line} ${g.surface}: ${p.name}, gold ${g.place}`);
		for (const g of c.misses) console.log(`   c-miss  ${g.line} ${g.surface}`);
		for (const p of c.extras) console.log(`   c-extra ${p.line} ${p.surface}`);
	}
}
const [, total] = rows[rows.length - 1];
const strict = total.matched ? (total.matched - total.wrong.length - total.byOtherName) / total.matched : 1;
console.log(
	`resolve: the gold's place is the one resolved to, by its canonical name, another the gazetteer gives it, or one of those after qualifiers (彭州市龙门山镇) (${total.byOtherName} of ${total.matched} found by another name; by the canonical name alone, ${f(strict)})`
);
