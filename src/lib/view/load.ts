// Fetches the atlas files the app reads, each once per visit.
import { asset } from '$app/paths';
import {
	ATLAS_FILES,
	type AtlasFeatures,
	type AtlasIndex,
	type DocumentFile,
	type PlaceEntry
} from '../atlas/format';

/** Thrown for a file that is not there, so that pages can say "not found" rather than "failed". */
export class NotFound extends Error {}

const cache = new Map<string, Promise<unknown>>();

function fetchJson<T>(file: string): Promise<T> {
	let pending = cache.get(file);
	if (!pending) {
		pending = fetch(asset(`/atlas/${file}`)).then((res) => {
			if (res.status === 404) throw new NotFound(file);
			if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
			return res.json();
		});
		// A failed load may succeed later (the build may still be writing the atlas): do not keep it.
		pending.catch(() => cache.delete(file));
		cache.set(file, pending);
	}
	return pending as Promise<T>;
}

export const loadIndex = () => fetchJson<AtlasIndex>(ATLAS_FILES.index);
export const loadFeatures = () => fetchJson<AtlasFeatures>(ATLAS_FILES.features);
export const loadPlaces = () => fetchJson<PlaceEntry[]>(ATLAS_FILES.places);
export const loadDocument = (id: string) => fetchJson<DocumentFile>(ATLAS_FILES.doc(id));

/** Where the basemap style finds its layers and glyphs. */
export const BASEMAP = { base: asset(`/atlas/${ATLAS_FILES.geo}`), fonts: asset('/fonts') };
