// Which district a point lies in, from the basemap's district outlines (static/atlas/geo).
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { LngLat } from './distance';

/** District outlines with (at least) their names. */
export type Districts = FeatureCollection<Polygon | MultiPolygon, { name: string }>;

export interface DistrictLocator {
	/** District names, for telling a single known district from other labels. */
	names: Set<string>;
	/** The name of the district containing `point`, or null outside all of them. */
	at: (point: LngLat) => string | null;
}

export function districtLocator(districts: Districts): DistrictLocator {
	const shapes = districts.features
		.filter((f) => f.geometry && f.properties?.name)
		.map((f) => ({ f, box: bbox(f) }));
	return {
		names: new Set(shapes.map((s) => s.f.properties.name)),
		at: ([lng, lat]) => {
			for (const { f, box } of shapes) {
				if (lng < box[0] || lng > box[2] || lat < box[1] || lat > box[3]) continue;
				if (booleanPointInPolygon([lng, lat], f)) return f.properties.name;
			}
			return null;
		}
	};
}
