import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import type { AtlasFeatures, FeatureProps } from '../atlas/format';
import { anyWithin, boundsOf, catalog, focusOf, othersAt } from './catalog';
import { props } from './fixture';

function feature(over: Partial<FeatureProps>, geometry: Geometry) {
	const p = props(over);
	return { type: 'Feature' as const, id: p.fid, properties: p, geometry };
}

const square = (x: number, y: number, d: number): Geometry => ({
	type: 'Polygon',
	coordinates: [
		[
			[x, y],
			[x + d, y],
			[x + d, y + d],
			[x, y + d],
			[x, y]
		]
	]
});

const collection: AtlasFeatures = {
	type: 'FeatureCollection',
	features: [
		feature({ fid: 1, doc: '001', commitment: '001-c10', place: 'a', name: '乙' }, { type: 'Point', coordinates: [104.08, 30.65] }),
		feature({ fid: 2, doc: '001', commitment: '001-c9', place: 'a', name: '乙' }, { type: 'Point', coordinates: [104.08, 30.65] }),
		feature({ fid: 3, doc: '000', commitment: '000-c2', place: 'b', name: '甲', geom: 'polygon' }, square(104, 30.6, 0.1)),
		feature({ fid: 4, doc: '000', commitment: '000-c2', place: 'a', name: '乙' }, { type: 'Point', coordinates: [104.08, 30.65] }),
		feature({ fid: 5, doc: '001', commitment: '001-c9', place: 'a', name: '乙', geom: 'point' }, { type: 'Point', coordinates: [104.08, 30.65] })
	]
};

describe('catalog', () => {
	const cat = catalog(collection);

	it('orders features by document, then commitment (numerically), then place', () => {
		expect(cat.all.map((f) => f.properties.fid)).toEqual([3, 4, 2, 5, 1]);
	});

	it('indexes by id, commitment and place', () => {
		expect(cat.byFid.get(3)?.properties.place).toBe('b');
		expect(cat.byCommitment.get('000-c2')?.map((f) => f.properties.fid)).toEqual([3, 4]);
		expect(cat.byPlace.get('a')?.length).toBe(4);
	});

	it('measures polygons only', () => {
		expect(cat.area.get(3)).toBeGreaterThan(1e7);
		expect(cat.area.has(1)).toBe(false);
	});

	it('lists each other commitment at a place once', () => {
		expect(othersAt(cat, 'a', '001-c9').map((f) => f.properties.commitment)).toEqual([
			'000-c2',
			'001-c10'
		]);
		expect(othersAt(cat, 'nowhere', 'x')).toEqual([]);
	});

	it('finds the focused feature of a selection', () => {
		expect(focusOf(cat, '000-c2', 'a')?.properties.fid).toBe(4);
		expect(focusOf(cat, '000-c2', null)?.properties.fid).toBe(3);
		expect(focusOf(cat, '000-c2', 'elsewhere')?.properties.fid).toBe(3);
		expect(focusOf(cat, 'missing', null)).toBeNull();
	});
});

describe('anyWithin', () => {
	it('finds a feature in view by its box, a polygon only partly in view too', () => {
		const cat = catalog(collection);
		const points = cat.all.filter((f) => f.properties.geom !== 'polygon');
		expect(anyWithin(points, [104.05, 30.6, 104.1, 30.7])).toBe(true);
		expect(anyWithin(points, [104.2, 30.8, 104.3, 30.9])).toBe(false);
		// The square runs from 104 to 104.1: a view that takes in only its corner still shows it.
		const polygons = cat.all.filter((f) => f.properties.geom === 'polygon');
		expect(anyWithin(polygons, [104.09, 30.69, 104.3, 30.9])).toBe(true);
		expect(anyWithin([], [103, 30, 105, 31])).toBe(false);
	});
});

describe('boundsOf', () => {
	it('boxes points and polygons together', () => {
		const cat = catalog(collection);
		const box = boundsOf(cat.all)!;
		[104, 30.6, 104.1, 30.7].forEach((v, i) => expect(box[i]).toBeCloseTo(v, 9));
		expect(boundsOf([])).toBeNull();
	});
});
