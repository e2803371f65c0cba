import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bbox } from '@turf/turf';
import { loadGazetteerFiles } from '../../../scripts/lib/gazetteer';
import { loadSources } from '../../../scripts/lib/write';
import { ingest } from '../text';
import type { DocumentMeta } from '../types';
import { assemble, drawnGeometry, geometryKind } from './assemble';
import { analyse } from './records';

const { gazetteer, parser } = loadGazetteerFiles();
const manifest: { documents: DocumentMeta[] } = JSON.parse(readFileSync('seeds/manifest.json', 'utf8'));
const analysed = manifest.documents.map((meta) => {
	const ingested = ingest(readFileSync(`seeds/${meta.file}`), meta);
	return { ingested, analysis: analyse(ingested, parser, gazetteer) };
});
const atlas = assemble(analysed, gazetteer, [], [], '2024-01-01T00:00:00Z');

describe('assemble', () => {
	it('credits the datasets of the basemap and those the drawn places cite, no other', () => {
		const credited = assemble(analysed, gazetteer, [], loadSources(), '2024-01-01T00:00:00Z').index.sources.map((s) => s.title);
		const cited = new Set(atlas.features.features.flatMap((f) => gazetteer.byId.get(f.properties.place)!.sources.map((s) => s.dataset)));
		const datasets = new Set(loadSources().map((s) => s.title));
		for (const title of cited) if (datasets.has(title)) expect(credited).toContain(title);
		const ids = assemble(analysed, gazetteer, [], loadSources(), '').index.sources.map((s) => s.id);
		expect(ids).toEqual(expect.arrayContaining(['datav', 'osm-doudoulandmetro']));
		// No seed names a 街道 or a 镇 of the division codes.
		expect(ids).not.toContain('nbs-towns');
	});

	it('draws one feature per commitment and place, each pointing back at its commitment', () => {
		const commitments = new Map(atlas.docs.flatMap((d) => d.commitments).map((c) => [c.id, c]));
		const expected = [...commitments.values()].reduce((n, c) => n + c.places.length, 0);
		expect(atlas.features.features).toHaveLength(expected);
		for (const f of atlas.features.features) {
			expect(commitments.get(f.properties.commitment)?.places).toContain(f.properties.place);
			expect(f.id).toBe(f.properties.fid);
			expect(f.properties.geom).toBe(geometryKind(f.geometry));
		}
	});

	it('draws a place known only by its district as that district, never as a precise point', () => {
		const place = gazetteer.places.find((p) => p.precision === 'district' && p.geometry.type === 'Point' && p.adcode)!;
		const district = gazetteer.places.find((p) => p.kind === 'district' && p.adcode === place.adcode)!;
		expect(drawnGeometry(place, gazetteer)).toBe(district.geometry);
		for (const f of atlas.features.features.filter((f) => f.properties.precision === 'district'))
			expect(f.properties.geom, f.properties.name).not.toBe('point');
	});

	it('keeps simplified outlines within a few hundred metres of the originals', () => {
		const f = atlas.features.features.find((f) => f.properties.place === 'xindu')!;
		const [a, b, c, d] = bbox(f.geometry);
		const [e, g, h, i] = bbox(gazetteer.byId.get('xindu')!.geometry);
		for (const [x, y] of [[a, e], [b, g], [c, h], [d, i]]) expect(Math.abs(x - y)).toBeLessThan(0.003);
	});

	it('counts every document in the index with its paragraphs, mentions and commitments', () => {
		expect(atlas.index.documents.map((d) => d.id)).toEqual(manifest.documents.map((d) => d.id));
		for (const [i, d] of atlas.index.documents.entries()) {
			expect(d.paragraphs).toBe(analysed[i].ingested.document.paragraphs.length);
			expect(d.commitments).toBe(analysed[i].analysis.commitments.length);
		}
	});

	it('shows a project its 建设地点 places by its name first, in lists and tooltips', () => {
		const meta: DocumentMeta = { id: 'x', file: 'x.txt', title: { zh: '', en: '' }, date: '2026-02-10', publisher: '', kind: 'unlisted', scope: 'city' };
		const ingested = ingest(Buffer.from('4．驿都大道东延线工程\n\n建设地点：龙泉驿区龙泉街道、东安街道\n\n建设内容：全长约5.2公里。\n'), meta);
		const { features } = assemble([{ ingested, analysis: analyse(ingested, parser, gazetteer) }], gazetteer, [], [], '');
		expect(features.features.map((f) => f.properties.snippet)).toEqual([
			'驿都大道东延线工程 · 建设地点：龙泉驿区龙泉街道、东安街道',
			'驿都大道东延线工程 · 建设地点：龙泉驿区龙泉街道、东安街道'
		]);
	});
});
