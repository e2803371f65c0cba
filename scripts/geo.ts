// npm run geo [-- --sources <dir>] [-- --check]
// Builds geo/ from ../shared/geo-sources (relative to the repo), geo/curated.json and geo/towns.csv.
// --check builds in memory and compares with the committed files (exit 1 on any difference).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, GENERATED } from './geo/build';
import { parseCsv } from './geo/io';
import type { Curated, Town } from './geo/places';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const geoDir = path.join(repoRoot, 'geo');

function arg(name: string): string | undefined {
	const i = process.argv.indexOf(name);
	return i >= 0 ? process.argv[i + 1] : undefined;
}

const sourcesDir = path.resolve(arg('--sources') ?? path.resolve(repoRoot, '../shared/geo-sources'));
const check = process.argv.includes('--check');

if (!fs.existsSync(sourcesDir)) {
	console.error(`geo: sources folder not found: ${sourcesDir} (pass --sources <dir>)`);
	process.exit(2);
}
const curated = JSON.parse(fs.readFileSync(path.join(geoDir, 'curated.json'), 'utf8')) as Curated;
const towns = parseCsv(fs.readFileSync(path.join(geoDir, 'towns.csv'), 'utf8')) as unknown as Town[];
const files = build(sourcesDir, curated, towns);

if (check) {
	const diffs: string[] = [];
	for (const rel of GENERATED) {
		const file = path.join(geoDir, rel);
		const want = files.get(rel)!;
		if (!fs.existsSync(file)) diffs.push(`${rel}: missing`);
		else if (fs.readFileSync(file, 'utf8') !== want) diffs.push(`${rel}: differs from a fresh build`);
	}
	if (diffs.length) {
		console.error(`geo --check: ${diffs.length} file(s) out of date:\n  ${diffs.join('\n  ')}\nRun npm run geo.`);
		process.exit(1);
	}
	console.log(`geo --check: ${GENERATED.length} files identical to a fresh build.`);
} else {
	for (const [rel, text] of files) {
		const file = path.join(geoDir, rel);
		fs.mkdirSync(path.dirname(file), { recursive: true });
		fs.writeFileSync(file, text);
	}
	for (const rel of GENERATED) {
		const kb = (fs.statSync(path.join(geoDir, rel)).size / 1024).toFixed(1);
		console.log(`geo/${rel}  ${kb} KB`);
	}
}
