import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { catalog, union, type AtlasFeature, type Bounds } from '../view/catalog';
import { props } from '../view/fixture';
import { centreOf, resolveTour } from './resolve';
import type { Chapter, Tour } from './schema';

function feature(fid: number, commitment: string, place: string, geometry: Geometry): AtlasFeature {
	const properties = props({
		fid,
		commitment,
		place,
		name: place,
		kind: 'landmark',
		geom: geometry.type === 'Point' ? 'point' : 'polygon',
		theme: 'ecology',
		doc: commitment.slice(0, 3),
		year: 2024,
		snippet: ''
	});
	return { type: 'Feature', id: fid, geometry, properties };
}

const square = (w: number, s: number, e: number, n: number): Geometry => ({
	type: 'Polygon',
	coordinates: [
		[
			[w, s],
			[e, s],
			[e, n],
			[w, n],
			[w, s]
		]
	]
});

const cat = catalog({
	type: 'FeatureCollection',
	features: [
		feature(1, '001-c1', 'a', { type: 'Point', coordinates: [104.0, 30.6] }),
		feature(2, '001-c1', 'b', square(104.2, 30.4, 104.4, 30.5)),
		feature(3, '001-c2', 'a', { type: 'Point', coordinates: [104.0, 30.6] })
	]
});
const boxes: Record<string, Bounds> = { lonely: [103.5, 30.9, 103.6, 31.0] };
const atlas = { ...cat, placeBox: (id: string) => boxes[id] };

const ch = (c: Partial<Chapter>): Chapter => ({
	title: { zh: 't', en: 't' },
	narration: { zh: '' },
	commitments: [],
	places: [],
	camera: 'fit',
	...c
});
const tour = (chapters: Chapter[]): Tour => ({
	format: 'atlas-tour',
	version: 1,
	id: 't',
	title: { zh: 't', en: 't' },
	chapters
});

describe('resolveTour', () => {
	it('draws all of a commitment and frames all of it, or only the places named', () => {
		const { stops, skipped } = resolveTour(
			tour([ch({ commitments: ['001-c1'] }), ch({ commitments: ['001-c1'], places: ['b'] })]),
			atlas
		);
		expect(skipped).toEqual([]);
		expect(stops.map((s) => s.features.map((f) => f.properties.fid))).toEqual([
			[1, 2],
			[1, 2]
		]);
		expect(stops[0].frame).toEqual([104.0, 30.4, 104.4, 30.6]);
		expect(stops[1].frame).toEqual([104.2, 30.4, 104.4, 30.5]);
		expect(stops[1].quote).toBe('001-c1');
	});

	it('frames a place alone with what is drawn there, or with its gazetteer box', () => {
		const { stops } = resolveTour(tour([ch({ places: ['a'] }), ch({ places: ['lonely'] })]), atlas);
		expect(stops[0].features.map((f) => f.properties.fid)).toEqual([1, 3]);
		expect(stops[0].quote).toBeNull();
		expect(stops[1].frame).toEqual(boxes.lonely);
		expect(stops[1].features).toEqual([]);
	});

	it('skips a chapter that names what the atlas does not have, and says what', () => {
		const { stops, skipped } = resolveTour(
			tour([
				ch({ commitments: ['001-c99'] }),
				ch({ commitments: ['001-c2'] }),
				ch({ places: ['nowhere'] }),
				ch({ camera: { center: [104, 30.6], zoom: 10 } })
			]),
			atlas
		);
		expect(skipped.map((s) => [s.chapter, s.missing])).toEqual([
			[1, ['001-c99']],
			[3, ['nowhere']]
		]);
		expect(stops.map((s) => s.chapter)).toEqual([2, 4]);
		expect(stops[1].frame).toBeNull();
	});
});

describe('boxes', () => {
	it('unites boxes and finds the Mercator centre', () => {
		expect(union([])).toBeNull();
		expect(union([[0, 0, 1, 1], [2, -1, 3, 0.5]])).toEqual([0, -1, 3, 1]);
		const [lng, lat] = centreOf([104, 30, 105, 31]);
		expect(lng).toBe(104.5);
		// A little north of the mean latitude.
		expect(lat).toBeGreaterThan(30.5);
		expect(lat).toBeLessThan(30.51);
	});
});
