// Where the map may go and what it shows first.
import type { LngLatBoundsLike } from 'maplibre-gl';

/** The municipality with a margin, so that panels never push the city out of reach. */
export const MAX_BOUNDS: LngLatBoundsLike = [
	[101.8, 29.4],
	[106.2, 32.1]
];

/** The central districts (锦江、青羊、金牛、武侯、成华) with 高新区 to the south. */
export const CENTRAL: LngLatBoundsLike = [
	[103.95, 30.54],
	[104.2, 30.76]
];

export const MIN_ZOOM = 7;
export const MAX_ZOOM = 17;
/** Closest zoom when flying to a feature, so that a point is shown with its surroundings. */
export const FOCUS_ZOOM = 14.5;
