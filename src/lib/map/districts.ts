// District-wide features (a whole district, or a place known only by its district) cover large
// areas and overlap one another many times over; drawn as shapes they hide the city. They are
// drawn as a marker at a point inside the district instead, and as a shape only while hovered or
// selected.
import { pointOnFeature } from '@turf/turf';
import type { ExpressionSpecification } from 'maplibre-gl';
import type { FeatureProps } from '../atlas/format';
import type { AtlasFeature } from '../view/catalog';

/**
 * Located only at district level: the place is a whole district, or a place whose site is not
 * known beyond its district (drawn as that district).
 */
export function districtLevel(p: FeatureProps): boolean {
	return p.precision === 'district' || p.kind === 'district';
}

export function districtWide(p: FeatureProps): boolean {
	return p.geom === 'polygon' && districtLevel(p);
}

/** The same test as a MapLibre expression. */
export const DISTRICT_WIDE: ExpressionSpecification = [
	'all',
	['==', ['get', 'geom'], 'polygon'],
	['any', ['==', ['get', 'kind'], 'district'], ['==', ['get', 'precision'], 'district']]
];

/** One point feature per district-wide feature, same id and properties, inside its shape. */
export function markers(features: readonly AtlasFeature[]): AtlasFeature[] {
	// Many commitments share a district: its point is found once.
	const at = new Map<string, [number, number]>();
	return features.filter((f) => districtWide(f.properties)).map((f) => {
		let point = at.get(f.properties.place);
		if (!point) {
			point = pointOnFeature(f).geometry.coordinates as [number, number];
			at.set(f.properties.place, point);
		}
		return { ...f, geometry: { type: 'Point', coordinates: point } };
	});
}
