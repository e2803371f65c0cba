// The one colour scale for themes, shared by map layers, legend, source panel and reading view.
import { scaleOrdinal } from 'd3-scale';
import type { ExpressionSpecification } from 'maplibre-gl';
import { THEMES, type Theme } from '../types';

/** Okabe & Ito (2008): eight hues that stay distinct under the common colour-vision deficiencies. */
export const OKABE_ITO = [
	'#E69F00',
	'#56B4E9',
	'#009E73',
	'#F0E442',
	'#0072B2',
	'#D55E00',
	'#CC79A7',
	'#000000'
] as const;

// Chosen so that the hue carries a hint of meaning: green for ecology, blue for transport …
const ORDER: Record<Theme, (typeof OKABE_ITO)[number]> = {
	industry: '#E69F00',
	innovation: '#56B4E9',
	ecology: '#009E73',
	livelihood: '#F0E442',
	transport: '#0072B2',
	culture: '#D55E00',
	consumption: '#CC79A7',
	governance: '#000000'
};

export const themeColor = scaleOrdinal<Theme, string>()
	.domain(THEMES)
	.range(THEMES.map((t) => ORDER[t]));

/** For mentions that belong to no commitment. */
export const NEUTRAL = '#8a8f98';

/** MapLibre expression giving a feature's theme colour from its `theme` property. */
// (MapLibre's type for `match` cannot express a spread of label/value pairs, hence the cast.)
export function themeColorExpression(): ExpressionSpecification {
	return [
		'match',
		['get', 'theme'],
		...THEMES.flatMap((t) => [t, themeColor(t)]),
		NEUTRAL
	] as unknown as ExpressionSpecification;
}
