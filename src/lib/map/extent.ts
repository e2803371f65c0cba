// Where the map may go and what it shows first.
import type { LngLatBoundsLike } from 'maplibre-gl';

/** The municipality with a margin, so that panels never push the city out of reach. */
export const BOUNDS = { west: 101.8, south: 29.4, east: 106.2, north: 32.1 } as const;
export const MAX_BOUNDS: LngLatBoundsLike = [
	[BOUNDS.west, BOUNDS.south],
	[BOUNDS.east, BOUNDS.north]
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
