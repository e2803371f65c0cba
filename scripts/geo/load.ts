// Reads the source files the build uses (and nothing else) into typed structures.
import type { Feature, FeatureCollection, LineString, MultiLineString, Point, Position } from 'geojson';
import { AMAP_PARKS, DISTRICTS, OSM, PLACES_CSV } from './datasets';
import type { Areal } from './geom';
import { readCsv, readJson } from './io';
import { pinyinSlug } from './slug';

/** Required district ids (pinyin of the short name), by current adcode. */
export const DISTRICT_IDS: Record<string, string> = {
	'510104': 'jinjiang',
	'510105': 'qingyang',
	'510106': 'jinniu',
	'510107': 'wuhou',
	'510108': 'chenghua',
	'510112': 'longquanyi',
	'510113': 'qingbaijiang',
	'510114': 'xindu',
	'510115': 'wenjiang',
	'510116': 'shuangliu',
	'510117': 'pidu',
	'510118': 'xinjin',
	'510121': 'jintang',
	'510129': 'dayi',
	'510131': 'pujiang',
	'510181': 'dujiangyan',
	'510182': 'pengzhou',
	'510183': 'qionglai',
	'510184': 'chongzhou',
	'510185': 'jianyang'
};

export interface District {
	id: string;
	name: string;
	short: string;
	/** The pinyin of the short name, as English text gives it: Longquanyi. */
	nameEn: string;
	adcode: string;
	nameDatav: string;
	adcodeDatav: string;
	geometry: Areal;
	seat: Position;
}

export interface Sources {
	districts: District[];
	outline: Areal;
	stations: Feature<Point, any>[];
	pois: Feature<Point, any>[];
	lakes: Feature<Areal, any>[];
	lakeFragments: Feature<LineString, any>[];
	rivers: Feature<LineString, any>[];
	waterways: Feature<LineString, any>[];
	tracks: Feature<LineString | MultiLineString, any>[];
	roads: Feature<LineString, any>[];
	places: Record<string, string>[];
}

const shortName = (n: string) => n.replace(/(区|县|市)$/, '');

export function loadSources(dir: string): Sources {
	const dfc = readJson<FeatureCollection<Areal, any>>(dir, DISTRICTS.polygons);
	const seats = readJson<FeatureCollection<Point, any>>(dir, DISTRICTS.seats).features.filter((f) =>
		String(f.properties.kind).startsWith('center')
	);
	const districts: District[] = dfc.features
		.map((f) => {
			const p = f.properties;
			const adcode = String(p.adcode_current ?? p.adcode);
			const name = String(p.name_current ?? p.name);
			const id = DISTRICT_IDS[adcode];
			if (!id) throw new Error(`geo: unexpected district adcode ${adcode} (${name})`);
			const short = shortName(name);
			if (pinyinSlug(short) !== id) throw new Error(`geo: district id ${id} is not the pinyin of ${short} (${pinyinSlug(short)})`);
			const seat = seats.find((s) => [String(p.adcode), adcode].includes(String(s.properties.adcode)));
			if (!seat) throw new Error(`geo: no seat point for ${name}`);
			return {
				id,
				name,
				short,
				nameEn: id.charAt(0).toUpperCase() + id.slice(1),
				adcode,
				nameDatav: String(p.name),
				adcodeDatav: String(p.adcode),
				geometry: f.geometry,
				seat: seat.geometry.coordinates
			};
		})
		.sort((a, b) => a.adcode.localeCompare(b.adcode));
	if (districts.length !== 20) throw new Error(`geo: expected 20 districts, got ${districts.length}`);
	const outline = readJson<FeatureCollection<Areal>>(dir, DISTRICTS.outline).features[0].geometry;
	return {
		districts,
		outline,
		stations: readJson<FeatureCollection<Point>>(dir, OSM.stations).features,
		pois: readJson<FeatureCollection<Point>>(dir, AMAP_PARKS).features,
		lakes: readJson<FeatureCollection<Areal>>(dir, OSM.lakes).features,
		lakeFragments: readJson<FeatureCollection<LineString>>(dir, OSM.lakeFragments).features,
		rivers: readJson<FeatureCollection<LineString>>(dir, OSM.rivers).features,
		waterways: readJson<FeatureCollection<LineString>>(dir, OSM.waterways).features,
		tracks: readJson<FeatureCollection<LineString | MultiLineString>>(dir, OSM.tracks).features,
		roads: readJson<FeatureCollection<LineString>>(dir, OSM.roads).features,
		places: readCsv(dir, PLACES_CSV)
	};
}
