// Places: one Place per named place of the policy texts, from places_wgs84.csv + geo/curated.json,
// with geometry taken from source files (or computed over source geometry) and the source recorded.
import type { Geometry, Position } from 'geojson';
import * as turf from '@turf/turf';
import type { Place, PlaceKind, Precision, SourceRef } from '../../src/lib/types';
import { datasetById } from './datasets';
import {
	chain,
	clipLinesToArea,
	hullBuffer,
	intersect,
	lineGeometry,
	point,
	pointInAreal,
	pointOn,
	simplifyAreal,
	union,
	vertices,
	type Areal
} from './geom';
import { placeSlug } from './slug';
import { DISTRICT_IDS, type Sources, type District } from './load';

// ---------------------------------------------------------------- curated.json schema

export type Anchor =
	| { poi: string }
	| { station: string }
	| { lake: string }
	| { lakeFragment: string }
	| { seat: string };

export type Locate =
	| { csv: 'point' | 'route' }
	| { station: string }
	| { poi: string }
	| { seat: string }
	| { districts: string[] }
	| { lake: string }
	| { lakeFragment: string }
	| { rivers: string[][]; clipToDistricts?: string[] }
	| { track: string }
	| { hull: Anchor[]; bufferKm: number; clipToCity?: boolean }
	| { sameAs: string }
	| { unlocated: string };

export interface CuratedAlias {
	name: string;
	short?: boolean;
	source: string;
}

export interface CuratedOverride {
	id?: string;
	kind?: PlaceKind;
	precision?: Precision;
	locate?: Locate;
	/** Replaces the generated note (the CSV note is kept after it unless keepCsvNote is false). */
	note?: string;
	keepCsvNote?: boolean;
	/** Why this override: a source, or "textual: <where a text says it is>". */
	source: string;
	removeAliases?: string[];
	/** Use the textual district instead of point-in-polygon (for proxies standing near a boundary). */
	adcodeFromText?: string;
}

export interface CuratedPlace {
	id: string;
	name: string;
	aliases?: string[];
	short?: string[];
	kind: PlaceKind;
	locate: Locate;
	precision?: Precision;
	district?: string;
	source: string;
	note: string;
}

export interface Curated {
	aliases: Record<string, CuratedAlias[]>;
	overrides: Record<string, CuratedOverride>;
	extraPlaces: CuratedPlace[];
	ambiguous: Record<string, string[]>;
	notPlaces: string[];
}

// ---------------------------------------------------------------- output shape

export interface PlaceProps extends Omit<Place, 'geometry' | 'id'> {
	/** The quality flag of places_wgs84.csv (exact, area-point, proxy, textual, missing); null if not from the CSV. */
	quality: string | null;
	/** Textual district (CSV `district` column, or the district name). */
	district: string | null;
	/** Aliases that are short forms (青羊 for 青羊区): the geoparser applies scope rules to them. */
	short: string[];
	/** A representative point: the point itself, a district seat, a line's middle station, or a point on the area. */
	anchor: Position;
}

export interface BuiltPlace {
	id: string;
	geometry: Geometry;
	props: PlaceProps;
}

export interface Unlocated {
	name: string;
	aliases: string[];
	kind: string;
	quality: string;
	district: string;
	reason: string;
	source: string;
}

// ---------------------------------------------------------------- helpers

const ref = (id: string, note?: string): SourceRef => {
	const d = datasetById(id);
	return note ? { dataset: d.title, licence: d.licence, note } : { dataset: d.title, licence: d.licence };
};

const CURATED_DATASET = 'geo/curated.json (hand-curated)';
const curatedRef = (note: string): SourceRef => ({ dataset: CURATED_DATASET, licence: 'project data', note });

/** Douglas-Peucker tolerance (degrees, ~200 m) for district unions and copies of big polygons: they are envelopes. */
const UNION_TOLERANCE = 0.002;

const QUALITY_PRECISION: Record<string, Precision> = { exact: 'exact', 'area-point': 'area', proxy: 'approximate' };

/** An alias that is a researcher's qualifier ("龙泉山(成都段)", "… (assumed)") rather than a written form. */
const isQualifiedAlias = (a: string) => /[(（][^)）]*[)）]\s*$/.test(a);

function splitList(s: string): string[] {
	return s
		.split('|')
		.map((x) => x.trim())
		.filter(Boolean);
}

function parseRoute(route: string): Position[] {
	return route
		.split(';')
		.map((p) => p.trim())
		.filter(Boolean)
		.map((p) => p.split(/\s+/).map(Number) as Position);
}

/** Geometry refs implied by the CSV source column (the dataset the CSV point or route came from). */
function csvGeometryRefs(source: string): SourceRef[] {
	const out: SourceRef[] = [];
	if (/osm-doudoulandmetro|osm-basemap|OSM metro|OpenStreetMap/i.test(source)) out.push(ref('osm-doudoulandmetro'));
	if (/amap-poi-parks|Amap POI/i.test(source)) out.push(ref('amap-poi-parks'));
	if (/datav-gmap/i.test(source)) out.push(ref('datav'));
	return out;
}

interface Resolved {
	geometry: Geometry;
	precision: Precision;
	refs: SourceRef[];
	how: string;
	anchor?: Position;
	/** Set when the geometry is a district seat: that district's id. */
	seatOf?: string;
	/** Set when the geometry is one whole district: that district's id (its vertices on the boundary say nothing). */
	wholeOf?: string;
}

// ---------------------------------------------------------------- builder

/** A row of geo/towns.csv: a 街道, 镇 or 乡, its district, and the year of the codes that name it (统计用区划代码). */
export interface Town {
	code: string;
	name: string;
	district_adcode: string;
	year: string;
}

export function buildPlaces(src: Sources, curated: Curated, towns: Town[]): { places: BuiltPlace[]; unlocated: Unlocated[] } {
	const districtById = new Map(src.districts.map((d) => [d.id, d]));
	const districtByName = new Map<string, District>();
	for (const d of src.districts) for (const n of [d.name, d.nameDatav]) districtByName.set(n, d);
	const cityArea: Areal = src.outline;

	const station = (name: string) => {
		const s = src.stations.find((f) => f.properties.name === name);
		if (!s) throw new Error(`geo: no OSM station named ${name}`);
		return s.geometry.coordinates as Position;
	};
	const poi = (name: string) => {
		const p = src.pois.find((f) => f.properties.name === name);
		if (!p) throw new Error(`geo: no Amap POI named ${name}`);
		return p.geometry.coordinates as Position;
	};
	const lake = (name: string) => {
		const l = src.lakes.filter((f) => f.properties.name === name);
		if (l.length !== 1) throw new Error(`geo: expected one OSM lake named ${name}, found ${l.length}`);
		return l[0].geometry as Areal;
	};
	const fragment = (name: string) => {
		const l = src.lakeFragments.find((f) => f.properties.name === name);
		if (!l) throw new Error(`geo: no OSM lake outline fragment named ${name}`);
		return l;
	};
	const district = (id: string) => {
		const d = districtById.get(id);
		if (!d) throw new Error(`geo: unknown district id ${id}`);
		return d;
	};
	const riverWay = (refStr: string): Position[] => {
		const [file, key] = refStr.split(':');
		if (file === 'rivers') {
			const f = src.rivers.find((r) => r.properties.name === key);
			if (!f) throw new Error(`geo: no OSM river named ${key}`);
			return f.geometry.coordinates;
		}
		if (file === 'waterways') {
			const f = src.waterways.find((r) => String(r.properties.osm_way_id) === key);
			if (!f) throw new Error(`geo: no OSM waterway ${key}`);
			return f.geometry.coordinates;
		}
		throw new Error(`geo: bad river ref ${refStr}`);
	};
	const anchorPos = (a: Anchor): { pts: Position[]; label: string; ds: string } => {
		if ('poi' in a) return { pts: [poi(a.poi)], label: `Amap POI ${a.poi}`, ds: 'amap-poi-parks' };
		if ('station' in a) return { pts: [station(a.station)], label: `OSM station ${a.station}`, ds: 'osm-doudoulandmetro' };
		if ('lake' in a) return { pts: vertices(lake(a.lake)), label: `OSM lake ${a.lake}`, ds: 'osm-doudoulandmetro' };
		if ('lakeFragment' in a)
			return { pts: fragment(a.lakeFragment).geometry.coordinates, label: `OSM outline of ${a.lakeFragment}`, ds: 'osm-doudoulandmetro' };
		const d = district(a.seat);
		return { pts: [d.seat], label: `seat of ${d.name}`, ds: 'datav' };
	};

	const built = new Map<string, BuiltPlace>();

	function resolve(loc: Locate, row: Record<string, string> | null): Resolved {
		if ('csv' in loc) {
			if (!row) throw new Error('geo: csv locate without a CSV row');
			const q = QUALITY_PRECISION[row.quality];
			if (!q) throw new Error(`geo: ${row.name}: quality ${row.quality} has no coordinate`);
			const refs = csvGeometryRefs(row.source);
			if (loc.csv === 'route') {
				const r = parseRoute(row.route);
				if (r.length < 2) throw new Error(`geo: ${row.name}: no route`);
				return {
					geometry: { type: 'LineString', coordinates: r },
					precision: row.quality === 'exact' ? 'exact' : 'approximate',
					refs,
					how: 'route of places_wgs84.csv (sourced points joined in order; see note)',
					anchor: row.lon ? [Number(row.lon), Number(row.lat)] : undefined
				};
			}
			return {
				geometry: point([Number(row.lon), Number(row.lat)]),
				precision: q,
				refs,
				how: `point of places_wgs84.csv (${row.quality})`
			};
		}
		if ('station' in loc)
			return {
				geometry: point(station(loc.station)),
				precision: 'approximate',
				refs: [ref('osm-doudoulandmetro', `metro station ${loc.station}`)],
				how: `proxy: OSM metro station ${loc.station}`
			};
		if ('poi' in loc)
			return {
				geometry: point(poi(loc.poi)),
				precision: 'approximate',
				refs: [ref('amap-poi-parks', `POI ${loc.poi}`)],
				how: `proxy: Amap POI ${loc.poi}`
			};
		if ('seat' in loc) {
			const d = district(loc.seat);
			return {
				geometry: point(d.seat),
				precision: 'district',
				refs: [ref('datav', `seat of ${d.name}`)],
				how: `shown at ${d.name} (seat of government): no outline or point published`,
				seatOf: d.id
			};
		}
		if ('districts' in loc) {
			const ds = loc.districts.map(district);
			return {
				geometry: simplifyAreal(union(ds.map((d) => d.geometry)), UNION_TOLERANCE),
				precision: 'district',
				refs: [ref('datav', `union of ${ds.map((d) => d.name).join('、')}`)],
				how: `shown as the whole districts ${ds.map((d) => d.name).join('、')} (union of the DataV polygons, simplified to ${UNION_TOLERANCE}°); the place may cover only parts of them`,
				wholeOf: ds.length === 1 ? ds[0].id : undefined
			};
		}
		if ('lake' in loc)
			return {
				geometry: lake(loc.lake),
				precision: 'exact',
				refs: [ref('osm-doudoulandmetro', `lake polygon ${loc.lake}`)],
				how: `OSM lake polygon ${loc.lake}`
			};
		if ('lakeFragment' in loc) {
			const closed = closedFragment(fragment(loc.lakeFragment));
			if (!closed) throw new Error(`geo: closing ${loc.lakeFragment} self-intersects`);
			return closed;
		}
		if ('rivers' in loc) {
			let lines = loc.rivers.flatMap((parts) => chain(parts.map(riverWay)));
			const refs: SourceRef[] = [];
			const all = loc.rivers.flat();
			if (all.some((r) => r.startsWith('rivers:')))
				refs.push(ref('osm-doudoulandmetro', `rivers_wgs84 ways ${all.filter((r) => r.startsWith('rivers:')).map((r) => r.slice(7)).join(', ')}`));
			if (all.some((r) => r.startsWith('waterways:')))
				refs.push(ref('osm-waterways-detail', `OSM ways ${all.filter((r) => r.startsWith('waterways:')).map((r) => r.slice(10)).join(', ')}`));
			let how = `OSM river geometry (${all.map((r) => r.split(':')[1]).join(' + ')})`;
			let precision: Precision = 'exact';
			if (loc.clipToDistricts) {
				const ds = loc.clipToDistricts.map(district);
				lines = clipLinesToArea(lines, union(ds.map((d) => d.geometry)));
				how += `, the reaches inside ${ds.map((d) => d.name).join('、')}`;
				precision = 'approximate';
				refs.push(ref('datav', 'clip area'));
			}
			return { geometry: lineGeometry(lines), precision, refs, how };
		}
		if ('track' in loc) {
			const t = src.tracks.find((f) => f.properties.ref === loc.track);
			if (!t) throw new Error(`geo: no OSM track ${loc.track}`);
			return {
				geometry: t.geometry,
				precision: 'exact',
				refs: [ref('osm-doudoulandmetro', `track of line ${loc.track}`)],
				how: `OSM track geometry of line ${loc.track}`
			};
		}
		if ('hull' in loc) {
			const parts = loc.hull.map(anchorPos);
			let g = hullBuffer(
				parts.flatMap((p) => p.pts),
				loc.bufferKm
			);
			if (loc.clipToCity) g = intersect(g, cityArea);
			const dss = [...new Set(parts.map((p) => p.ds))];
			return {
				geometry: g,
				precision: 'approximate',
				refs: [...dss.map((d) => ref(d, 'anchor')), ...(loc.clipToCity ? [ref('datav', 'clipped to the city outline')] : [])],
				how: `approximation: convex hull of ${parts.map((p) => p.label).join(', ')}, buffered ${loc.bufferKm} km${loc.clipToCity ? ', clipped to the city outline' : ''}`
			};
		}
		if ('sameAs' in loc) {
			const other = built.get(loc.sameAs);
			if (!other) throw new Error(`geo: sameAs ${loc.sameAs}: not built yet`);
			const big = other.geometry.type === 'Polygon' || other.geometry.type === 'MultiPolygon';
			return {
				geometry: big ? simplifyAreal(other.geometry as Areal, UNION_TOLERANCE) : other.geometry,
				precision: other.props.precision,
				refs: other.props.sources.filter((s) => s.dataset !== datasetById('places-gazetteer').title),
				how: `shown with the geometry of ${other.props.name} (${other.id}${big ? `, simplified to ${UNION_TOLERANCE}°` : ''})`,
				anchor: other.props.anchor
			};
		}
		throw new Error(`geo: bad locate ${JSON.stringify(loc)}`);
	}

	/** District of a point, by point-in-polygon. */
	const districtAt = (p: Position): District | undefined => src.districts.find((d) => pointInAreal(p, d.geometry));

	function adcodeOf(kind: PlaceKind, r: Resolved, textDistrict: string | undefined): string | null {
		if (kind === 'outside') return null;
		if (r.seatOf ?? r.wholeOf) return district((r.seatOf ?? r.wholeOf)!).adcode;
		// lines and rivers cross districts (a proxy point or a partial route does not say otherwise)
		if (kind === 'line' || kind === 'river') return null;
		if (textDistrict) return district(textDistrict).adcode;
		if (r.geometry.type === 'Point') return districtAt(r.geometry.coordinates)?.adcode ?? null;
		const touched = new Set<string>();
		for (const v of vertices(r.geometry)) {
			const d = districtAt(v);
			touched.add(d ? d.adcode : 'outside');
		}
		return touched.size === 1 && !touched.has('outside') ? [...touched][0] : null;
	}

	function anchorOf(r: Resolved, csvPoint?: Position): Position {
		if (r.anchor) return r.anchor;
		if (r.geometry.type === 'Point') return r.geometry.coordinates;
		if (csvPoint) return csvPoint;
		if (r.geometry.type === 'LineString' || r.geometry.type === 'MultiLineString') {
			const longest =
				r.geometry.type === 'LineString'
					? r.geometry.coordinates
					: [...r.geometry.coordinates].sort((a, b) => turf.length(turf.lineString(b)) - turf.length(turf.lineString(a)))[0];
			const ls = turf.lineString(longest);
			return turf.along(ls, turf.length(ls) / 2).geometry.coordinates;
		}
		return pointOn(r.geometry);
	}

	const places: BuiltPlace[] = [];
	const unlocated: Unlocated[] = [];
	const usedIds = new Set<string>();
	const claimId = (id: string) => {
		if (usedIds.has(id)) throw new Error(`geo: duplicate place id ${id}`);
		usedIds.add(id);
		return id;
	};
	const add = (p: BuiltPlace) => {
		places.push(p);
		built.set(p.id, p);
	};

	// 1. the city
	const tianfuSquare = station('天府广场');
	add({
		id: claimId('chengdu'),
		geometry: src.outline,
		props: {
			name: '成都市',
			aliases: ['成都'],
			short: [],
			kind: 'area',
			adcode: '510100',
			precision: 'exact',
			sources: [ref('datav', 'city outline: the 20 DataV districts dissolved (mapshaper), geo-sources datav-gmap-2019')],
			note: 'City outline dissolved from the 20 DataV district polygons (simplified lines, ~450 m segments). Anchor = 天府广场 metro station (OSM), the historic centre.',
			quality: null,
			district: '成都市',
			anchor: tianfuSquare
		}
	});

	// 2. the 20 districts (CSV rows of kind district are merged in)
	const csvRows = src.places;
	const csvByName = new Map(csvRows.map((r) => [r.name, r]));
	for (const d of src.districts) {
		const row = csvByName.get(d.name);
		const aliases = [d.short, ...(d.nameDatav !== d.name ? [d.nameDatav] : []), ...(row ? splitList(row.aliases) : [])];
		add({
			id: claimId(d.id),
			geometry: d.geometry,
			props: {
				name: d.name,
				aliases,
				short: [d.short],
				kind: 'district',
				adcode: d.adcode,
				precision: 'exact',
				sources: [
					ref('datav', `district polygon ${d.nameDatav} (adcode ${d.adcodeDatav}${d.adcodeDatav !== d.adcode ? `, now ${d.adcode}` : ''})`),
					...(row ? [ref('places-gazetteer', row.source)] : [])
				],
				note: `DataV district polygon (simplified, ~450 m segments; good for choropleths, not for street-level boundaries). Anchor = seat of government (DataV centre).${d.nameDatav !== d.name ? ` DataV 2019 name ${d.nameDatav} ${d.adcodeDatav}; ${d.name} ${d.adcode} since 2020, same territory.` : ''}`,
				quality: row ? row.quality : null,
				district: d.name,
				anchor: d.seat
			}
		});
	}

	// 3. CSV rows (in CSV order: most mentioned first)
	const trackRefByCsvName = new Map<string, string>();
	for (const t of src.tracks) {
		const m = csvRows.find((r) => r.kind === 'line' && /metro_tracks_wgs84/.test(r.source) && r.note.includes(t.properties.services[0].label));
		if (m) trackRefByCsvName.set(m.name, t.properties.ref);
	}
	const metroId = (ref: string) => `metro-${ref.toLowerCase()}`;

	/** A place to build; run() returns null while a sameAs target is not built yet. */
	type Job = { order: number; label: string; run: () => BuiltPlace | null };
	const jobs: Job[] = [];
	let order = 0;
	for (const row of csvRows) {
		if (row.kind === 'district') continue;
		const ov = curated.overrides[row.name];
		const trackRef = trackRefByCsvName.get(row.name);
		const id = claimId(ov?.id ?? (trackRef ? metroId(trackRef) : placeSlug(row.name)));
		const kind = (ov?.kind ?? row.kind) as PlaceKind;
		let loc: Locate | undefined = ov?.locate;
		if (!loc && trackRef) loc = { track: trackRef };
		if (!loc && row.lon) loc = { csv: row.route && (kind === 'line' || kind === 'river') ? 'route' : 'point' };
		if (!loc) {
			// textual / missing: a single named district (no doubt marker) → district level
			const ds = src.districts.filter((d) => row.district.includes(d.name) || row.district.includes(d.nameDatav));
			const doubtful = /\?|assum|inferr|unverified/i.test(row.district);
			if (ds.length === 1 && !doubtful) loc = { seat: ds[0].id };
			else
				loc = {
					unlocated:
						ds.length === 0
							? `${row.quality}: no coordinate, and the location text names no Chengdu district (${row.district || 'no location text'})`
							: doubtful
								? `${row.quality}: location unverified (${row.district})`
								: `${row.quality}: no coordinate; the text spans several units (${row.district})`
				};
		}
		if ('unlocated' in loc) {
			unlocated.push({
				name: row.name,
				aliases: splitList(row.aliases).filter((a) => !isQualifiedAlias(a)),
				kind: row.kind,
				quality: row.quality,
				district: row.district,
				reason: loc.unlocated,
				source: row.source
			});
			usedIds.delete(id);
			continue;
		}
		const locF: Locate = loc;
		jobs.push({
			order: order++,
			label: row.name,
			run: () => {
				if ('sameAs' in locF && !built.has(locF.sameAs)) return null;
				const r = resolve(locF, row);
				const precision = ov?.precision ?? r.precision;
				const aliases = splitList(row.aliases).filter((a) => !isQualifiedAlias(a) && !(ov?.removeAliases ?? []).includes(a));
				const csvPoint: Position | undefined = row.lon ? [Number(row.lon), Number(row.lat)] : undefined;
				const textDistrict = ov?.adcodeFromText;
				const sources: SourceRef[] = [...r.refs, ref('places-gazetteer', row.source || row.note)];
				if (ov) sources.push(curatedRef(ov.source));
				const notes = [ov?.note ?? r.how, ov?.keepCsvNote === false ? '' : row.note].filter(Boolean);
				return {
					id,
					geometry: r.geometry,
					props: {
						name: row.name,
						aliases,
						short: [],
						kind,
						adcode: adcodeOf(kind, r, textDistrict),
						precision,
						sources: dedupeRefs(sources),
						note: notes.join(' | '),
						quality: row.quality,
						district: row.district || null,
						anchor: anchorOf(r, csvPoint && r.geometry.type !== 'Point' ? csvPoint : undefined)
					}
				};
			}
		});
	}

	// 4. metro lines the CSV does not list
	for (const t of src.tracks) {
		if ([...trackRefByCsvName.values()].includes(t.properties.ref)) continue;
		const id = claimId(metroId(t.properties.ref));
		const n = t.properties.ref;
		jobs.push({
			order: order++,
			label: id,
			run: () => {
				const r = resolve({ track: n }, null);
				return {
					id,
					geometry: r.geometry,
					props: {
						name: `成都地铁${n}号线`,
						aliases: [`地铁${n}号线`, `${n}号线`, `成都轨道交通${n}号线`],
						short: [`${n}号线`],
						kind: 'line',
						adcode: adcodeOf('line', r, undefined),
						precision: 'exact',
						sources: r.refs,
						note: `${r.how} (${t.properties.services.map((s: any) => `${s.label}, ${s.length_km} km`).join('; ')}).`,
						quality: null,
						district: null,
						anchor: anchorOf(r)
					}
				};
			}
		});
	}

	// 5. extra places from curated.json; one no source locates is a name the geoparser reports as a place no map shows
	for (const c of curated.extraPlaces) {
		if ('unlocated' in c.locate) {
			unlocated.push({ name: c.name, aliases: c.aliases ?? [], kind: c.kind, quality: 'textual', district: c.district ?? '', reason: c.locate.unlocated, source: c.source });
			continue;
		}
		jobs.push({
			order: order++,
			label: c.id,
			run: () => {
				if ('sameAs' in c.locate && !built.has(c.locate.sameAs)) return null;
				const r = resolve(c.locate, null);
				return {
					id: claimId(c.id),
					geometry: r.geometry,
					props: {
						name: c.name,
						aliases: c.aliases ?? [],
						short: c.short ?? [],
						kind: c.kind,
						adcode: adcodeOf(c.kind, r, undefined),
						precision: c.precision ?? r.precision,
						sources: dedupeRefs([...r.refs, curatedRef(c.source)]),
						note: [r.how, c.note].filter(Boolean).join(' | '),
						quality: null,
						district: c.district ?? (r.seatOf ? district(r.seatOf).name : null),
						anchor: anchorOf(r)
					}
				};
			}
		});
	}

	// run the jobs; those waiting for a sameAs target are retried until all are built
	const done = new Map<number, BuiltPlace>();
	let pending = jobs;
	while (pending.length) {
		const next: Job[] = [];
		for (const j of pending) {
			const b = j.run();
			if (b) {
				done.set(j.order, b);
				built.set(b.id, b);
			} else next.push(j);
		}
		if (next.length === pending.length) throw new Error(`geo: unresolvable sameAs in ${next.map((j) => j.label).join(', ')}`);
		pending = next;
	}
	for (const k of [...done.keys()].sort((a, b) => a - b)) places.push(done.get(k)!);

	// 6. curated aliases and the names texts give metro lines in Chinese numerals (十号线,
	// 地铁二十七号线), then the one-name-one-place rule
	const addAliases = (p: BuiltPlace, list: (typeof curated.aliases)[string]) => {
		for (const a of list) {
			p.props.aliases.push(a.name);
			if (a.short) p.props.short.push(a.name);
		}
	};
	// Aliases of a place the source layers add (step 7: 火车北站 as 成都站) wait for it.
	const forLayers: [string, (typeof curated.aliases)[string]][] = [];
	for (const [pid, list] of Object.entries(curated.aliases)) {
		const p = built.get(pid);
		if (p) addAliases(p, list);
		else forLayers.push([pid, list]);
	}
	for (const p of places) {
		const n = /^metro-(\d+)$/.exec(p.id)?.[1];
		if (!n) continue;
		const cn = chineseNumeral(Number(n));
		p.props.aliases.push(`地铁${cn}号线`, `${cn}号线`);
		p.props.short.push(`${cn}号线`);
	}
	for (const [name, ids] of Object.entries(curated.ambiguous))
		for (const id of ids) if (!built.has(id)) throw new Error(`geo: ambiguous ${name} names unknown place ${id}`);

	// 7. the named features of the source layers that no row names: the basemap's rivers, canals and
	// lakes (沙河, 江安河, 东风渠, 万安湖 …), the metro stations (天府广场站; those named …站 after the
	// railway or bus station they serve stand for it: 火车北站, 成都西站), and the parks and scenic
	// areas of the POI layer (人民公园, 黄龙溪古镇 …). Other texts name them, though the places table
	// was never asked about them.
	const claimed = new Set<string>([
		...places.flatMap((p) => [p.props.name, ...p.props.aliases]),
		...unlocated.flatMap((u) => [u.name, ...u.aliases]),
		...Object.keys(curated.ambiguous),
		...curated.notPlaces
	]);
	const NOT_IN_TABLE = '(not a place row of geo-sources/places)';
	const addFromLayer = (name: string, kind: PlaceKind, r: Resolved, short: string[], textDistrict: string | null, aliases: string[] = []) => {
		if (claimed.has(name)) return;
		aliases = aliases.filter((a) => !claimed.has(a));
		for (const n of [name, ...aliases]) claimed.add(n);
		// 清白江 the river spells as 青白江 the district does: the river's id says what it is.
		const slug = placeSlug(name);
		add({
			id: claimId(usedIds.has(slug) ? `${slug}-${kind}` : slug),
			geometry: r.geometry,
			props: {
				name,
				aliases,
				short,
				kind,
				adcode: adcodeOf(kind, r, undefined),
				precision: r.precision,
				sources: r.refs,
				note: `${r.how} ${NOT_IN_TABLE}`,
				quality: null,
				district: textDistrict,
				anchor: anchorOf(r)
			}
		});
	};
	/** The first characters of a river's name that make it an everyday word too: a direction, a colour, sand, size. */
	const EVERYDAY_FIRST = /^[东西南北中上下前后左右内外大小白黑红黄青绿清沙老新]/;
	for (const w of namedWater(src, cityArea)) {
		const river = w.kind === 'river';
		addFromLayer(
			w.name,
			river ? 'river' : 'landmark',
			{ geometry: w.geometry, precision: w.precision, refs: [w.ref], how: w.how },
			// A two-character river that is an everyday word too (沙河, 中河, 西河) is a name only where the words around
			// say so: 集中河道 is no river. 毗河 is nothing else.
			river && w.name.length === 2 && EVERYDAY_FIRST.test(w.name) ? [w.name] : [],
			null
		);
	}
	for (const f of src.stations) {
		const { name } = f.properties;
		if (!pointInAreal(f.geometry.coordinates, cityArea)) continue;
		// A station named after a railway station stands for it, roughly; any other is itself, by the
		// name texts give it (天府广场站: TOD around stations is a commitment of its own).
		const railway = name.endsWith('站');
		addFromLayer(
			railway ? name : `${name}站`,
			'hub',
			{
				geometry: f.geometry,
				precision: railway ? 'approximate' : 'exact',
				refs: [ref('osm-doudoulandmetro', `station ${name}`)],
				how: railway
					? `OSM metro station ${name}: the metro stop of the station it is named after, standing for it`
					: `OSM metro station ${name}`
			},
			[],
			null
		);
	}
	for (const f of src.pois) {
		const name = poiName(f.properties.name);
		if (!name) continue;
		addFromLayer(
			name,
			'landmark',
			{
				geometry: f.geometry,
				precision: 'area',
				refs: [ref('amap-poi-parks', `POI ${f.properties.name} (${f.properties.type})`)],
				how: `Amap POI ${f.properties.name} (${f.properties.type}): a point in the park or scenic area, not its outline`
			},
			[],
			f.properties.district ?? null
		);
	}

	// The 街道, 镇 and 乡 of the division codes, at their district's seat: texts name them (在保和街道新建…)
	// and only the district is known. A 镇's old town goes by its name too (元通镇: 元通古镇), a town renamed since
	// 2016 by its old name (安德镇, now 安德街道), and one merged since by its own (桤泉镇).
	const addTown = (t: Town, how: string, aliases: string[]) => {
		const { id, name } = district(DISTRICT_IDS[t.district_adcode]);
		const seat = resolve({ seat: id }, null);
		const refs = [ref('nbs-towns', `统计用区划代码 ${t.year}: ${t.code}, ${name}`), ...seat.refs];
		addFromLayer(t.name, 'area', { ...seat, refs, how: `${how} of ${name} (统计用区划代码 ${t.year}: ${t.code}); ${seat.how}` }, [], name, aliases);
	};
	const stem = (name: string) => name.replace(/(?:街道|镇|乡)$/, '');
	const current = towns.filter((t) => t.year === '2023');
	const former = towns.filter((t) => t.year !== '2023');
	// A former name two districts had (新兴镇 of 双流 and of 彭州) names neither.
	const times = new Map<string, number>();
	for (const t of former) times.set(t.name, (times.get(t.name) ?? 0) + 1);
	const once = (t: Town) => times.get(t.name) === 1;
	const renamed = new Map<Town, string[]>();
	const merged: Town[] = [];
	// A 镇 made a 街道 keeps its name (赵镇 → 赵镇街道), which texts still use.
	const townOf = (name: string) => (name.endsWith('镇街道') ? name.slice(0, -2) : null);
	for (const t of former.filter(once)) {
		const heir = current.find((c) => c.district_adcode === t.district_adcode && (stem(c.name) === stem(t.name) || townOf(c.name) === t.name));
		if (heir) renamed.set(heir, [...(renamed.get(heir) ?? []), t.name]);
		else merged.push(t);
	}
	// …and a 镇 made a 街道 since the codes by its new name (唐昌镇: 唐昌街道), unless another town has that name.
	const named = new Set(towns.map((t) => t.name));
	const madeStreet = (t: Town) => (t.name.endsWith('镇') && !named.has(`${stem(t.name)}街道`) ? [`${stem(t.name)}街道`] : []);
	for (const t of current)
		addTown(t, 'a town', [...(t.name.endsWith('镇') && t.name.length > 2 ? [`${stem(t.name)}古镇`] : []), ...madeStreet(t), ...(renamed.get(t) ?? []), townOf(t.name) ?? []].flat());
	for (const t of merged) addTown(t, 'a former town, merged since', []);

	for (const [pid, list] of forLayers) {
		const p = places.find((q) => q.id === pid);
		if (!p) throw new Error(`geo: curated alias for unknown place ${pid}`);
		addAliases(p, list);
	}

	const claims = new Map<string, Set<string>>();
	for (const p of places) {
		p.props.aliases = [...new Set(p.props.aliases.filter((a) => a && a !== p.props.name))];
		for (const n of [p.props.name, ...p.props.aliases]) {
			if (!claims.has(n)) claims.set(n, new Set());
			claims.get(n)!.add(p.id);
		}
	}
	const problems: string[] = [];
	for (const [n, ids] of claims) {
		if (ids.size > 1 && !curated.ambiguous[n]) problems.push(`${n} → ${[...ids].join(', ')}`);
	}
	if (problems.length) throw new Error(`geo: names mapping to several places; list them in curated.json "ambiguous" or remove the alias:\n  ${problems.join('\n  ')}`);
	for (const p of places) {
		p.props.aliases = p.props.aliases.filter((a) => !curated.ambiguous[a] && !curated.notPlaces.includes(a));
		p.props.short = [...new Set(p.props.short)];
		if (p.id.startsWith('metro-')) p.props.short = [...new Set([...p.props.short, ...p.props.aliases.filter((a) => /^(\d+|S\d+)号?线$/.test(a))])];
	}

	return { places, unlocated };
}

/**
 * The name a text would use for a POI of the parks layer, or null: without the branch in brackets
 * (老成都民俗公园(人民南路四段)), and none for a name in Latin letters or a kind of park (文化公园).
 */
function poiName(name: string): string | null {
	const bare = name.replace(/[(（][^)）]*[)）]$/, '');
	return /[A-Za-z]/.test(bare) || /^(?:文化|体育|湿地|生态|城市|森林)公园$/.test(bare) ? null : bare;
}

/**
 * Names of a kind of waterway rather than of one (排洪河, a flood channel), and numbered branch
 * canals (三支渠, 南支一渠, 金牛五斗渠): parts of a network, not places a text would name.
 */
const NOT_A_NAME = /^排洪河$|[一二三四五六七八九十][支干斗]|[支干斗][一二三四五六七八九十]/;

/**
 * An open OSM lake outline closed with a straight segment: an approximate polygon of the lake; null
 * if the segment would cross the outline.
 */
function closedFragment(f: Sources['lakeFragments'][number]): Resolved | null {
	const name = f.properties.name;
	const ring = [...f.geometry.coordinates, f.geometry.coordinates[0]];
	if (turf.kinks(turf.polygon([ring])).features.length) return null;
	return {
		geometry: { type: 'Polygon', coordinates: [ring] },
		precision: 'approximate',
		refs: [ref('osm-doudoulandmetro', `open lake outline ${name}`)],
		how: `OSM outline of ${name} (open in the source, ${f.properties.closing_gap_m} m gap) closed with a straight segment`
	};
}

/**
 * Rivers and canals of the basemap by name (all their ways) that enter the city, then those only the
 * detailed OSM waterways name (走马河, 清白江, 磨底河 …); and the lakes and reservoirs named …湖 or
 * …水库 in three characters or more (东湖, 北湖 are also words: 湖北湖南) that lie in it, then the
 * lakes whose outline is open in the source (锦城湖, 三岔水库 …), closed as elsewhere.
 */
function namedWater(
	src: Sources,
	city: Areal
): { name: string; kind: 'river' | 'lake'; precision: Precision; ref: SourceRef; how: string; geometry: Geometry }[] {
	const out: { name: string; kind: 'river' | 'lake'; precision: Precision; ref: SourceRef; how: string; geometry: Geometry }[] = [];
	const inCity = (lines: Position[][]) => lines.some((l) => l.some((p) => pointInAreal(p, city)));
	type Ways = Map<string, { how: string; ids: string[]; lines: Position[][] }>;
	const addWay = (ways: Ways, name: string, how: string, id: string, line: Position[]) => {
		const w = ways.get(name) ?? ways.set(name, { how, ids: [], lines: [] }).get(name)!;
		w.ids.push(id);
		w.lines.push(line);
	};
	const basemap: Ways = new Map();
	for (const f of src.rivers) {
		const { name, class_from_name: cls } = f.properties;
		if ((cls === 'river' || cls === 'canal') && !NOT_A_NAME.test(name)) addWay(basemap, name, cls, name, f.geometry.coordinates);
	}
	const detail: Ways = new Map();
	for (const f of src.waterways) {
		const { name, waterway, osm_way_id: id } = f.properties;
		// Named streams, rivers and canals; not aqueducts, tunnels or culverts (…渡槽, …隧洞, …暗涵).
		if (name && !basemap.has(name) && /^[\u4e00-\u9fa5]+(?:河|江|溪|堰|渠|沟)$/.test(name) && !NOT_A_NAME.test(name))
			addWay(detail, name, waterway, String(id), f.geometry.coordinates);
	}
	const layers: [Ways, (name: string, ids: string[], how: string) => SourceRef, string][] = [
		[basemap, (name) => ref('osm-doudoulandmetro', `rivers_wgs84 ${name}`), 'of the basemap'],
		[detail, (_, ids, how) => ref('osm-waterways-detail', `OSM ${how} ways ${ids.join(', ')}`), '(detailed waterways; unmerged ways)']
	];
	for (const [ways, refOf, from] of layers)
		for (const [name, w] of ways)
			if (inCity(w.lines))
				out.push({
					name,
					kind: 'river',
					precision: 'exact',
					ref: refOf(name, w.ids, w.how),
					how: `OSM ${w.how} ${name} ${from}`,
					geometry: lineGeometry(w.lines)
				});
	const LAKE = /^.+(?:.湖|水库)$/;
	for (const f of src.lakes) {
		const { name } = f.properties;
		if (!LAKE.test(name) || !pointInAreal(pointOn(f.geometry), city)) continue;
		out.push({ name, kind: 'lake', precision: 'exact', ref: ref('osm-doudoulandmetro', `lake polygon ${name}`), how: `OSM lake ${name} of the basemap`, geometry: f.geometry });
	}
	for (const f of src.lakeFragments) {
		if (!LAKE.test(f.properties.name) || !inCity([f.geometry.coordinates])) continue;
		const { name } = f.properties;
		// An outline that cannot be closed is drawn as it is: the lake's shore, in part.
		const r = closedFragment(f) ?? {
			geometry: f.geometry,
			precision: 'approximate' as const,
			refs: [ref('osm-doudoulandmetro', `open lake outline ${name}`)],
			how: `OSM outline of ${name}, open in the source (${f.properties.closing_gap_m} m gap): part of its shore`
		};
		out.push({ name, kind: 'lake', precision: r.precision, ref: r.refs[0], how: r.how, geometry: r.geometry });
	}
	return out;
}

function dedupeRefs(refs: SourceRef[]): SourceRef[] {
	const seen = new Set<string>();
	return refs.filter((r) => {
		const k = JSON.stringify(r);
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}

/** 1–99 in Chinese numerals, as line numbers are written out: 十, 十八, 二十七. */
function chineseNumeral(n: number): string {
	const DIGITS = '零一二三四五六七八九';
	if (n < 10) return DIGITS[n];
	const tens = Math.floor(n / 10);
	return `${tens > 1 ? DIGITS[tens] : ''}十${n % 10 ? DIGITS[n % 10] : ''}`;
}
