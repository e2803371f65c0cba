import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import { gcj02ToWgs84 } from './datum';

/** 天府广场 metro station in OpenStreetMap (WGS-84), geo-sources SOURCES.md §1. */
const OSM_TIANFU_SQUARE: [number, number] = [104.06372, 30.65986];
const metres = (a: number[], b: number[]) => turf.distance(a, b, { units: 'kilometers' }) * 1000;
const read = (rel: string) => JSON.parse(readFileSync(new URL(`../../../geo/${rel}`, import.meta.url), 'utf8'));

describe('gcj02ToWgs84', () => {
	it('moves the Amap 天府广场 station to within 60 m of OpenStreetMap', () => {
		const amap: [number, number] = [104.065891, 30.657141];
		expect(metres(amap, OSM_TIANFU_SQUARE)).toBeGreaterThan(300); // unconverted: ~367 m off
		const wgs = gcj02ToWgs84(amap);
		expect(metres(wgs, OSM_TIANFU_SQUARE)).toBeLessThan(60);
	});
});

describe('geo/ is WGS-84', () => {
	it('has the 天府广场 metro station within 60 m of OpenStreetMap', () => {
		const stations = read('basemap/metro-stations.geojson');
		const s = stations.features.find((f: any) => f.properties.name === '天府广场');
		expect(metres(s.geometry.coordinates, OSM_TIANFU_SQUARE)).toBeLessThan(60);
	});

	it('has the 天府广场-based points of places.geojson within 60 m of OpenStreetMap', () => {
		const places = read('places.geojson');
		const city = places.features.find((f: any) => f.id === 'chengdu');
		expect(metres(city.properties.anchor, OSM_TIANFU_SQUARE)).toBeLessThan(60);
		const jincheng = places.features.find((f: any) => f.properties.name === '天府锦城');
		expect(metres(jincheng.geometry.coordinates, OSM_TIANFU_SQUARE)).toBeLessThan(60);
	});
});
