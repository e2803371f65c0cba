// Turns the UI's facet selections into MapLibre filter expressions for the commitment layers.
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { FACETS, type Filters } from '../view/filters';

/** The clauses for the selected facets, one `in` test per restricted facet. */
export function facetClauses(filters: Filters): ExpressionSpecification[] {
	return FACETS.filter((f) => filters[f].length > 0).map(
		(f) =>
			['in', ['to-string', ['get', f]], ['literal', [...filters[f]]]] as ExpressionSpecification
	);
}

/** A layer's own filter (geometry kind, precision …) combined with the facet selections. */
export function layerFilter(base: ExpressionSpecification, filters: Filters): FilterSpecification {
	return ['all', base, ...facetClauses(filters)];
}
