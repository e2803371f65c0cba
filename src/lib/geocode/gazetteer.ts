// The gazetteer as the app and the geoparser see it: geo/places.geojson + the disambiguation data of
// geo/curated.json. Pure TypeScript (no node: imports): it runs in the browser as well as in scripts.
import type { FeatureCollection, Geometry } from 'geojson';
import type { Place, PlaceKind, Precision, SourceRef } from '../types';

/** Properties of a feature of geo/places.geojson (the feature id is the place id). */
export interface PlaceFeatureProps {
	name: string;
	aliases: string[];
	kind: PlaceKind;
	adcode: string | null;
	precision: Precision;
	sources: SourceRef[];
	note?: string;
	/** Quality flag of geo-sources places_wgs84.csv (exact, area-point, proxy, textual, missing), null if not from it. */
	quality: string | null;
	/** Textual district, as the sources state it. */
	district: string | null;
	/** Short forms among the names (青羊 for 青羊区); may include ambiguous ones that are not in `aliases`. */
	short: string[];
	/** Representative point [lng, lat] (district seat, the point itself, a line's middle station …). */
	anchor: [number, number];
}

export type PlacesGeojson = FeatureCollection<Geometry, PlaceFeatureProps>;

/** The part of geo/curated.json the gazetteer needs (other keys are build inputs). */
export interface CuratedData {
	ambiguous: Record<string, string[]>;
	notPlaces: string[];
}

export interface GazetteerPlace extends Place {
	quality: string | null;
	district: string | null;
	short: string[];
	anchor: [number, number];
}

export interface NameEntry {
	name: string;
	/** The place the name means, or null: ambiguous (see `ambiguous`) or not a place at all (notPlaces). */
	place: string | null;
	ambiguous?: string[];
	/** A short form: only a place within the right scope (e.g. a district name without 区). */
	short?: boolean;
	/** A named place of the texts that has no location in the sources (geo/unlocated.json). */
	unlocated?: boolean;
	/** The kind of an unlocated place. */
	kind?: PlaceKind;
	/** The name of the unlocated place an alias names (成都绕城高速公路 for 绕城高速). */
	of?: string;
}

/** geo/unlocated.json: named places without a location (the geoparser reports them as unknown places). */
export interface UnlocatedData {
	places: { name: string; aliases: string[]; kind: PlaceKind; reason: string }[];
}

export interface Gazetteer {
	places: GazetteerPlace[];
	byId: Map<string, GazetteerPlace>;
	/** Every name and alias with what it maps to (names first, in place order), then ambiguous names, notPlaces and unlocated names. */
	names(): NameEntry[];
}

export function loadGazetteer(placesGeojson: PlacesGeojson, curated: CuratedData, unlocated?: UnlocatedData): Gazetteer {
	const places: GazetteerPlace[] = placesGeojson.features.map((f) => {
		if (typeof f.id !== 'string') throw new Error('gazetteer: a place feature has no string id');
		const p = f.properties;
		return {
			id: f.id,
			name: p.name,
			aliases: p.aliases ?? [],
			kind: p.kind,
			geometry: f.geometry,
			adcode: p.adcode,
			precision: p.precision,
			sources: p.sources,
			...(p.note ? { note: p.note } : {}),
			quality: p.quality ?? null,
			district: p.district ?? null,
			short: p.short ?? [],
			anchor: p.anchor
		};
	});
	const byId = new Map<string, GazetteerPlace>();
	for (const p of places) {
		if (byId.has(p.id)) throw new Error(`gazetteer: duplicate place id ${p.id}`);
		byId.set(p.id, p);
	}
	const ambiguous = curated.ambiguous ?? {};
	const notPlaces = new Set(curated.notPlaces ?? []);
	for (const [name, ids] of Object.entries(ambiguous))
		for (const id of ids) if (!byId.has(id)) throw new Error(`gazetteer: ambiguous name ${name} lists unknown place ${id}`);

	let cache: NameEntry[] | null = null;
	const names = (): NameEntry[] => {
		if (cache) return cache;
		const out: NameEntry[] = [];
		const seen = new Map<string, string>();
		for (const p of places) {
			for (const name of [p.name, ...p.aliases]) {
				if (name in ambiguous || notPlaces.has(name)) continue;
				const prev = seen.get(name);
				if (prev === p.id) continue;
				if (prev) throw new Error(`gazetteer: ${name} maps to ${prev} and ${p.id} but is not listed as ambiguous`);
				seen.set(name, p.id);
				out.push(p.short.includes(name) ? { name, place: p.id, short: true } : { name, place: p.id });
			}
		}
		for (const [name, ids] of Object.entries(ambiguous)) {
			const short = ids.some((id) => byId.get(id)!.short.includes(name));
			out.push(short ? { name, place: null, ambiguous: [...ids], short } : { name, place: null, ambiguous: [...ids] });
		}
		for (const name of notPlaces) if (!seen.has(name)) out.push({ name, place: null });
		const listed = new Set(out.map((e) => e.name));
		for (const u of unlocated?.places ?? [])
			for (const name of [u.name, ...u.aliases])
				if (!listed.has(name)) {
					listed.add(name);
					out.push({ name, place: null, unlocated: true, kind: u.kind, ...(name === u.name ? {} : { of: u.name }) });
				}
		cache = out;
		return out;
	};
	return { places, byId, names };
}
