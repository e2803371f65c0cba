// The bare MapLibre page the app's first render is compared with: maplibre-gl straight from
// node_modules, the same GeoJSON files (commitments and basemap layers), a minimal style with
// no labels and no glyphs, and the same `window.__map` hook the app has.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MAPLIBRE = ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'];

/** Layer ids of the commitments in the bare page (the ones checked for a full render). */
export const BARE_LAYERS = ['c-fill', 'c-line', 'c-point'];

/**
 * Writes `out/index.html` with maplibre-gl and a copy of `atlasDir`'s commitments.geojson and
 * geo/*.geojson. maplibre-gl 6 ships ES modules only (dist/*.mjs, no UMD .js): the page imports
 * maplibre-gl.mjs, which loads maplibre-gl-worker.mjs from beside itself.
 */
export function writeBarePage(root: string, atlasDir: string, out: string): { files: string[] } {
	const dist = join(root, 'node_modules/maplibre-gl/dist');
	const commitments = join(atlasDir, 'commitments.geojson');
	if (!existsSync(commitments)) throw new Error(`${commitments} missing (run npm run atlas -- build)`);
	rmSync(out, { recursive: true, force: true });
	mkdirSync(join(out, 'geo'), { recursive: true });
	for (const f of MAPLIBRE) copyFileSync(join(dist, f), join(out, f));
	copyFileSync(commitments, join(out, 'commitments.geojson'));
	const geo = readdirSync(join(atlasDir, 'geo')).filter((f) => f.endsWith('.geojson')).sort();
	for (const f of geo) copyFileSync(join(atlasDir, 'geo', f), join(out, 'geo', f));

	const has = (f: string) => geo.includes(f);
	const basemap: object[] = [{ id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } }];
	const add = (file: string, layer: object) => {
		if (!has(file)) return;
		const source = file.replace('.geojson', '');
		basemap.push({ source, ...layer });
	};
	add('city.geojson', { id: 'city', type: 'fill', paint: { 'fill-color': '#fbfaf7' } });
	add('districts.geojson', { id: 'districts', type: 'line', paint: { 'line-color': '#b9b2a4', 'line-width': 1 } });
	add('lakes.geojson', { id: 'lakes', type: 'fill', paint: { 'fill-color': '#bcd6e6' } });
	add('lake-outlines.geojson', { id: 'lake-outlines', type: 'line', paint: { 'line-color': '#8fb8d2' } });
	add('rivers.geojson', { id: 'rivers', type: 'line', paint: { 'line-color': '#8fb8d2', 'line-width': 1.2 } });
	add('roads.geojson', { id: 'roads', type: 'line', paint: { 'line-color': '#ffffff', 'line-width': 1.5 } });
	add('metro-tracks.geojson', { id: 'metro-tracks', type: 'line', paint: { 'line-color': '#888888', 'line-width': 1.5 } });
	add('metro-stations.geojson', { id: 'metro-stations', type: 'circle', paint: { 'circle-radius': 2, 'circle-color': '#666666' } });
	const sources: Record<string, object> = Object.fromEntries(
		geo.map((f) => [f.replace('.geojson', ''), { type: 'geojson', data: `geo/${f}` }])
	);
	sources.commitments = { type: 'geojson', data: 'commitments.geojson' };
	const layers = [
		...basemap,
		{ id: 'c-fill', type: 'fill', source: 'commitments', filter: ['==', ['get', 'geom'], 'polygon'], paint: { 'fill-color': '#d9480f', 'fill-opacity': 0.15 } },
		{ id: 'c-line', type: 'line', source: 'commitments', filter: ['!=', ['get', 'geom'], 'point'], paint: { 'line-color': '#d9480f', 'line-width': 1.5 } },
		{ id: 'c-point', type: 'circle', source: 'commitments', filter: ['==', ['get', 'geom'], 'point'], paint: { 'circle-radius': 4, 'circle-color': '#d9480f' } }
	];
	const style = { version: 8, sources, layers };

	writeFileSync(
		join(out, 'index.html'),
		`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>bare MapLibre</title>
<link rel="stylesheet" href="maplibre-gl.css">
<style>html, body, #map { margin: 0; width: 100%; height: 100%; }</style>
</head>
<body>
<div id="map"></div>
<script type="module">
import { Map } from './maplibre-gl.mjs';
// The view: ?lng=&lat=&zoom= (the bench passes the app's own first view), else central Chengdu.
const q = new URLSearchParams(location.search);
const num = (k, d) => (q.has(k) ? Number(q.get(k)) : d);
const map = new Map({
	container: 'map',
	style: ${JSON.stringify(style)},
	center: [num('lng', 104.075), num('lat', 30.65)],
	zoom: num('zoom', 10),
	attributionControl: false
});
window.__map = map;
</script>
</body>
</html>
`
	);
	return { files: ['index.html', ...MAPLIBRE, 'commitments.geojson', ...geo.map((f) => `geo/${f}`)] };
}
