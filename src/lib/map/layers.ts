// The commitment sources and layers drawn over the basemap: polygons, lines and clustered points,
// coloured by theme, with approximate and district-level places drawn dashed, hollow or pale.
// District-wide shapes are shown only when active; their markers are points (see ./districts).
import type {
	CircleLayerSpecification,
	ExpressionSpecification,
	GeoJSONSourceSpecification,
	LayerSpecification
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { DISTRICT_WIDE } from './districts';
import { themeColorExpression } from './palette';
import { byFeature } from './style';

/** Line and polygon features. */
export const FEATURES = 'commitments';
/**
 * Points and the markers of district-wide features, clustered at low zoom; filtered by replacing
 * its data (see MapView).
 */
export const POINTS = 'commitment-points';

/** The selected points and markers, drawn above everything else. */
export const SELECTION = 'commitment-selection';

/** Points stay clustered up to this zoom. */
const CLUSTER_MAX_ZOOM = 12;

/** The commitment sources, with the features each starts with (none if not given). */
export function sources(data: Partial<Record<string, FeatureCollection>> = {}): Record<string, GeoJSONSourceSpecification> {
	const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
	return {
		[FEATURES]: { type: 'geojson', data: data[FEATURES] ?? empty },
		[POINTS]: {
			type: 'geojson',
			data: data[POINTS] ?? empty,
			cluster: true,
			clusterRadius: 36,
			clusterMaxZoom: CLUSTER_MAX_ZOOM
		},
		[SELECTION]: { type: 'geojson', data: data[SELECTION] ?? empty }
	};
}

const geom = (kind: string): ExpressionSpecification => ['==', ['get', 'geom'], kind];
const VAGUE: ExpressionSpecification = [
	'in',
	['get', 'precision'],
	['literal', ['approximate', 'district']]
];
const EXACT: ExpressionSpecification = ['!', VAGUE];
const state = (key: 'selected' | 'hover'): ExpressionSpecification => [
	'boolean',
	['feature-state', key],
	false
];
/** Outline layers draw the edges of fills; antialiasing them as well compiles one program more. */
const NO_ANTIALIAS = false;
const ACTIVE: ExpressionSpecification = ['any', state('selected'), state('hover')];
const CLUSTER: ExpressionSpecification = ['has', 'point_count'];

/** Layers of the FEATURES source, with the base filter that the facet selections are ANDed to. */
const SHAPE: ExpressionSpecification = ['all', geom('polygon'), ['!', DISTRICT_WIDE]];

export const FACETED = {
	'district-fill': DISTRICT_WIDE,
	'district-outline': DISTRICT_WIDE,
	fill: SHAPE,
	outline: ['all', SHAPE, EXACT],
	'outline-vague': ['all', SHAPE, VAGUE],
	'line-casing': geom('line'),
	line: ['all', geom('line'), EXACT],
	'line-vague': ['all', geom('line'), VAGUE]
} satisfies Record<string, ExpressionSpecification>;

/** Layers whose features can be hovered and selected, topmost first. */
export const INTERACTIVE = [
	'selection-point',
	'point',
	'line',
	'line-vague',
	'outline',
	'outline-vague',
	'fill'
] as const;
export type FeatureLayer = (typeof INTERACTIVE)[number];
export const CLUSTER_LAYER = 'cluster';
/** The counts on the clusters: labels placed below this layer make way for them. */
export const CLUSTER_COUNT_LAYER = 'cluster-count';

/** Approximate places are hollow rings: the colour is on the stroke, not the fill. */
function pointPaint(selected: ExpressionSpecification) {
	const color = themeColorExpression();
	return {
		'circle-color': ['case', VAGUE, '#ffffff', color],
		'circle-stroke-color': ['case', VAGUE, color, selected, '#1d2433', '#ffffff'],
		'circle-stroke-width': ['case', selected, 3.5, VAGUE, 2.5, 1.5],
		'circle-radius': ['case', ['any', selected, state('hover')], 9, 6.5]
	} satisfies CircleLayerSpecification['paint'];
}

/** The layers in drawing order (bottom first), ids as above. */
export function layers(fonts: readonly string[]): LayerSpecification[] {
	const color = themeColorExpression();
	const base = (id: keyof typeof FACETED) => ({ id, source: FEATURES, filter: FACETED[id] });
	// Wider when active, and a little wider as the map zooms in: by zoom and by feature, like the
	// basemap's lines, so that all share one program (see "Shader programs" in ./style.ts).
	const lineWidth = (normal: number): ExpressionSpecification => [
		'interpolate',
		['linear'],
		['zoom'],
		10,
		['case', ACTIVE, normal + 2, normal],
		16,
		['case', ACTIVE, normal * 1.4 + 2, normal * 1.4]
	];
	return [
		{
			...base('district-fill'),
			type: 'fill',
			paint: { 'fill-color': color, 'fill-opacity': ['case', ACTIVE, 0.16, 0], 'fill-antialias': NO_ANTIALIAS }
		},
		{
			...base('district-outline'),
			type: 'line',
			// Hidden by a clear colour rather than by opacity: the program of the other lines.
			paint: { 'line-color': ['case', ACTIVE, color, 'rgba(0, 0, 0, 0)'], 'line-width': lineWidth(0.5) }
		},
		{
			...base('fill'),
			type: 'fill',
			paint: {
				'fill-color': color,
				// Shapes overlap and fills stack up: kept pale, the vague ones paler still.
				'fill-opacity': ['case', ACTIVE, 0.3, VAGUE, 0.06, 0.15],
				'fill-antialias': NO_ANTIALIAS
			}
		},
		{
			...base('outline'),
			type: 'line',
			paint: { 'line-color': color, 'line-width': lineWidth(1.5) }
		},
		{
			...base('outline-vague'),
			type: 'line',
			paint: {
				'line-color': color,
				'line-width': lineWidth(1.5),
				'line-dasharray': [3, 2]
			}
		},
		{
			...base('line-casing'),
			type: 'line',
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			// A white edge keeps commitment lines apart from the basemap's metro lines.
			paint: { 'line-color': byFeature('#ffffff'), 'line-width': lineWidth(6), 'line-opacity': 0.9 }
		},
		{
			...base('line'),
			type: 'line',
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: { 'line-color': color, 'line-width': lineWidth(3.5) }
		},
		{
			...base('line-vague'),
			type: 'line',
			paint: {
				'line-color': color,
				'line-width': lineWidth(3.5),
				'line-dasharray': [2, 1.5]
			}
		},
		{
			id: CLUSTER_LAYER,
			source: POINTS,
			filter: CLUSTER,
			type: 'circle',
			paint: {
				'circle-color': byFeature('#3b4350'),
				'circle-opacity': 0.85,
				'circle-radius': ['step', ['get', 'point_count'], 13, 10, 16, 50, 20],
				'circle-stroke-color': byFeature('#ffffff'),
				'circle-stroke-width': byFeature(2)
			}
		},
		{
			id: CLUSTER_COUNT_LAYER,
			source: POINTS,
			filter: CLUSTER,
			type: 'symbol',
			layout: {
				'text-field': ['get', 'point_count_abbreviated'],
				'text-font': [...fonts],
				'text-size': 12,
				'text-allow-overlap': true
			},
			paint: { 'text-color': byFeature('#ffffff') }
		},
		{
			id: 'point',
			source: POINTS,
			filter: ['!', CLUSTER],
			type: 'circle',
			paint: pointPaint(state('selected'))
		},
		// The selection's points again, unclustered and on top: a selected point never hides in a
		// cluster or under its neighbours.
		{
			id: 'selection-halo',
			source: SELECTION,
			type: 'circle',
			paint: {
				'circle-color': color,
				'circle-radius': byFeature(18),
				'circle-opacity': 0.25,
				'circle-stroke-color': color,
				'circle-stroke-width': byFeature(1),
				'circle-stroke-opacity': 0.6
			}
		},
		{
			id: 'selection-point',
			source: SELECTION,
			type: 'circle',
			paint: pointPaint(['literal', true])
		}
	];
}
