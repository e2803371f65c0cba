// The built-in tours in static/tours/ against the atlas as the pipeline builds it now, in memory
// (CI runs the unit tests before any `atlas build`, so static/atlas may not exist yet).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteerFiles } from '../../../scripts/lib/gazetteer';
import { placeEntries } from '../../../scripts/lib/write';
import { assemble } from '../atlas/assemble';
import { analyse } from '../atlas/records';
import { ingest } from '../text';
import type { DocumentMeta } from '../types';
import { catalog, type Bounds } from '../view/catalog';
import { TOURS_INDEX, tourFile, type TourSummary } from './files';
import { builtInTours } from './generate';
import { resolveTour } from './resolve';
import { parseTour, type Tour } from './schema';

const TOURS = 'static/tours';
const { gazetteer, parser } = loadGazetteerFiles();
const manifest: { documents: DocumentMeta[] } = JSON.parse(readFileSync('seeds/manifest.json', 'utf8'));
const atlas = assemble(
	manifest.documents.map((meta) => {
		const ingested = ingest(readFileSync(`seeds/${meta.file}`), meta);
		return { ingested, analysis: analyse(ingested, parser, gazetteer) };
	}),
	gazetteer,
	[],
	[],
	'2024-01-01T00:00:00Z'
);
const places = placeEntries(gazetteer);
const boxes = new Map(places.map((p) => [p.id, p.bbox as Bounds]));
const lookup = { ...catalog(atlas.features), placeBox: (id: string) => boxes.get(id) };

const index: { tours: TourSummary[] } = JSON.parse(readFileSync(join(TOURS, TOURS_INDEX), 'utf8'));
const files = index.tours.map((s) => {
	const parsed = parseTour(readFileSync(join(TOURS, tourFile(s.id)), 'utf8'));
	return { summary: s, parsed };
});
const tours = files.flatMap(({ parsed }) => (parsed.ok ? [parsed.tour] : []));
const generated: Tour[] = builtInTours({ documents: atlas.docs, places: new Map(places.map((p) => [p.id, p])) });

describe('built-in tours', () => {
	it('are the four of the brief', () => {
		expect(index.tours.map((t) => t.id)).toEqual(['work-report-2024', 'pledges-000', 'plan-002', 'green-chengdu']);
	});

	it.each(files.map((f) => [f.summary.id, f] as const))('%s validates and matches the index', (_, f) => {
		expect(f.parsed.ok ? [] : f.parsed.issues).toEqual([]);
		if (!f.parsed.ok) return;
		expect(f.parsed.tour.id).toBe(f.summary.id);
		expect(f.parsed.tour.chapters).toHaveLength(f.summary.chapters);
	});

	it.each(tours.map((t) => [t.id, t] as const))('%s: every stop is in the current atlas', (_, tour) => {
		const { stops, skipped } = resolveTour(tour, lookup);
		expect(skipped).toEqual([]);
		for (const s of stops) {
			expect(s.features.length, `chapter ${s.chapter}`).toBeGreaterThan(0);
			expect(s.frame, `chapter ${s.chapter}`).not.toBeNull();
		}
	});

	it('are titled and narrated by hand: concise Chinese narration, English titles', () => {
		const auto = new Map(generated.map((t) => [t.id, t]));
		for (const tour of tours) {
			tour.chapters.forEach((c, i) => {
				const at = `${tour.id} chapter ${i + 1}`;
				const rule = auto.get(tour.id)?.chapters[i];
				expect(c.title.en, at).not.toBe(rule?.title.en);
				expect(c.title.en, at).not.toMatch(/[\u4e00-\u9fff]/);
				expect(c.narration.zh, at).not.toBe(rule?.narration.zh);
				expect(c.narration.zh.length, at).toBeGreaterThan(5);
				expect(c.narration.zh.length, at).toBeLessThanOrEqual(60);
			});
		}
	});

	it('pick the stops the rules pick from the current atlas (else run `npm run tours`)', () => {
		const stops = (t: Tour) => t.chapters.map((c) => `${c.commitments.join(',')}|${c.places.join(',')}`);
		expect(tours.map((t) => [t.id, stops(t)])).toEqual(generated.map((t) => [t.id, stops(t)]));
	});
});
