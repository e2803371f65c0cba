// Geometry helpers over source geometry (turf). Nothing here invents a coordinate.
import * as turf from '@turf/turf';
import type { Feature, Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';

export type Areal = Polygon | MultiPolygon;

export const point = (p: Position): Point => ({ type: 'Point', coordinates: [p[0], p[1]] });

export function pointInAreal(p: Position, g: Areal): boolean {
	return turf.booleanPointInPolygon(p, g);
}

/**
 * Where an area's name goes: the centre of mass of its largest part, or a point surely inside
 * that part when the centre falls outside it (a crescent-shaped district).
 */
export function labelPoint(g: Areal): Point {
	const parts: Polygon[] = g.type === 'Polygon' ? [g] : g.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
	const largest = parts.reduce((a, b) => (turf.area(b) > turf.area(a) ? b : a));
	const centre = turf.centerOfMass(largest).geometry;
	return pointInAreal(centre.coordinates, largest) ? centre : turf.pointOnFeature(largest).geometry;
}

/** All vertices of a geometry. */
export function vertices(g: Geometry): Position[] {
	const out: Position[] = [];
	turf.coordEach(g as any, (c) => {
		out.push(c);
	});
	return out;
}

export function union(geoms: Areal[]): Areal {
	if (geoms.length === 1) return geoms[0];
	const u = turf.union(turf.featureCollection(geoms.map((g) => turf.feature(g))) as any);
	if (!u) throw new Error('geo: empty union');
	return u.geometry as Areal;
}

export function intersect(a: Areal, b: Areal): Areal {
	const r = turf.intersect(turf.featureCollection([turf.feature(a), turf.feature(b)]) as any);
	if (!r) throw new Error('geo: empty intersection');
	return r.geometry as Areal;
}

/** Convex hull of the given positions, buffered by `km` (a single position gives a circle). */
export function hullBuffer(points: Position[], km: number): Areal {
	const fc = turf.featureCollection(points.map((p) => turf.point(p)));
	const hull: Feature<Polygon> | null = points.length >= 3 ? turf.convex(fc) : null;
	const base: Feature<any> = hull ?? (points.length === 2 ? turf.lineString(points) : turf.point(points[0]));
	const b = turf.buffer(base, km, { units: 'kilometers', steps: 16 });
	if (!b) throw new Error('geo: empty buffer');
	return b.geometry as Areal;
}

export const distanceM = (a: Position, b: Position): number => turf.distance(a, b, { units: 'kilometers' }) * 1000;

/**
 * Join line parts that meet end to start (gap under `tolM` metres) into continuous lines, in the given order.
 * Parts that do not meet start a new line; nothing is bridged.
 */
export function chain(parts: Position[][], tolM = 10): Position[][] {
	const lines: Position[][] = [];
	for (const part of parts) {
		const last = lines[lines.length - 1];
		if (last && distanceM(last[last.length - 1], part[0]) <= tolM) last.push(...part.slice(1));
		else lines.push([...part]);
	}
	return lines;
}

/** Keep the runs of consecutive vertices that lie inside `area` (vertex-level clip, no new vertices). */
export function clipLinesToArea(lines: Position[][], area: Areal): Position[][] {
	const out: Position[][] = [];
	for (const line of lines) {
		let run: Position[] = [];
		for (const p of line) {
			if (pointInAreal(p, area)) run.push(p);
			else {
				if (run.length >= 2) out.push(run);
				run = [];
			}
		}
		if (run.length >= 2) out.push(run);
	}
	return out;
}

export function lineGeometry(lines: Position[][]): LineString | MultiLineString {
	return lines.length === 1
		? { type: 'LineString', coordinates: lines[0] }
		: { type: 'MultiLineString', coordinates: lines };
}

export const areaKm2 = (g: Areal): number => turf.area(g) / 1e6;

/** A point guaranteed to lie on the geometry (for areas: inside). */
export function pointOn(g: Geometry): Position {
	return turf.pointOnFeature(turf.feature(g as any)).geometry.coordinates;
}

/** Douglas-Peucker simplification of an area (turf.simplify, deterministic). */
export function simplifyAreal(g: Areal, tolerance: number): Areal {
	return turf.simplify(turf.feature(g), { tolerance, highQuality: true, mutate: false }).geometry as Areal;
}
