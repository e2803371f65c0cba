// Fetches the files the app reads, each once per visit.
import { asset } from '$app/paths';
import {
	ATLAS_FILES,
	type AtlasFeatures,
	type AtlasIndex,
	type DocumentFile,
	type PlaceEntry
} from '../atlas/format';
import type { Stations } from '../near/search';
import type { DistrictCollection } from '../planner/districts';

/** Thrown for a file that is not there, so that pages can say "not found" rather than "failed". */
export class NotFound extends Error {}

const cache = new Map<string, Promise<unknown>>();

/** What `load` gives, loaded the first time `key` is asked for and kept for the visit. */
export function once<T>(key: string, load: () => Promise<T>): Promise<T> {
	let pending = cache.get(key) as Promise<T> | undefined;
	if (!pending) {
		pending = load();
		// A failed load may succeed later (the build may still be writing the atlas): do not keep it.
		pending.catch(() => cache.delete(key));
		cache.set(key, pending);
	}
	return pending;
}

function fetchJson<T>(file: string): Promise<T> {
	const url = asset(`/atlas/${file}`);
	return once(url, async () => {
		const res = await fetch(url);
		if (res.status === 404) throw new NotFound(file);
		if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
		return res.json() as Promise<T>;
	});
}

export const loadIndex = () => fetchJson<AtlasIndex>(ATLAS_FILES.index);
export const loadFeatures = () => fetchJson<AtlasFeatures>(ATLAS_FILES.features);
export const loadPlaces = () => fetchJson<PlaceEntry[]>(ATLAS_FILES.places);
export const loadDocument = (id: string) => fetchJson<DocumentFile>(ATLAS_FILES.doc(id));
/** Basemap files that the search box, the nearby list and the planner read as data. */
export const loadStations = () => fetchJson<Stations>(`${ATLAS_FILES.geo}/metro-stations.geojson`);
export const loadDistricts = () => fetchJson<DistrictCollection>(`${ATLAS_FILES.geo}/districts.geojson`);

/** Where the basemap style finds its layers and glyphs. */
export const BASEMAP = { base: asset(`/atlas/${ATLAS_FILES.geo}`), fonts: asset('/fonts') };
