// The offline basemap as a MapLibre style: a pure function of (data, theme), in the spirit of
// protomaps' `layers(source, theme)`. No DOM, no network beyond the URLs built from `data`.
//
// Labels: Latin letters, digits and general punctuation come from the bundled glyph PBFs
// (static/fonts/, made by scripts/glyphs.ts). Chinese characters, CJK punctuation (U+3000–303F)
// and full-width forms (U+FF00–FFEF) are never fetched as PBFs: maplibre-gl draws them in the
// browser with TinySDF as long as the Map's `localIdeographFontFamily` is not `false`.
// NB (maplibre-gl 6.17, render/glyph_manager.ts `_getTinySDF`): the font family named in
// `localIdeographFontFamily` is only used for the *default* text-font stack; for our stacks the
// browser draws those characters with CSS `font-family: <stack name>, sans-serif` and the weight
// read from the stack name (Regular → 400, Bold → 700), i.e. in the system's default CJK sans.
//
// Shader programs: MapLibre compiles one for every combination of paint properties that vary by
// feature, by zoom or not at all, and a software renderer (SwiftShader, as in the browser tests)
// spends 100–200 ms on each before the first frame. The layers here and in ./layers.ts keep to a
// few such combinations, and say so where that shaped them ("one program").
import type {
	ExpressionSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification
} from 'maplibre-gl';
import type { Lang } from '../i18n/messages';
import { light, type BasemapTheme, type ZoomStops } from './theme';

export interface BasemapData {
	/** URL prefix of the basemap GeoJSON files, e.g. '/atlas/geo' (no trailing slash needed). */
	base: string;
	/**
	 * URL prefix of the glyph PBFs, default '/fonts' (static/fonts/ served from the site root).
	 * Set it when the app is served under a base path, e.g. `${paths.base}/fonts`.
	 */
	fonts?: string;
	/** The interface's language (default zh): in English, district labels add their pinyin. */
	lang?: Lang;
}

/** The id of the district label layer, whose text follows the interface's language (districtLabel). */
export const DISTRICT_LABELS = 'base-district-labels';

/** A district label's text: its name as the documents write it and, in English, its pinyin below. */
export function districtLabel(lang: Lang): ExpressionSpecification {
	return lang === 'en' ? ['format', ['get', 'name'], {}, '\n', {}, ['get', 'name_en'], { 'font-scale': 0.8 }] : ['get', 'name'];
}

/** Ids of the sources this style defines. Data layers may use their own sources freely. */
export const BASE_SOURCES = {
	city: 'base-city',
	districts: 'base-districts',
	districtLabels: 'base-district-labels',
	rivers: 'base-rivers',
	lakes: 'base-lakes',
	lakeOutlines: 'base-lake-outlines',
	roads: 'base-roads',
	metroTracks: 'base-metro-tracks',
	metroStations: 'base-metro-stations'
} as const;

/** The first label layer: insert data layers before it (`map.addLayer(layer, BASE_LAYER_BEFORE)`) to keep them under the labels. */
export const BASE_LAYER_BEFORE = 'base-river-labels';

/**
 * The first layer drawn over the land: insert area fills (e.g. a district choropleth) before it so
 * that water, roads, boundaries and metro lines stay visible on top of them.
 */
export const BASE_FILL_BEFORE = 'base-lakes';

/** Exponential base of all zoom interpolations. */
const ZOOM_BASE = 1.4;

function trimSlash(url: string): string {
	return url.replace(/\/+$/, '');
}

/** Value of a zoom-stop table at `zoom`, interpolated the way MapLibre does, clamped at the ends. */
function valueAt(stops: ZoomStops, zoom: number): number {
	if (zoom <= stops[0][0]) return stops[0][1];
	for (let i = 1; i < stops.length; i++) {
		const [z1, v1] = stops[i];
		if (zoom <= z1) {
			const [z0, v0] = stops[i - 1];
			const t = (Math.pow(ZOOM_BASE, zoom - z0) - 1) / (Math.pow(ZOOM_BASE, z1 - z0) - 1);
			return v0 + (v1 - v0) * t;
		}
	}
	return stops[stops.length - 1][1];
}

/**
 * `value` for every feature, written as a function of the feature so that its layer shares the
 * shader program of layers whose paint does vary by feature (see "Shader programs" above).
 */
export function byFeature(value: string | number): ExpressionSpecification {
	return ['case', ['has', 'id'], value, value] as ExpressionSpecification;
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/**
 * `['interpolate', ['exponential', b], ['zoom'], z0, v0, …]` from a zoom-stop table; `perFeature`
 * writes each value as a function of the feature, for one program with the layers whose values
 * do vary by feature (see "Shader programs" above).
 */
function byZoom(stops: ZoomStops, add = 0, perFeature = false): ExpressionSpecification {
	return [
		'interpolate',
		['exponential', ZOOM_BASE],
		['zoom'],
		...stops.flatMap(([z, v]) => [z, perFeature ? byFeature(round(v + add)) : round(v + add)])
	] as ExpressionSpecification;
}

/** A line width from a zoom-stop table, in the one program of all basemap lines. */
const lineWidth = (stops: ZoomStops) => byZoom(stops, 0, true);

/**
 * Zoom interpolation whose stops pick a value by a feature property: one table per property value
 * (`cases`) and one for everything else. The tables may have different zooms.
 */
function byZoomAndProperty(
	property: string,
	cases: Record<string, ZoomStops>,
	otherwise: ZoomStops,
	add = 0
): ExpressionSpecification {
	const tables = [...Object.values(cases), otherwise];
	const zooms = [...new Set(tables.flatMap((t) => t.map(([z]) => z)))].sort((a, b) => a - b);
	return [
		'interpolate',
		['exponential', ZOOM_BASE],
		['zoom'],
		...zooms.flatMap((z) => [
			z,
			[
				'match',
				['get', property],
				...Object.entries(cases).flatMap(([value, stops]) => [value, round(valueAt(stops, z) + add)]),
				round(valueAt(otherwise, z) + add)
			]
		])
	] as ExpressionSpecification;
}

/** A metro line's label: `8号线` from ref "8", the ref itself for lettered lines like "S3". */
const metroLineLabel = (): ExpressionSpecification => [
	'let',
	'ref',
	['to-string', ['get', 'ref']],
	[
		'case',
		['==', ['var', 'ref'], ''],
		'',
		['in', ['slice', ['var', 'ref'], 0, 1], ['literal', ['S', 's', 'T', 't']]],
		['var', 'ref'],
		['concat', ['var', 'ref'], '号线']
	]
];

export function basemapStyle(data: BasemapData, theme: BasemapTheme = light): StyleSpecification {
	const base = trimSlash(data.base);
	const fonts = trimSlash(data.fonts ?? '/fonts');
	const regular = [...theme.fonts.regular];
	const bold = [...theme.fonts.bold];
	const geojson = (file: string, options: { maxzoom?: number } = {}): SourceSpecification => ({
		type: 'geojson',
		data: `${base}/${file}`,
		...options
	});

	const sources: Record<string, SourceSpecification> = {
		[BASE_SOURCES.city]: geojson('city.geojson'),
		[BASE_SOURCES.districts]: geojson('districts.geojson'),
		// Labels come from one point per district (geo/basemap/district-labels.geojson): MapLibre
		// would label every part of a multi-part polygon, in every tile it is cut into.
		[BASE_SOURCES.districtLabels]: geojson('district-labels.geojson'),
		[BASE_SOURCES.rivers]: geojson('rivers.geojson'),
		[BASE_SOURCES.lakes]: geojson('lakes.geojson'),
		[BASE_SOURCES.lakeOutlines]: geojson('lake-outlines.geojson'),
		[BASE_SOURCES.roads]: geojson('roads.geojson'),
		[BASE_SOURCES.metroTracks]: geojson('metro-tracks.geojson'),
		[BASE_SOURCES.metroStations]: geojson('metro-stations.geojson')
	};

	const roadSortKey = (): ExpressionSpecification => ['match', ['get', 'class'], 'motorway', 3, 'trunk', 2, 1];
	const roadWidths = { motorway: theme.roads.motorwayWidth, trunk: theme.roads.trunkWidth };
	const metroColour = (): ExpressionSpecification => ['to-color', ['get', 'colour'], theme.metro.fallback];

	const layers: LayerSpecification[] = [
		{
			id: 'base-background',
			type: 'background',
			paint: { 'background-color': theme.background }
		},
		{
			id: 'base-land',
			type: 'fill',
			source: BASE_SOURCES.city,
			// The city outline draws the edge; antialiasing it as well compiles a program more. By
			// feature: the program of the commitment areas.
			paint: { 'fill-color': byFeature(theme.land), 'fill-opacity': byFeature(1), 'fill-antialias': false }
		},
		{
			id: 'base-lakes',
			type: 'fill',
			source: BASE_SOURCES.lakes,
			// Not antialiased either: a program fewer, for a hardly visible stair-step on small lakes.
			paint: { 'fill-color': byFeature(theme.water.fill), 'fill-opacity': byFeature(1), 'fill-antialias': false }
		},
		{
			// Open outline fragments of lakes whose polygon could not be closed.
			id: 'base-lake-outlines',
			type: 'line',
			source: BASE_SOURCES.lakeOutlines,
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': byFeature(theme.water.line), 'line-width': lineWidth(theme.water.canalWidth) }
		},
		// Rivers, and tunnels and culverts hinted at only, as they run underground. Two layers
		// rather than an opacity by feature: one program fewer (see the top of this file).
		...(['base-rivers', 'base-river-tunnels'] as const).map(
			(id): LayerSpecification => ({
				id,
				type: 'line',
				source: BASE_SOURCES.rivers,
				filter: ['match', ['get', 'class_from_name'], ['tunnel', 'culvert'], id === 'base-river-tunnels', id === 'base-rivers'],
				layout: { 'line-join': 'round', 'line-cap': 'round' },
				paint: {
					'line-color': byFeature(theme.water.line),
					'line-width': byZoomAndProperty('class_from_name', { river: theme.water.riverWidth }, theme.water.canalWidth),
					'line-opacity': id === 'base-rivers' ? 1 : 0.4
				}
			})
		),
		{
			id: 'base-roads-casing',
			type: 'line',
			source: BASE_SOURCES.roads,
			minzoom: 9,
			layout: {
				'line-join': 'round',
				'line-cap': 'round',
				'line-sort-key': roadSortKey()
			},
			paint: {
				'line-color': byFeature(theme.roads.casing),
				'line-width': byZoomAndProperty('class', roadWidths, theme.roads.primaryWidth, 2 * theme.roads.casingWidth),
				'line-opacity': ['interpolate', ['linear'], ['zoom'], 9, 0, 11, 1]
			}
		},
		// Roads turn from fillLow to fill between z9 and z11 as two layers crossfading, not a colour by
		// zoom: every line colour here is by feature, so all solid lines share one program.
		...(['base-roads-low', 'base-roads'] as const).map(
			(id): LayerSpecification => ({
				id,
				type: 'line',
				source: BASE_SOURCES.roads,
				...(id === 'base-roads-low' ? { maxzoom: 11 } : { minzoom: 9 }),
				layout: {
					'line-join': 'round',
					'line-cap': 'round',
					'line-sort-key': roadSortKey()
				},
				paint: {
					'line-color': byFeature(id === 'base-roads-low' ? theme.roads.fillLow : theme.roads.fill),
					'line-width': byZoomAndProperty('class', roadWidths, theme.roads.primaryWidth),
					'line-opacity': ['interpolate', ['linear'], ['zoom'], 9, id === 'base-roads-low' ? 1 : 0, 11, id === 'base-roads-low' ? 0 : 1]
				}
			})
		),
		{
			id: 'base-district-boundaries',
			type: 'line',
			source: BASE_SOURCES.districts,
			layout: { 'line-join': 'round' },
			paint: { 'line-color': byFeature(theme.districts.line), 'line-width': lineWidth(theme.districts.width) }
		},
		{
			id: 'base-city-outline',
			type: 'line',
			source: BASE_SOURCES.city,
			layout: { 'line-join': 'round' },
			paint: { 'line-color': byFeature(theme.city.outline), 'line-width': lineWidth(theme.city.width) }
		},
		{
			id: 'base-metro-tracks',
			type: 'line',
			source: BASE_SOURCES.metroTracks,
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': metroColour(),
				// By zoom and by feature, as the commitment lines drawn over it: one program.
				'line-width': lineWidth(theme.metro.width),
				'line-opacity': byZoom(theme.metro.opacity)
			}
		},
		{
			id: 'base-metro-stations',
			type: 'circle',
			source: BASE_SOURCES.metroStations,
			minzoom: 12,
			paint: {
				'circle-color': theme.metro.stationFill,
				'circle-radius': byZoom(theme.metro.stationRadius),
				'circle-stroke-color': theme.metro.stationStroke,
				'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 12, 0.8, 16, 1.5],
				'circle-opacity': ['interpolate', ['linear'], ['zoom'], 12, 0, 12.5, 1],
				'circle-stroke-opacity': ['interpolate', ['linear'], ['zoom'], 12, 0, 12.5, 1]
			}
		},

		// ---- labels (all layers from here on; BASE_LAYER_BEFORE is the first) ----
		{
			id: 'base-river-labels',
			type: 'symbol',
			source: BASE_SOURCES.rivers,
			minzoom: 12,
			filter: [
				'all',
				['has', 'name'],
				['match', ['get', 'class_from_name'], ['river', 'canal'], true, false]
			],
			layout: {
				'symbol-placement': 'line',
				'symbol-spacing': 400,
				'text-field': ['get', 'name'],
				'text-font': regular,
				'text-size': ['interpolate', ['linear'], ['zoom'], 12, 11, 16, 13],
				'text-letter-spacing': 0.2,
				'text-max-angle': 30,
				'text-pitch-alignment': 'viewport'
			},
			paint: {
				'text-color': byFeature(theme.water.label),
				'text-halo-color': theme.water.labelHalo,
				'text-halo-width': 1.2
			}
		},
		{
			id: 'base-lake-labels',
			type: 'symbol',
			source: BASE_SOURCES.lakes,
			minzoom: 13,
			filter: ['has', 'name'],
			layout: {
				'text-field': ['get', 'name'],
				'text-font': regular,
				'text-size': 11,
				'text-max-width': 6,
				'text-padding': 4
			},
			paint: {
				'text-color': byFeature(theme.water.label),
				'text-halo-color': theme.water.labelHalo,
				'text-halo-width': 1.2
			}
		},
		{
			id: 'base-metro-line-labels',
			type: 'symbol',
			source: BASE_SOURCES.metroTracks,
			minzoom: 10,
			filter: ['has', 'ref'],
			layout: {
				// Anchored along the track but drawn level: CJK text that follows a steep line is
				// set vertically by MapLibre and looks jumbled at diagonal angles.
				'symbol-placement': 'line',
				'symbol-spacing': ['interpolate', ['linear'], ['zoom'], 10, 250, 14, 500],
				'text-rotation-alignment': 'viewport',
				'text-pitch-alignment': 'viewport',
				'text-field': metroLineLabel(),
				'text-font': bold,
				'text-size': ['interpolate', ['linear'], ['zoom'], 10, 10, 14, 12],
				'text-max-angle': 25,
				'text-padding': 8
			},
			paint: {
				'text-color': metroColour(),
				'text-halo-color': theme.metro.lineLabelHalo,
				'text-halo-width': 1.5
			}
		},
		{
			id: 'base-metro-station-labels',
			type: 'symbol',
			source: BASE_SOURCES.metroStations,
			minzoom: 13,
			filter: ['has', 'name'],
			layout: {
				'text-field': [
					'step',
					['zoom'],
					['get', 'name'],
					15,
					['format', ['get', 'name'], {}, '\n', {}, ['coalesce', ['get', 'name_en'], ''], { 'font-scale': 0.8 }]
				],
				'text-font': regular,
				'text-size': ['interpolate', ['linear'], ['zoom'], 13, 10.5, 16, 12.5],
				'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
				'text-radial-offset': 0.7,
				'text-justify': 'auto',
				'text-max-width': 8,
				'text-padding': 2
			},
			paint: {
				'text-color': byFeature(theme.metro.label),
				'text-halo-color': theme.metro.labelHalo,
				'text-halo-width': 1.2
			}
		},
		{
			id: DISTRICT_LABELS,
			type: 'symbol',
			source: BASE_SOURCES.districtLabels,
			maxzoom: 15,
			filter: ['has', 'name'],
			layout: {
				'symbol-placement': 'point',
				'text-field': districtLabel(data.lang ?? 'zh'),
				'text-font': regular,
				'text-size': byZoom(theme.districts.labelSize),
				'text-letter-spacing': 0.15,
				'text-max-width': 8,
				'text-padding': 4,
				// Beside a cluster's count rather than over it (the counts are placed first).
				'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
				'text-radial-offset': 1.2
			},
			paint: {
				'text-color': byFeature(theme.districts.label),
				'text-halo-color': theme.districts.labelHalo,
				'text-halo-width': 1.5,
				'text-opacity': ['interpolate', ['linear'], ['zoom'], 13, 1, 15, 0.6]
			}
		}
	];

	return {
		version: 8,
		name: 'Chengdu Policy Atlas basemap',
		glyphs: `${fonts}/{fontstack}/{range}.pbf`,
		sources,
		layers
	};
}

/**
 * The basemap with data sources and layers in it, placed as `map.addLayer(layer, before)` would
 * place them: fills before BASE_FILL_BEFORE, lines and circles before BASE_LAYER_BEFORE, and the
 * data's own labels (cluster counts) last, so that MapLibre places them first and the basemap's
 * labels make way for them. Data that is in the style from the start loads with the basemap,
 * rather than after its 'load'.
 */
export function withData(
	style: StyleSpecification,
	sources: Record<string, SourceSpecification>,
	layers: readonly LayerSpecification[]
): StyleSpecification {
	const out: LayerSpecification[] = [];
	for (const layer of style.layers) {
		if (layer.id === BASE_FILL_BEFORE) out.push(...layers.filter((l) => l.type === 'fill'));
		if (layer.id === BASE_LAYER_BEFORE) out.push(...layers.filter((l) => l.type !== 'fill' && l.type !== 'symbol'));
		out.push(layer);
	}
	out.push(...layers.filter((l) => l.type === 'symbol'));
	return { ...style, sources: { ...style.sources, ...sources }, layers: out };
}
