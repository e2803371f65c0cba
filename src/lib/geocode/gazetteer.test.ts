// Checks of the generated gazetteer. Reads only geo/ (never ../shared): run `npm run geo` to rebuild,
// `npm run geo -- --check` to verify that the committed files equal a fresh build.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { simplifyText } from '../text/simplify';
import { loadGazetteer, type CuratedData, type GazetteerPlace, type PlacesGeojson, type UnlocatedData } from './gazetteer';

const read = (rel: string) => JSON.parse(readFileSync(new URL(`../../../geo/${rel}`, import.meta.url), 'utf8'));
const placesGeojson = read('places.geojson') as PlacesGeojson;
const curated = read('curated.json') as CuratedData;
const districts = read('districts.geojson') as FeatureCollection<MultiPolygon | Polygon, any>;
const city = read('city.geojson') as FeatureCollection<MultiPolygon | Polygon, any>;
const sources = read('sources.json') as { datasets: { id: string; title: string; licence: string; attribution: string; files: string[] }[] };
const unlocated = read('unlocated.json') as UnlocatedData;
const gz = loadGazetteer(placesGeojson, curated, unlocated);

const outline = city.features[0].geometry;
const boundaryParts: any[] = turf.flatten(turf.polygonToLine(turf.feature(outline) as any) as any).features;
/** Inside the city outline, or within `tolKm` of its boundary (the DataV outline is simplified). */
function inCity(p: Position, tolKm = 1): boolean {
	if (turf.booleanPointInPolygon(p, outline)) return true;
	return boundaryParts.some((l) => turf.pointToLineDistance(p, l, { units: 'kilometers' }) <= tolKm);
}
const vertices = (p: GazetteerPlace): Position[] => turf.coordAll(turf.feature(p.geometry as any));
const byName = (n: string) => gz.places.find((p) => p.name === n || p.aliases.includes(n));
const district = (id: string) => districts.features.find((f) => f.properties.id === id)!;

const DISTRICT_IDS = [
	'jinjiang', 'qingyang', 'jinniu', 'wuhou', 'chenghua', 'longquanyi', 'qingbaijiang', 'xindu', 'wenjiang', 'shuangliu',
	'pidu', 'xinjin', 'jianyang', 'dujiangyan', 'pengzhou', 'qionglai', 'chongzhou', 'jintang', 'dayi', 'pujiang'
];
const METRO_IDS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '13', '17', '18', '19', '27', '30', 's3'].map((n) => `metro-${n}`);

describe('geo/places.geojson', () => {
	it('has unique ids, readable ASCII slugs', () => {
		const ids = gz.places.map((p) => p.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it('has the 20 districts with the required ids, and the city', () => {
		const ds = gz.places.filter((p) => p.kind === 'district');
		expect(ds.map((p) => p.id).sort()).toEqual([...DISTRICT_IDS].sort());
		for (const d of ds) {
			expect(d.geometry.type).toMatch(/Polygon/);
			expect(d.adcode).toMatch(/^5101\d\d$/);
			expect(d.precision).toBe('exact');
		}
		expect(gz.byId.get('xinjin')!.adcode).toBe('510118');
		const chengdu = gz.byId.get('chengdu')!;
		expect(chengdu.name).toBe('成都市');
		expect(chengdu.aliases).toContain('成都');
		expect(chengdu.geometry.type).toMatch(/Polygon/);
		expect(districts.features.map((f) => f.properties.id).sort()).toEqual([...DISTRICT_IDS].sort());
	});

	it('gives every place a geometry, a precision and at least one source', () => {
		for (const p of gz.places) {
			expect(p.geometry, p.id).toBeTruthy();
			expect(['exact', 'area', 'approximate', 'district'], p.id).toContain(p.precision);
			expect(p.sources.length, p.id).toBeGreaterThan(0);
			for (const s of p.sources) {
				expect(s.dataset, p.id).toBeTruthy();
				expect(s.licence, p.id).toBeTruthy();
			}
			expect(p.anchor, p.id).toHaveLength(2);
			if (p.precision !== 'exact') expect(p.note, `${p.id} must say why its geometry is approximate`).toBeTruthy();
		}
	});

	it('places every place inside the Chengdu outline (except outside places and lines crossing it)', () => {
		for (const p of gz.places) {
			if (p.kind === 'outside') continue;
			const vs = vertices(p);
			if (p.kind === 'line' || p.kind === 'river') {
				expect(vs.some((v) => inCity(v)), p.id).toBe(true);
				continue;
			}
			const outsideVs = vs.filter((v) => !inCity(v));
			expect(outsideVs, `${p.id} has vertices outside the city`).toEqual([]);
			expect(inCity(p.anchor), `${p.id} anchor`).toBe(true);
		}
		// metro lines other than S3 (to 资阳) stay inside
		for (const id of METRO_IDS.filter((m) => m !== 'metro-s3'))
			expect(vertices(gz.byId.get(id)!).every((v) => inCity(v, 0.2)), id).toBe(true);
	});

	it('maps no name or alias to two places unless it is listed as ambiguous', () => {
		const claims = new Map<string, Set<string>>();
		for (const p of gz.places)
			for (const n of [p.name, ...p.aliases]) claims.set(n, (claims.get(n) ?? new Set()).add(p.id));
		for (const [n, ids] of claims) if (ids.size > 1) expect(curated.ambiguous[n], `${n} → ${[...ids]}`).toBeDefined();
		for (const n of Object.keys(curated.ambiguous))
			for (const p of gz.places) expect(p.aliases, `${n} must not be a plain alias of ${p.id}`).not.toContain(n);
		const names = gz.names();
		const plain = names.filter((e) => e.place !== null).map((e) => e.name);
		expect(new Set(plain).size).toBe(plain.length);
		expect(names.find((e) => e.name === '锦江')).toMatchObject({ place: null, ambiguous: ['jinjiang', 'jinjiang-river'], short: true });
		expect(names.find((e) => e.name === '青羊')).toEqual({ name: '青羊', place: 'qingyang', short: true });
		expect(names.find((e) => e.name === '天府文化')).toEqual({ name: '天府文化', place: null });
		expect(names.find((e) => e.name === '天府国际机场')?.place).toBe('tianfu-airport');
		expect(names.find((e) => e.name === '双流机场')?.place).toBe('shuangliu-airport');
	});

	it('puts 春熙路 in 锦江区 within 500 m of 104.0770 E, 30.6559 N', () => {
		const p = byName('春熙路')!;
		expect(p.adcode).toBe('510104');
		const pt = p.geometry.type === 'Point' ? p.geometry.coordinates : p.anchor;
		expect(turf.booleanPointInPolygon(pt, district('jinjiang').geometry)).toBe(true);
		expect(turf.distance(pt, [104.077, 30.6559], { units: 'kilometers' })).toBeLessThan(0.5);
	});

	it('gives 航空新城 the adcode of 青羊区', () => {
		expect(byName('航空新城')!.adcode).toBe(gz.byId.get('qingyang')!.adcode);
	});

	it('draws 龙泉山城市森林公园 as an approximate area', () => {
		const p = byName('龙泉山城市森林公园')!;
		expect(['Polygon', 'MultiPolygon']).toContain(p.geometry.type);
		expect(p.precision).toBe('approximate');
		const km2 = turf.area(p.geometry as any) / 1e6;
		expect(km2).toBeGreaterThan(300);
		expect(km2).toBeLessThan(2000);
	});

	it('has every metro line as OSM track geometry', () => {
		for (const id of METRO_IDS) {
			const p = gz.byId.get(id)!;
			expect(p, id).toBeTruthy();
			expect(['LineString', 'MultiLineString'], id).toContain(p.geometry.type);
			expect(p.kind).toBe('line');
			expect(p.precision).toBe('exact');
		}
		expect(byName('地铁8号线')!.id).toBe('metro-8');
		expect(byName('资阳线')!.id).toBe('metro-s3');
	});

	it('puts 石板滩新城 in 新都区', () => {
		const p = byName('石板滩新城')!;
		expect(p.adcode).toBe('510114');
		expect(turf.booleanPointInPolygon(p.anchor, district('xindu').geometry)).toBe(true);
		expect(p.precision).toBe('district');
	});

	it('knows the named water, metro and railway stations and parks of the source layers, each from its layer', () => {
		// Names as the OSM basemap and the Amap parks layer write them (geo/basemap/*.geojson, SOURCES.md).
		const rivers = read('basemap/rivers.geojson') as FeatureCollection<any, { name: string }>;
		const river = byName('江安河')!;
		expect(river).toMatchObject({ kind: 'river', precision: 'exact' });
		expect(turf.coordAll(river.geometry as any)).toEqual(
			turf.coordAll({ type: 'FeatureCollection', features: rivers.features.filter((f) => f.properties.name === '江安河') } as any)
		);
		expect(byName('沙河')?.short).toEqual(['沙河']);
		expect(byName('三支渠')).toBeUndefined(); // a numbered branch canal, not a name a text uses
		expect(byName('火车北站')).toMatchObject({ kind: 'hub', precision: 'approximate' });
		expect(byName('火车北站')!.sources[0].dataset).toMatch(/OpenStreetMap/);
		// Every other metro station is a place by the name texts give it, at the station's own point.
		const stations = read('basemap/metro-stations.geojson') as FeatureCollection<any, { name: string }>;
		const square = stations.features.find((f) => f.properties.name === '天府广场')!;
		expect(byName('天府广场站')).toMatchObject({ kind: 'hub', precision: 'exact', geometry: square.geometry });
		const park = byName('人民公园')!;
		expect(park).toMatchObject({ kind: 'landmark', precision: 'area', adcode: '510105' });
		expect(park.sources[0].licence).toMatch(/Amap/);
		expect(byName('文化公园')).toBeUndefined(); // a kind of park, and part of 天府文化公园
	});

	it('knows every 街道, 镇 and 乡 of geo/towns.csv, each at its own district’s seat unless another place has its name', () => {
		const rows = readFileSync(new URL('../../../geo/towns.csv', import.meta.url), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
		expect(rows.filter((r) => r[3] === '2023').length).toBeGreaterThan(250);
		// A former name two districts had (金马镇 of 温江 and of 简阳), or a word of plans (新市镇), names no place.
		const twice = (name: string) => rows.filter((r) => r[1] === name).length > 1;
		for (const [code, name, adcode] of rows) {
			const p = byName(name);
			if (twice(name) || curated.notPlaces.includes(name)) {
				expect(p, name).toBeUndefined();
				continue;
			}
			expect(p, name).toBeDefined();
			// A town renamed since 2016 is its heir: 安德镇 is 安德街道.
			if (p!.aliases.includes(name) && p!.sources.some((x) => x.dataset.includes('统计用区划代码'))) {
				expect(p!.adcode, name).toBe(adcode);
				continue;
			}
			if (p!.name !== name) continue; // 石板滩街道 is 石板滩新城's
			expect(p!.adcode, name).toBe(adcode);
			if (!p!.sources.some((x) => x.dataset.includes('统计用区划代码'))) continue; // 白鹿镇 has a cited place of its own
			expect(p!.precision, name).toBe('district');
			const seat = district(districts.features.find((f) => f.properties.adcode === adcode)!.properties.id).properties.seat;
			expect(p!.geometry, name).toEqual({ type: 'Point', coordinates: seat });
			expect(p!.sources.map((x) => x.note).join(' '), name).toContain(code);
		}
		// A 镇's old town by its name: 元通古镇; a town by its name before it was renamed, and one merged since.
		expect(byName('元通古镇')?.name).toBe('元通镇');
		expect(byName('安德镇')?.name).toBe('安德街道');
		// A 镇 made a 街道 by the name it kept: 赵镇 is 赵镇街道.
		expect(byName('赵镇')?.name).toBe('赵镇街道');
		// …and a 镇 made a 街道 since the codes by its new name: 唐昌街道 is 唐昌镇; not where another town has that name.
		expect(byName('唐昌街道')?.name).toBe('唐昌镇');
		expect(byName('三道堰街道')?.name).toBe('三道堰镇');
		expect(gz.places.filter((p) => p.aliases.includes('石羊街道'))).toEqual([]);
		expect(byName('桤泉镇')?.note).toContain('former');
	});

	it('keeps ambiguous names and notPlaces out of plain aliases', () => {
		for (const n of curated.notPlaces) for (const p of gz.places) expect(p.aliases).not.toContain(n);
		expect(Object.keys(curated.ambiguous)).toEqual(expect.arrayContaining(['锦江', '龙泉']));
	});

	it('spells every name and alias so that normalizing a text keeps it (濛阳街道 is not folded into 蒙阳)', () => {
		const changed = gz.places.flatMap((p) => [p.name, ...p.aliases]).filter((n) => simplifyText(n) !== n);
		expect(changed).toEqual([]);
	});

	it('rounds coordinates to 6 decimals', () => {
		for (const f of ['places.geojson', 'districts.geojson', 'city.geojson', 'basemap/metro-tracks.geojson', 'basemap/roads.geojson']) {
			const long = turf.coordAll(read(f)).flat().filter((x) => Math.round(x * 1e6) / 1e6 !== x);
			expect(long.slice(0, 3), f).toEqual([]);
		}
		for (const p of gz.places) expect(p.anchor.map((x) => Math.round(x * 1e6) / 1e6), p.id).toEqual(p.anchor);
	});

	it('lists unlocated names with a reason, none of them a place', () => {
		const names = gz.names();
		for (const u of unlocated.places) {
			expect(u.reason).toBeTruthy();
			expect(byName(u.name), u.name).toBeUndefined();
			expect(names.find((e) => e.name === u.name), u.name).toEqual({ name: u.name, place: null, unlocated: true, kind: u.kind });
		}
		// The curated ones too (沙西线, 成都平原), each saying where its facts come from.
		const added = (read('curated.json') as { extraPlaces: { name: string; locate: object }[] }).extraPlaces.filter((c) => 'unlocated' in c.locate);
		const sources = new Map((read('unlocated.json') as { places: { name: string; source: string }[] }).places.map((u) => [u.name, u.source]));
		expect(added.length).toBeGreaterThan(0);
		for (const c of added) expect(sources.get(c.name), c.name).toMatch(/^textual: '.+' \(https?:\/\/\S+\)$/);
	});

	it('flags short forms and strategy words for scoping', () => {
		const names = gz.names();
		for (const id of DISTRICT_IDS) {
			const d = gz.byId.get(id)!;
			const short = d.name.replace(/(区|县|市)$/, '');
			expect(d.short, id).toContain(short);
			const e = names.find((n) => n.name === short)!;
			expect(e.short, short).toBe(true);
		}
		expect(names.find((n) => n.name === '中优')).toEqual({ name: '中优', place: 'zhongyouquyu', short: true });
		expect(names.find((n) => n.name === '香城')).toEqual({ name: '香城', place: 'xindu', short: true });
		expect(names.find((n) => n.name === '8号线')).toEqual({ name: '8号线', place: 'metro-8', short: true });
	});
});

describe('geo/sources.json', () => {
	it('credits every dataset that places cite, and no HydroRIVERS', () => {
		const titles = new Set(sources.datasets.map((d) => d.title));
		for (const d of sources.datasets) {
			expect(d.attribution).toBeTruthy();
			expect(d.licence).toBeTruthy();
		}
		for (const p of gz.places)
			for (const s of p.sources)
				if (!s.dataset.startsWith('geo/curated.json')) expect(titles.has(s.dataset), `${p.id}: ${s.dataset}`).toBe(true);
		expect(JSON.stringify(sources.datasets)).not.toMatch(/hydrorivers/i);
		expect(sources.datasets.find((d) => d.id === 'osm-doudoulandmetro')!.attribution).toBe('© OpenStreetMap contributors');
		expect(sources.datasets.find((d) => d.id === 'datav')!.attribution).toMatch(/DataV.*licence unclear/);
	});
});

describe('geo/basemap/district-labels.geojson', () => {
	const labels = read('basemap/district-labels.geojson') as FeatureCollection<any, { id: string; name: string }>;

	it('has one label point per district, inside that district', () => {
		expect(labels.features.map((f) => f.properties.id).sort()).toEqual([...DISTRICT_IDS].sort());
		for (const f of labels.features) {
			expect(f.geometry.type).toBe('Point');
			const d = district(f.properties.id);
			expect(f.properties.name).toBe(d.properties.name);
			expect(turf.booleanPointInPolygon(f.geometry.coordinates, d.geometry), f.properties.name).toBe(true);
		}
	});

	it('labels a district with sliver parts on its main part', () => {
		// 彭州市 has a second, tiny part in the DataV outline: its label belongs on the large one.
		const d = district('pengzhou');
		expect(d.geometry.type).toBe('MultiPolygon');
		const parts = (d.geometry as MultiPolygon).coordinates.map((c) => turf.polygon(c));
		const largest = parts.reduce((a, b) => (turf.area(b) > turf.area(a) ? b : a));
		const label = labels.features.find((f) => f.properties.id === 'pengzhou')!;
		expect(turf.booleanPointInPolygon(label.geometry.coordinates, largest)).toBe(true);
	});
});
