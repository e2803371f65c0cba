// Faceted filtering of map features: one predicate shared by the map, the counts and the list.
import { THEMES } from '../types';
import type { FeatureProps } from '../atlas/format';

export const FACETS = ['theme', 'doc', 'status', 'geom', 'precision'] as const;
export type Facet = (typeof FACETS)[number];

/** Selected values per facet; an empty list means the facet does not restrict. */
export type Filters = Record<Facet, string[]>;

/** The values a facet can take, in display order; `doc` values come from the atlas index. */
export const FIXED_VALUES: Record<Exclude<Facet, 'doc'>, readonly string[]> = {
	theme: THEMES,
	status: ['planned', 'reported', 'glossary'],
	geom: ['point', 'line', 'polygon'],
	precision: ['exact', 'area', 'approximate', 'district']
};

export function noFilters(): Filters {
	return { theme: [], doc: [], status: [], geom: [], precision: [] };
}

export function isFiltered(filters: Filters): boolean {
	return FACETS.some((f) => filters[f].length > 0);
}

/** Whether a feature passes every facet, except `skip` (used for that facet's own counts). */
export function matches(props: FeatureProps, filters: Filters, skip?: Facet): boolean {
	return FACETS.every(
		(f) => f === skip || filters[f].length === 0 || filters[f].includes(String(props[f]))
	);
}

/**
 * How many features each value of each facet would show: counted under the other facets'
 * selections, so choosing a theme does not zero the counts of the other themes.
 */
export function facetCounts(
	features: readonly FeatureProps[],
	filters: Filters
): Record<Facet, Map<string, number>> {
	const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<
		Facet,
		Map<string, number>
	>;
	for (const props of features) {
		for (const facet of FACETS) {
			if (!matches(props, filters, facet)) continue;
			const value = String(props[facet]);
			counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
		}
	}
	return counts;
}

/** Adds or removes one value of one facet (of the map page's filters or the planner's). */
export function toggle<F extends Record<K, string[]>, K extends keyof F>(filters: F, facet: K, value: string): F {
	const current = filters[facet];
	const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
	return { ...filters, [facet]: next };
}
