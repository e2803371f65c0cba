import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import type { FeatureProps } from '../atlas/format';
import { districtLevel } from '../map/districts';
import type { AtlasFeature } from '../view/catalog';
import { props } from '../view/fixture';
import type { LngLat } from './distance';
import { NearIndex, formatDistance } from './nearby';
import { validRadius } from './radius';

const HOME: LngLat = [104.07703, 30.65593];
const KM_LNG = 1 / (111.32 * Math.cos((HOME[1] * Math.PI) / 180));
const KM_LAT = 1 / 110.574;

let fid = 0;
function feature(geometry: Geometry, over: Partial<FeatureProps> = {}): AtlasFeature {
	fid++;
	return {
		type: 'Feature',
		id: fid,
		geometry,
		properties: props({ fid, commitment: `c${fid}`, place: `p${fid}`, ...over })
	};
}
const at = (kmEast: number, kmNorth = 0): Geometry => ({
	type: 'Point',
	coordinates: [HOME[0] + kmEast * KM_LNG, HOME[1] + kmNorth * KM_LAT]
});
const box = (w: number, s: number, e: number, n: number): Geometry => ({
	type: 'Polygon',
	coordinates: [
		[
			[HOME[0] + w * KM_LNG, HOME[1] + s * KM_LAT],
			[HOME[0] + e * KM_LNG, HOME[1] + s * KM_LAT],
			[HOME[0] + e * KM_LNG, HOME[1] + n * KM_LAT],
			[HOME[0] + w * KM_LNG, HOME[1] + n * KM_LAT],
			[HOME[0] + w * KM_LNG, HOME[1] + s * KM_LAT]
		]
	]
});
const north = (km: number): Geometry => ({
	type: 'LineString',
	coordinates: [
		[HOME[0] - 5 * KM_LNG, HOME[1] + km * KM_LAT],
		[HOME[0] + 5 * KM_LNG, HOME[1] + km * KM_LAT]
	]
});

describe('NearIndex', () => {
	const point2 = feature(at(2), { name: '2 km east' });
	const inside = feature(box(-1, -1, 1, 1), { geom: 'polygon', precision: 'area', name: 'around home' });
	const line1 = feature(north(1), { geom: 'line', kind: 'line', name: 'line 1 km north' });
	const here = feature(at(0), { name: 'at home' });
	const far = feature(at(8), { name: '8 km east' });
	const district = feature(box(-6, -6, 6, 6), {
		geom: 'polygon',
		kind: 'landmark',
		precision: 'district',
		name: 'somewhere in the district'
	});
	const wholeDistrict = feature(box(-6, -6, 6, 6), {
		geom: 'polygon',
		kind: 'district',
		precision: 'exact',
		name: '锦江区'
	});
	const otherDistrict = feature(box(10, -6, 20, 6), {
		geom: 'polygon',
		kind: 'district',
		precision: 'exact',
		name: 'far district'
	});
	const all = [point2, inside, line1, here, far, district, wholeDistrict, otherDistrict];
	const index = new NearIndex(all);

	it('lists what comes within the radius, nearest first, the more specific first when as near', () => {
		const { near } = index.query(HOME, 3);
		expect(near.map((n) => n.feature.properties.name)).toEqual([
			'at home',
			'around home',
			'line 1 km north',
			'2 km east'
		]);
		expect(near[0].km).toBe(0);
		expect(near[1].km).toBe(0);
		expect(near[2].km).toBeCloseTo(1, 1);
		expect(near[3].km).toBeCloseTo(2, 1);
		for (let i = 1; i < near.length; i++) expect(near[i].km).toBeGreaterThanOrEqual(near[i - 1].km);
	});

	it('grows with the radius', () => {
		expect(index.query(HOME, 0.5).near).toHaveLength(2);
		expect(index.query(HOME, 1.5).near).toHaveLength(3);
		expect(index.query(HOME, 10).near).toHaveLength(5);
	});

	it('keeps district-level commitments out of the distances and lists those of home’s district apart', () => {
		const { near, district: mine } = index.query(HOME, 10);
		for (const n of near) expect(districtLevel(n.feature.properties)).toBe(false);
		expect(near.map((n) => n.feature)).not.toContain(district);
		expect(mine.map((f) => f.properties.name)).toEqual(['somewhere in the district', '锦江区']);
	});

	it('lists a commitment once, at its nearest place', () => {
		const a = feature(at(2.5), { commitment: 'two-places', name: 'farther' });
		const b = feature(at(0.3), { commitment: 'two-places', name: 'nearer' });
		const c = feature(box(-6, -6, 6, 6), { commitment: 'two-places', precision: 'district', geom: 'polygon' });
		const { near, district: mine } = new NearIndex([a, b, c]).query(HOME, 3);
		expect(near).toHaveLength(1);
		expect(near[0].feature).toBe(b);
		expect(mine).toEqual([]);
	});

	it('applies a filter to both lists', () => {
		const { near, district: mine } = index.query(HOME, 10, (p) => p.geom === 'point');
		expect(near.map((n) => n.feature.properties.geom)).toEqual(['point', 'point', 'point']);
		expect(mine).toEqual([]);
	});

	it('works with nothing to index', () => {
		expect(new NearIndex([]).query(HOME, 3)).toEqual({ near: [], district: [] });
	});
});

describe('radius and distance text', () => {
	it('accepts 0.5 to 10 km', () => {
		expect([0.5, 3, 10].every(validRadius)).toBe(true);
		expect([0.4, 10.5, -5, NaN, Infinity].some(validRadius)).toBe(false);
	});

	it('rounds to what a reader needs', () => {
		expect(formatDistance(0)).toBe('<50 m');
		expect(formatDistance(0.347)).toBe('350 m');
		expect(formatDistance(0.998)).toBe('1.0 km');
		expect(formatDistance(1.234)).toBe('1.2 km');
		expect(formatDistance(9.97)).toBe('10 km');
	});
});
