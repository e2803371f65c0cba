// `npm run tours`: picks the stops of the built-in tours from the atlas in static/atlas (run
// `npm run atlas -- build` first) and writes them to static/tours/, keeping the titles, narration
// and cameras already written by hand for every stop picked again. `--fresh` discards them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ATLAS_FILES, type AtlasIndex, type DocumentFile, type PlaceEntry } from '../src/lib/atlas/format';
import { builtInTours, mergeEdits, type AtlasData } from '../src/lib/tour/generate';
import { TOURS_INDEX, tourFile, type TourSummary } from '../src/lib/tour/files';
import { exportTour } from '../src/lib/tour/edit';
import { parseTour, type Tour } from '../src/lib/tour/schema';

const { values } = parseArgs({
	options: {
		atlas: { type: 'string', default: 'static/atlas' },
		out: { type: 'string', default: 'static/tours' },
		fresh: { type: 'boolean', default: false }
	}
});
const atlasDir = resolve(values.atlas);
const outDir = resolve(values.out);

const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

if (!existsSync(join(atlasDir, ATLAS_FILES.index))) {
	process.stderr.write(`tours: no atlas in ${atlasDir}: run \`npm run atlas -- build\` first\n`);
	process.exit(1);
}
const index = read<AtlasIndex>(join(atlasDir, ATLAS_FILES.index));
const data: AtlasData = {
	documents: index.documents.map((d) => read<DocumentFile>(join(atlasDir, ATLAS_FILES.doc(d.id)))),
	places: new Map(read<PlaceEntry[]>(join(atlasDir, ATLAS_FILES.places)).map((p) => [p.id, p]))
};

mkdirSync(outDir, { recursive: true });
const summaries: TourSummary[] = [];
for (const generated of builtInTours(data)) {
	const path = join(outDir, tourFile(generated.id));
	let existing: Tour | null = null;
	if (existsSync(path) && !values.fresh) {
		const parsed = parseTour(readFileSync(path, 'utf8'));
		if (parsed.ok) existing = parsed.tour;
		else process.stderr.write(`tours: ${path} does not validate, its hand edits are not kept\n`);
	}
	const { tour, fresh } = mergeEdits(generated, existing);
	writeFileSync(path, exportTour(tour));
	summaries.push({ id: tour.id, title: tour.title, summary: tour.summary, chapters: tour.chapters.length });
	const note = fresh.length ? `; to title by hand: chapter ${fresh.join(', ')}` : '';
	process.stderr.write(`tours: ${tour.id}: ${tour.chapters.length} stops${note}\n`);
}
writeFileSync(join(outDir, TOURS_INDEX), JSON.stringify({ tours: summaries }, null, '\t') + '\n');
process.stderr.write(`tours: ${summaries.length} tours → ${outDir}\n`);
