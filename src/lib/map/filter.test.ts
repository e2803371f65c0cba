import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { ExpressionSpecification } from 'maplibre-gl';
import { THEMES } from '../types';
import { FACETS, FIXED_VALUES, matches, noFilters, type Filters } from '../view/filters';
import { props } from '../view/fixture';
import { facetClauses, layerFilter } from './filter';

const ALL: ExpressionSpecification = ['boolean', true];
const DOCS = ['000', '001', '002'];
const values = (f: (typeof FACETS)[number]) => (f === 'doc' ? DOCS : FIXED_VALUES[f]);

function evaluate(filter: ReturnType<typeof layerFilter>, p: ReturnType<typeof props>) {
	const compiled = featureFilter(filter, 'filter');
	return compiled.filter({ zoom: 10 }, { type: 1, properties: { ...p }, geometry: [] } as never);
}

describe('layerFilter', () => {
	it('adds no clause when nothing is selected', () => {
		expect(facetClauses(noFilters())).toEqual([]);
		expect(layerFilter(ALL, noFilters())).toEqual(['all', ALL]);
	});

	it('is a valid MapLibre filter that agrees with the predicate used by counts and list', () => {
		const filters = fc.record(
			Object.fromEntries(FACETS.map((f) => [f, fc.subarray([...values(f)])])) as {
				[K in keyof Filters]: fc.Arbitrary<string[]>;
			}
		);
		const feature = fc.record({
			theme: fc.constantFrom(...THEMES),
			doc: fc.constantFrom(...DOCS),
			status: fc.constantFrom('planned', 'reported', 'glossary'),
			geom: fc.constantFrom('point', 'line', 'polygon'),
			precision: fc.constantFrom('exact', 'area', 'approximate', 'district')
		});
		fc.assert(
			fc.property(filters, feature, (f, over) => {
				const p = props(over as never);
				expect(evaluate(layerFilter(ALL, f), p)).toBe(matches(p, f));
			})
		);
	});

	it('keeps the layer base condition', () => {
		const base: ExpressionSpecification = ['==', ['get', 'geom'], 'polygon'];
		expect(evaluate(layerFilter(base, noFilters()), props())).toBe(false);
	});
});
