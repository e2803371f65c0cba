import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import { boxAround, contains, distanceKm, type LngLat } from './distance';

const HOME: LngLat = [104.07703, 30.65593];
/** Degrees of longitude that make one kilometre at HOME's latitude. */
const KM_LNG = 1 / (111.32 * Math.cos((HOME[1] * Math.PI) / 180));

const square = (cx: number, cy: number, d: number) => ({
	type: 'Polygon' as const,
	coordinates: [
		[
			[cx - d, cy - d],
			[cx + d, cy - d],
			[cx + d, cy + d],
			[cx - d, cy + d],
			[cx - d, cy - d]
		]
	]
});

describe('distanceKm', () => {
	it('is 0 for a point inside a polygon, however far its boundary', () => {
		expect(distanceKm(HOME, square(HOME[0], HOME[1], 0.05))).toBe(0);
		expect(contains(square(HOME[0], HOME[1], 0.05), HOME)).toBe(true);
	});

	it('measures to the nearest edge of a polygon the point is outside', () => {
		// The square's west edge is 1 km east of home.
		const d = 0.01;
		const poly = square(HOME[0] + KM_LNG + d, HOME[1], d);
		expect(distanceKm(HOME, poly)).toBeCloseTo(1, 1);
		expect(contains(poly, HOME)).toBe(false);
	});

	it('measures a line 1 km away as about 1 km, to its nearest point and not its vertices', () => {
		const x = HOME[0] + KM_LNG;
		const line = {
			type: 'LineString' as const,
			coordinates: [
				[x, HOME[1] - 0.2],
				[x, HOME[1] + 0.2]
			]
		};
		const d = distanceKm(HOME, line);
		expect(d).toBeGreaterThan(0.98);
		expect(d).toBeLessThan(1.02);
		// The vertices are more than 20 km away.
		expect(distance(HOME, line.coordinates[0])).toBeGreaterThan(20);
	});

	it('takes the nearest part of multi-geometries and points', () => {
		const far = square(HOME[0] + 1, HOME[1], 0.01).coordinates;
		const near = square(HOME[0], HOME[1], 0.01).coordinates;
		expect(distanceKm(HOME, { type: 'MultiPolygon', coordinates: [far, near] })).toBe(0);
		expect(distanceKm(HOME, { type: 'Point', coordinates: HOME })).toBe(0);
		expect(
			distanceKm(HOME, {
				type: 'MultiLineString',
				coordinates: [
					[
						[HOME[0] + 2 * KM_LNG, 30],
						[HOME[0] + 2 * KM_LNG, 31]
					],
					[
						[HOME[0] + KM_LNG, 30],
						[HOME[0] + KM_LNG, 31]
					]
				]
			})
		).toBeCloseTo(1, 1);
	});
});

describe('boxAround', () => {
	it('holds every point within the radius', () => {
		const [w, s, e, n] = boxAround(HOME, 3);
		for (const bearing of [0, 90, 180, 270]) {
			const rad = (bearing * Math.PI) / 180;
			const p: LngLat = [HOME[0] + 3 * KM_LNG * Math.sin(rad), HOME[1] + (3 / 110.574) * Math.cos(rad)];
			expect(p[0]).toBeGreaterThanOrEqual(w);
			expect(p[0]).toBeLessThanOrEqual(e);
			expect(p[1]).toBeGreaterThanOrEqual(s);
			expect(p[1]).toBeLessThanOrEqual(n);
			expect(distance(HOME, p)).toBeCloseTo(3, 1);
		}
	});
});
