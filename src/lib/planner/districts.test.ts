import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { props } from '../view/fixture';
import type { AtlasFeature } from '../view/catalog';
import { CITY, OUTSIDE, assignDistricts, districtsOfGeometry } from './districts';
import { DISTRICTS } from './fixture';

const line = (coords: [number, number][]): Geometry => ({ type: 'LineString', coordinates: coords });
const box = (w: number, s: number, e: number, n: number): Geometry => ({
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

describe('districtsOfGeometry', () => {
	it('puts a point in the district containing it, or outside', () => {
		expect(districtsOfGeometry({ type: 'Point', coordinates: [104.15, 30.65] }, DISTRICTS)).toEqual(['east']);
		expect(districtsOfGeometry({ type: 'Point', coordinates: [105, 30.65] }, DISTRICTS)).toEqual([OUTSIDE]);
	});

	it('counts a line in each district holding at least a kilometre of it', () => {
		// ~9.6 km across both squares.
		expect(districtsOfGeometry(line([[104.05, 30.65], [104.15, 30.65]]), DISTRICTS)).toEqual([
			'west',
			'east'
		]);
		// Pokes ~300 m into the east square: not enough to count there.
		expect(districtsOfGeometry(line([[104.02, 30.65], [104.103, 30.65]]), DISTRICTS)).toEqual([
			'west'
		]);
	});

	it('puts a line shorter than the threshold where most of it lies', () => {
		expect(districtsOfGeometry(line([[104.099, 30.65], [104.1025, 30.65]]), DISTRICTS)).toEqual([
			'east'
		]);
	});

	it('counts an area in districts holding a tenth of it or a quarter of themselves covered', () => {
		// 60 % west, 40 % east.
		expect(districtsOfGeometry(box(104.04, 30.6, 104.14, 30.7), DISTRICTS)).toEqual([
			'west',
			'east'
		]);
		// A sliver (3 % of the area, 1 % of the district) does not count.
		expect(districtsOfGeometry(box(104.0, 30.6, 104.103, 30.7), DISTRICTS)).toEqual(['west']);
	});

	it('calls an area covering every district city-wide', () => {
		expect(districtsOfGeometry(box(103.99, 30.59, 104.21, 30.71), DISTRICTS)).toEqual([CITY]);
	});
});

describe('assignDistricts', () => {
	const feature = (fid: number, place: string, geometry: Geometry): AtlasFeature => ({
		type: 'Feature',
		id: fid,
		properties: props({ fid, place }),
		geometry
	});
	const across = line([[104.05, 30.65], [104.15, 30.65]]);
	const places = new Map([
		['in-east', { adcode: '510102' }],
		['city', { adcode: '510100' }],
		['railway', { adcode: null }]
	]);

	it("takes the gazetteer's district over the geometry", () => {
		const m = assignDistricts([feature(1, 'in-east', across)], places, DISTRICTS);
		expect(m.get(1)).toEqual(['east']);
	});

	it("makes the city's own code city-wide", () => {
		const m = assignDistricts([feature(2, 'city', across)], places, DISTRICTS);
		expect(m.get(2)).toEqual([CITY]);
	});

	it('places features without a district code by geometry, once per place', () => {
		const m = assignDistricts(
			[feature(3, 'railway', across), feature(4, 'railway', across), feature(5, 'unknown', line([[106, 31], [106.1, 31]]))],
			places,
			DISTRICTS
		);
		expect(m.get(3)).toEqual(['west', 'east']);
		expect(m.get(4)).toBe(m.get(3));
		expect(m.get(5)).toEqual([OUTSIDE]);
	});
});
