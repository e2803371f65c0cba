// Distance from a point to a feature's geometry in kilometres: to the nearest point of a line or of
// a polygon's boundary, and 0 when the point is inside a polygon.
import { booleanPointInPolygon, distance, pointToLineDistance } from '@turf/turf';
import type { Geometry, LineString, Position } from 'geojson';

export type LngLat = [lng: number, lat: number];

const KM = { units: 'kilometers' } as const;

function toPath(point: LngLat, coords: Position[]): number {
	if (coords.length === 0) return Infinity;
	if (coords.length === 1) return distance(point, coords[0], KM);
	const line: LineString = { type: 'LineString', coordinates: coords };
	return pointToLineDistance(point, line, KM);
}

function toPolygon(point: LngLat, rings: Position[][]): number {
	if (rings.length === 0) return Infinity;
	if (booleanPointInPolygon(point, { type: 'Polygon', coordinates: rings })) return 0;
	return Math.min(...rings.map((ring) => toPath(point, ring)));
}

/** Kilometres from `point` to the nearest part of `geometry` (Infinity for an empty geometry). */
export function distanceKm(point: LngLat, geometry: Geometry): number {
	switch (geometry.type) {
		case 'Point':
			return distance(point, geometry.coordinates, KM);
		case 'MultiPoint':
			return Math.min(Infinity, ...geometry.coordinates.map((c) => distance(point, c, KM)));
		case 'LineString':
			return toPath(point, geometry.coordinates);
		case 'MultiLineString':
			return Math.min(Infinity, ...geometry.coordinates.map((c) => toPath(point, c)));
		case 'Polygon':
			return toPolygon(point, geometry.coordinates);
		case 'MultiPolygon':
			return Math.min(Infinity, ...geometry.coordinates.map((p) => toPolygon(point, p)));
		case 'GeometryCollection':
			return Math.min(Infinity, ...geometry.geometries.map((g) => distanceKm(point, g)));
	}
}

/** Whether `point` lies inside a polygonal geometry (false for points and lines). */
export function contains(geometry: Geometry, point: LngLat): boolean {
	switch (geometry.type) {
		case 'Polygon':
		case 'MultiPolygon':
			return booleanPointInPolygon(point, geometry);
		case 'GeometryCollection':
			return geometry.geometries.some((g) => contains(g, point));
		default:
			return false;
	}
}

/** A box around `point` that holds every point within `km` of it (with a little slack). */
export function boxAround([lng, lat]: LngLat, km: number): [number, number, number, number] {
	const dLat = (km / 110.574) * 1.01;
	const dLng = (km / (111.32 * Math.max(0.01, Math.cos((lat * Math.PI) / 180)))) * 1.01;
	return [lng - dLng, lat - dLat, lng + dLng, lat + dLat];
}
