// Basemap themes: every colour, width and font stack the basemap style uses, and nothing else.
// `basemapStyle(data, theme)` in ./style.ts is a pure function of these values.
//
// The light theme is deliberately quiet (pale land, soft blue water, white roads, thin grey
// boundaries, muted labels) so that the colourful data layers drawn on top of it stand out.

/** A zoom → value table, e.g. `[[8, 0.5], [12, 2]]`, interpolated exponentially by the style. */
export type ZoomStops = readonly (readonly [zoom: number, value: number])[];

export interface BasemapTheme {
	/** Font stacks for `text-font`. Each one must exist as static/fonts/{stack}/ (see scripts/glyphs.ts). */
	fonts: {
		regular: readonly string[];
		bold: readonly string[];
	};
	/** Outside the city outline. */
	background: string;
	/** Inside the city outline. */
	land: string;
	city: { outline: string; width: ZoomStops };
	water: {
		fill: string;
		line: string;
		/** Width of rivers (class river) by zoom; canals and others use `canalWidth`. */
		riverWidth: ZoomStops;
		canalWidth: ZoomStops;
		label: string;
		labelHalo: string;
	};
	roads: {
		/** Road colour at low zoom (no casing yet) and at high zoom. */
		fillLow: string;
		fill: string;
		casing: string;
		motorwayWidth: ZoomStops;
		trunkWidth: ZoomStops;
		primaryWidth: ZoomStops;
		/** Casing width added on each side, in px. */
		casingWidth: number;
	};
	districts: {
		line: string;
		width: ZoomStops;
		label: string;
		labelHalo: string;
		labelSize: ZoomStops;
	};
	metro: {
		/** Track colour when a feature has no usable `colour`. */
		fallback: string;
		width: ZoomStops;
		opacity: ZoomStops;
		stationFill: string;
		stationStroke: string;
		stationRadius: ZoomStops;
		label: string;
		labelHalo: string;
		/** Halo of the line labels (`8号线`) drawn in the line's own colour. */
		lineLabelHalo: string;
	};
}

/** Alias of BasemapTheme (not to be confused with the policy `Theme` of $lib/types). */
export type Theme = BasemapTheme;

export const light: BasemapTheme = {
	fonts: {
		regular: ['Noto Sans Regular'],
		bold: ['Noto Sans Bold']
	},
	background: '#e3e1db',
	land: '#f7f6f2',
	city: {
		outline: '#9d978c',
		width: [
			[7, 0.8],
			[12, 1.6],
			[16, 2.4]
		]
	},
	water: {
		fill: '#cfe1ec',
		line: '#acccdf',
		riverWidth: [
			[8, 0.6],
			[11, 1.2],
			[14, 3],
			[17, 8]
		],
		canalWidth: [
			[8, 0.3],
			[11, 0.6],
			[14, 1.5],
			[17, 4]
		],
		label: '#5a7d94',
		labelHalo: '#f7f6f2'
	},
	roads: {
		fillLow: '#e2ded5',
		fill: '#ffffff',
		casing: '#d9d4ca',
		motorwayWidth: [
			[8, 0.7],
			[10, 1.3],
			[12, 2.4],
			[14, 4.5],
			[17, 12]
		],
		trunkWidth: [
			[8, 0.5],
			[10, 1],
			[12, 1.9],
			[14, 3.6],
			[17, 10]
		],
		primaryWidth: [
			[8, 0.3],
			[10, 0.6],
			[12, 1.3],
			[14, 2.8],
			[17, 8]
		],
		casingWidth: 0.75
	},
	districts: {
		line: '#bcb6ab',
		width: [
			[7, 0.5],
			[11, 0.9],
			[15, 1.6]
		],
		label: '#6f695f',
		labelHalo: '#f7f6f2',
		labelSize: [
			[7, 10],
			[10, 13],
			[13, 16]
		]
	},
	metro: {
		fallback: '#8a8f98',
		width: [
			[8, 0.8],
			[11, 1.4],
			[14, 2.8],
			[17, 5]
		],
		opacity: [
			[8, 0.45],
			[11, 0.65],
			[14, 0.9]
		],
		stationFill: '#ffffff',
		stationStroke: '#625d55',
		stationRadius: [
			[12, 2],
			[14, 3.5],
			[17, 6]
		],
		label: '#4f4b45',
		labelHalo: '#ffffff',
		lineLabelHalo: '#ffffff'
	}
};
