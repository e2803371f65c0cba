// The planner's state in the URL hash: the map page's keys (camera, selection, facets — read and
// written by its own parseHash/serializeHash) plus the planner's facets and map options, e.g.
// `/planner#theme=ecology&district=jinjiang,wuhou&year=2024&target=none&metric=density`.
import { emptyState, hashPairs, parseHash, serializeHash, type ViewState } from '../view/hash';
import { EXTRA_FACETS, NONE, noPlannerFilters, type ExtraFacet, type PlannerFilters } from './model';

export const METRICS = ['count', 'density'] as const;
/** What the choropleth shows: commitments per district, or per 100 km² of it. */
export type Metric = (typeof METRICS)[number];

export interface PlannerState extends ViewState {
	filters: PlannerFilters;
	metric: Metric;
}

export function emptyPlannerState(): PlannerState {
	return { ...emptyState(), filters: noPlannerFilters(), metric: 'count' };
}

const VALID: Record<ExtraFacet, RegExp> = {
	// District ids are ASCII words (the pinyin of the name), as are the pseudo-districts.
	district: /^[a-z][a-z0-9_-]{0,40}$/,
	year: new RegExp(`^(\\d{4}|${NONE})$`),
	target: new RegExp(`^(\\d{4}|${NONE})$`)
};

/** Reads a hash (with or without `#`); unknown keys and malformed values are ignored. */
export function parsePlannerHash(hash: string): PlannerState {
	const base = parseHash(hash);
	const state: PlannerState = {
		...base,
		filters: { ...noPlannerFilters(), ...base.filters },
		metric: 'count'
	};
	for (const [key, value] of hashPairs(hash)) {
		if ((EXTRA_FACETS as readonly string[]).includes(key)) {
			const facet = key as ExtraFacet;
			state.filters[facet] = [...new Set(value.split(',').filter((v) => VALID[facet].test(v)))];
		} else if (key === 'metric' && (METRICS as readonly string[]).includes(value)) {
			state.metric = value as Metric;
		}
	}
	return state;
}

/** Writes the hash without `#`: the map page's keys first, then the planner's; empty parts left out. */
export function serializePlannerHash(state: PlannerState): string {
	const parts = [serializeHash(state)].filter(Boolean);
	for (const facet of EXTRA_FACETS) {
		const values = state.filters[facet];
		if (values.length) parts.push(`${facet}=${values.map(encodeURIComponent).join(',')}`);
	}
	if (state.metric !== 'count') parts.push(`metric=${state.metric}`);
	return parts.join('&');
}
