import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { booleanPointInPolygon } from '@turf/turf';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { Point, Polygon } from 'geojson';
import { props } from '../view/fixture';
import { DISTRICT_WIDE, districtWide, markers } from './districts';

// An L-shaped district, whose centroid lies outside it.
const shape: Polygon = {
	type: 'Polygon',
	coordinates: [
		[
			[104, 30.6],
			[104.2, 30.6],
			[104.2, 30.65],
			[104.05, 30.65],
			[104.05, 30.8],
			[104, 30.8],
			[104, 30.6]
		]
	]
};

const feature = (over: Parameters<typeof props>[0]) => {
	const p = props({ geom: 'polygon', kind: 'district', precision: 'exact', ...over });
	return { type: 'Feature' as const, id: p.fid, properties: p, geometry: shape };
};

describe('districtWide', () => {
	it('agrees with its MapLibre expression', () => {
		const filter = featureFilter(DISTRICT_WIDE, 'filter');
		fc.assert(
			fc.property(
				fc.constantFrom('point', 'line', 'polygon'),
				fc.constantFrom('district', 'area', 'landmark', 'mountain'),
				fc.constantFrom('exact', 'area', 'approximate', 'district'),
				(geom, kind, precision) => {
					const p = props({ geom, kind, precision } as never);
					const drawn = { type: 3, properties: { ...p }, geometry: [] } as never;
					expect(filter.filter({ zoom: 10 }, drawn)).toBe(districtWide(p));
				}
			)
		);
	});
});

describe('markers', () => {
	it('puts one point inside each district-wide shape, keeping id and properties', () => {
		const out = markers([
			feature({ fid: 1, place: 'a' }),
			feature({ fid: 2, place: 'a', kind: 'landmark', precision: 'district' }),
			feature({ fid: 3, place: 'b', kind: 'landmark', precision: 'approximate' })
		]);
		expect(out.map((m) => m.id)).toEqual([1, 2]);
		expect(out[1].properties.precision).toBe('district');
		for (const { geometry } of out) {
			expect(geometry.type).toBe('Point');
			expect(booleanPointInPolygon(geometry as Point, shape)).toBe(true);
		}
	});
});
