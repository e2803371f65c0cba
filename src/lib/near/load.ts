// The basemap files the search box and the nearby list read besides the atlas: metro stations and
// district outlines (static/atlas/geo, same origin), each fetched once per visit.
import { BASEMAP } from '../view/load';
import type { Districts } from './districts';
import type { Stations } from './search';

const cache = new Map<string, Promise<unknown>>();

function fetchGeo<T>(file: string): Promise<T> {
	let pending = cache.get(file);
	if (!pending) {
		pending = fetch(`${BASEMAP.base}/${file}`).then((res) => {
			if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
			return res.json();
		});
		pending.catch(() => cache.delete(file));
		cache.set(file, pending);
	}
	return pending as Promise<T>;
}

export const loadStations = () => fetchGeo<Stations>('metro-stations.geojson');
export const loadDistricts = () => fetchGeo<Districts>('districts.geojson');
