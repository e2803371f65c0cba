// The loaded map features, indexed the ways the UI looks them up.
import { area, bbox } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import type { AtlasFeatures, FeatureProps } from '../atlas/format';

export type AtlasFeature = Feature<Geometry, FeatureProps>;
export type Bounds = [west: number, south: number, east: number, north: number];

export interface Catalog {
	/** In reading order: by document, then commitment, then place name. */
	all: AtlasFeature[];
	byFid: Map<number, AtlasFeature>;
	byCommitment: Map<string, AtlasFeature[]>;
	byPlace: Map<string, AtlasFeature[]>;
	/** Area in m² of polygon features (for picking the smallest under the pointer). */
	area: Map<number, number>;
}

const ids = new Intl.Collator('en', { numeric: true });
const names = new Intl.Collator('zh');

function group<K>(features: AtlasFeature[], key: (f: AtlasFeature) => K): Map<K, AtlasFeature[]> {
	const out = new Map<K, AtlasFeature[]>();
	for (const f of features) {
		const list = out.get(key(f));
		if (list) list.push(f);
		else out.set(key(f), [f]);
	}
	return out;
}

export function catalog(collection: AtlasFeatures): Catalog {
	const all = [...collection.features].sort(
		(a, b) =>
			ids.compare(a.properties.doc, b.properties.doc) ||
			ids.compare(a.properties.commitment, b.properties.commitment) ||
			names.compare(a.properties.name, b.properties.name)
	);
	const polygons = all.filter((f) => f.properties.geom === 'polygon');
	return {
		all,
		byFid: new Map(all.map((f) => [f.properties.fid, f])),
		byCommitment: group(all, (f) => f.properties.commitment),
		byPlace: group(all, (f) => f.properties.place),
		area: new Map(polygons.map((f) => [f.properties.fid, area(f)]))
	};
}

/** The box around some features, or null for none. */
export function boundsOf(features: readonly AtlasFeature[]): Bounds | null {
	return union(features.map((f) => bbox(f) as Bounds));
}

/** Whether any of the features lies in `view`, wholly or in part (by its box). */
export function anyWithin(features: readonly AtlasFeature[], view: Bounds): boolean {
	return features.some((f) => {
		const [west, south, east, north] = bbox(f);
		return west <= view[2] && east >= view[0] && south <= view[3] && north >= view[1];
	});
}

/** The box around some boxes, or null for none. */
export function union(boxes: readonly Bounds[]): Bounds | null {
	if (!boxes.length) return null;
	return [
		Math.min(...boxes.map((b) => b[0])),
		Math.min(...boxes.map((b) => b[1])),
		Math.max(...boxes.map((b) => b[2])),
		Math.max(...boxes.map((b) => b[3]))
	];
}

/** One feature for each other commitment drawn at a place, in reading order. */
export function othersAt(cat: Catalog, place: string, commitment: string): AtlasFeature[] {
	const seen = new Set([commitment]);
	return (cat.byPlace.get(place) ?? []).filter((f) => {
		if (seen.has(f.properties.commitment)) return false;
		seen.add(f.properties.commitment);
		return true;
	});
}

/** The feature a selection points at: its chosen place if drawn, else its first. */
export function focusOf(cat: Catalog, commitment: string, place: string | null) {
	const features = cat.byCommitment.get(commitment) ?? [];
	return features.find((f) => f.properties.place === place) ?? features[0] ?? null;
}
