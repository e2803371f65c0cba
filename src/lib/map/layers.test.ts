import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { noFilters } from '../view/filters';
import { layerFilter } from './filter';
import { CLUSTER_LAYER, FACETED, FEATURES, INTERACTIVE, layers, sources } from './layers';

const FONTS = ['Noto Sans Regular'];

function style(filters = noFilters()): StyleSpecification {
	return {
		version: 8,
		glyphs: '/fonts/{fontstack}/{range}.pbf',
		sources: sources(),
		layers: layers(FONTS).map((l) =>
			l.id in FACETED ? { ...l, filter: layerFilter(FACETED[l.id as keyof typeof FACETED], filters) } : l
		)
	};
}

describe('commitment layers', () => {
	it('form a valid MapLibre style, with and without facet filters', () => {
		expect(validateStyleMin(style())).toEqual([]);
		expect(
			validateStyleMin(style({ ...noFilters(), theme: ['ecology'], precision: ['district'] }))
		).toEqual([]);
	});

	it('include every interactive layer once, points on top of lines on top of polygons', () => {
		const ids = layers(FONTS).map((l) => l.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of [...INTERACTIVE, ...Object.keys(FACETED), CLUSTER_LAYER]) {
			expect(ids).toContain(id);
		}
		expect(ids.indexOf('point')).toBeGreaterThan(ids.indexOf('line'));
		expect(ids.indexOf('line')).toBeGreaterThan(ids.indexOf('fill'));
	});

	it('draw the faceted layers, and only those, from the unclustered source', () => {
		for (const layer of layers(FONTS)) {
			expect('source' in layer && layer.source === FEATURES).toBe(layer.id in FACETED);
		}
	});
});
