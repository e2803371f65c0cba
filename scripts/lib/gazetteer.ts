// The gazetteer and geoparser as the Node tools load them: from geo/, never from ../shared.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadGazetteer, type Gazetteer } from '../../src/lib/geocode/gazetteer';
import { createGeoparser, type Geoparser } from '../../src/lib/geocode/parse';

export const GEO_DIR = resolve(import.meta.dirname, '../../geo');

const readJson = (name: string) => JSON.parse(readFileSync(resolve(GEO_DIR, name), 'utf8'));

export function loadGazetteerFiles(): { gazetteer: Gazetteer; parser: Geoparser } {
	const gazetteer = loadGazetteer(
		readJson('places.geojson'),
		readJson('curated.json'),
		readJson('unlocated.json')
	);
	return { gazetteer, parser: createGeoparser(gazetteer) };
}
