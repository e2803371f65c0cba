// Which district each map feature belongs to, for the planner's choropleth, chart, table and the
// `district` facet.
//
// The rule, in order:
//  1. The gazetteer's word first: a place whose adcode is one of the districts' counts there and
//     only there, whatever its drawn shape (a park outline that spills over a simplified border
//     still belongs to the district the gazetteer names).
//  2. A place whose adcode is the city's own (成都市 510100, i.e. the whole municipality) is
//     city-wide: it counts under CITY, in no district — drawn into all twenty it would swamp them.
//  3. Any other place (no adcode: railways, rivers, ring roads, corridors, mountain ranges, places
//     outside the city) is placed by its geometry, once in every district it meaningfully lies in:
//       - a point: the district that contains it;
//       - a line: every district holding at least MIN_LINE_KM of it (measured by sampling the line
//         every SAMPLE_KM); a shorter line counts in the district holding most of it;
//       - an area: every district holding at least MIN_AREA_SHARE of its area, or at least
//         MIN_DISTRICT_COVER of which it covers (most such places are drawn as the union of the
//         whole districts the text names: 西控区域 is eight of them, 温江 only 4 % of the union);
//         an area always counts in the district holding its largest share. Shares are estimated
//         on a grid of points (see byArea).
//     An area covering nearly all the city (天府绿道, drawn as the whole city) is city-wide, as
//     in rule 2.
//     The thresholds keep slivers (a line ending just across a border, an outline drawn from
//     another source than the district's) from counting.
//  4. A feature in no district by these rules is OUTSIDE (德阳市, 重庆港, the stretch of a railway
//     beyond the city …).
// So a line or area crossing districts counts once in each district it lies in: the per-district
// counts of such features add up to more than the number of features.
import {
	area,
	bbox,
	booleanPointInPolygon,
	length,
	lineChunk,
	pointOnFeature
} from '@turf/turf';
import type {
	Feature,
	FeatureCollection,
	Geometry,
	LineString,
	MultiLineString,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';
import type { PlaceEntry } from '../atlas/format';
import type { AtlasFeature } from '../view/catalog';

/** Properties of /atlas/geo/districts.geojson. */
export interface DistrictProps {
	id: string;
	name: string;
	short: string;
	/** In English text: the pinyin of the short name. */
	name_en: string;
	adcode: string;
	area_km2: number;
	/** The seat of the district government. */
	seat: [number, number];
	/**
	 * Where its name goes: deep inside its outline (basemap/district-labels.geojson has the same
	 * points). The five central seats crowd around 天府广场, too close for five names at city zoom.
	 */
	label: [number, number];
}

export type DistrictFeature = Feature<Polygon | MultiPolygon, DistrictProps>;
export type DistrictCollection = FeatureCollection<Polygon | MultiPolygon, DistrictProps>;

/** Pseudo-districts: the whole city, and nowhere in it. */
export const CITY = 'city';
export const OUTSIDE = 'outside';

export const SAMPLE_KM = 0.2;
export const MIN_LINE_KM = 1;
export const MIN_AREA_SHARE = 0.1;
export const MIN_DISTRICT_COVER = 0.25;
/** An area covering this much of the city is city-wide. */
export const CITY_COVER = 0.9;
const GRID = 32;

type Box = [number, number, number, number];

interface Indexed {
	id: string;
	feature: DistrictFeature;
	box: Box;
	/** Area in km², by turf from the outline itself. */
	km2: number;
}

const inBox = ([x, y]: Position, b: Box) => x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];
const overlap = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** The district holding a position, if any (borders are not shared: the first one wins). */
function districtAt(p: Position, index: readonly Indexed[]): string | null {
	for (const d of index) {
		if (inBox(p, d.box) && booleanPointInPolygon(p, d.feature)) return d.id;
	}
	return null;
}

/** Sample points every SAMPLE_KM along each part of a line, ends included. */
function samples(geometry: LineString | MultiLineString): Position[] {
	const out: Position[] = [];
	const feature: Feature<LineString | MultiLineString> = { type: 'Feature', properties: {}, geometry };
	for (const chunk of lineChunk(feature, SAMPLE_KM).features) {
		out.push(chunk.geometry.coordinates[0]);
	}
	const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
	for (const part of parts) if (part.length) out.push(part[part.length - 1]);
	return out;
}

function byLine(geometry: LineString | MultiLineString, index: readonly Indexed[]): string[] {
	const tally = new Map<string, number>();
	for (const p of samples(geometry)) {
		const id = districtAt(p, index);
		if (id) tally.set(id, (tally.get(id) ?? 0) + 1);
	}
	if (!tally.size) return [];
	const total = length({ type: 'Feature', properties: {}, geometry });
	const needed = Math.ceil(MIN_LINE_KM / SAMPLE_KM);
	const kept = [...tally].filter(([, n]) => n >= needed).map(([id]) => id);
	if (kept.length || total >= MIN_LINE_KM) return kept;
	return [[...tally].sort((a, b) => b[1] - a[1])[0][0]];
}

/**
 * Shares of an area by district, estimated on a grid of about GRID × GRID points over its box
 * (exact clipping with turf's intersect takes ~20 ms a pair, seconds for the atlas).
 */
function byArea(geometry: Polygon | MultiPolygon, index: readonly Indexed[]): string[] {
	const feature: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry };
	const box = bbox(feature) as Box;
	const near = index.filter((d) => overlap(box, d.box));
	const step = Math.max(box[2] - box[0], box[3] - box[1]) / GRID || 1e-4;
	const tally = new Map<string, number>();
	let inside = 0;
	for (let y = box[1] + step / 2; y < box[3]; y += step) {
		for (let x = box[0] + step / 2; x < box[2]; x += step) {
			if (!booleanPointInPolygon([x, y], feature)) continue;
			inside++;
			const id = districtAt([x, y], near);
			if (id) tally.set(id, (tally.get(id) ?? 0) + 1);
		}
	}
	// Too thin for the grid: the district at one of its points stands for it.
	if (!inside) {
		const id = districtAt(pointOnFeature(feature).geometry.coordinates, near);
		return id ? [id] : [];
	}
	if (!tally.size) return [];
	// One grid cell's area in km² at this latitude, to compare the shares with the districts' areas.
	const lat = ((box[1] + box[3]) / 2) * (Math.PI / 180);
	const cell = step * 111.32 * Math.cos(lat) * step * 110.574;
	const cover = (id: string) => ((tally.get(id) ?? 0) * cell) / near.find((d) => d.id === id)!.km2;
	// Nearly all of the city's area (whose part in each district the grid is too coarse to tell
	// for the small central ones): city-wide.
	const city = index.reduce((sum, d) => sum + d.km2, 0);
	const inDistricts = [...tally.values()].reduce((sum, n) => sum + n, 0) * cell;
	if (inDistricts >= CITY_COVER * city) return [CITY];
	const kept = [...tally]
		.filter(([id, n]) => n / inside >= MIN_AREA_SHARE || cover(id) >= MIN_DISTRICT_COVER)
		.map(([id]) => id);
	return kept.length ? kept : [[...tally].sort((a, b) => b[1] - a[1])[0][0]];
}

function indexOf(districts: readonly DistrictFeature[]): Indexed[] {
	return districts.map((feature) => ({
		id: feature.properties.id,
		feature,
		box: bbox(feature) as Box,
		km2: area(feature) / 1e6
	}));
}

function geometryRule(geometry: Geometry, index: readonly Indexed[]): string[] {
	let found: string[];
	switch (geometry.type) {
		case 'Point': {
			const id = districtAt(geometry.coordinates, index);
			found = id ? [id] : [];
			break;
		}
		case 'MultiPoint':
			found = geometry.coordinates.map((p) => districtAt(p, index)).filter((x) => x !== null);
			break;
		case 'LineString':
		case 'MultiLineString':
			found = byLine(geometry, index);
			break;
		case 'Polygon':
		case 'MultiPolygon':
			found = byArea(geometry, index);
			break;
		default:
			found = geometry.geometries.flatMap((g) => geometryRule(g, index));
	}
	const order = index.map((d) => d.id);
	return [...new Set(found)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/**
 * The districts a geometry lies in by rule 3 above, in the districts' order: district ids,
 * [CITY] for an area covering the whole city, [OUTSIDE] when none.
 */
export function districtsOfGeometry(
	geometry: Geometry,
	districts: readonly DistrictFeature[]
): string[] {
	return finish(geometryRule(geometry, indexOf(districts)));
}

function finish(ids: string[]): string[] {
	return ids.length ? ids : [OUTSIDE];
}

/**
 * The districts of every feature, keyed by fid: district ids, or [CITY] or [OUTSIDE]. Features of
 * one place share its answer, which is worked out once.
 */
export function assignDistricts(
	features: readonly AtlasFeature[],
	places: ReadonlyMap<string, Pick<PlaceEntry, 'adcode'>>,
	districts: readonly DistrictFeature[]
): Map<number, string[]> {
	const byAdcode = new Map(districts.map((d) => [d.properties.adcode, d.properties.id]));
	// The city's code: a district's code with its last two digits zeroed (510104 → 510100).
	const cityCodes = new Set(districts.map((d) => d.properties.adcode.slice(0, 4) + '00'));
	const index = indexOf(districts);
	const perPlace = new Map<string, string[]>();
	const out = new Map<number, string[]>();
	for (const f of features) {
		const { place, fid } = f.properties;
		let found = perPlace.get(place);
		if (!found) {
			const adcode = places.get(place)?.adcode ?? null;
			const district = adcode ? byAdcode.get(adcode) : undefined;
			if (district) found = [district];
			else if (adcode && cityCodes.has(adcode)) found = [CITY];
			else found = finish(geometryRule(f.geometry, index));
			perPlace.set(place, found);
		}
		out.set(fid, found);
	}
	return out;
}
