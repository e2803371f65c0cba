// The planner's rows and facets. One predicate (`rowMatches`) and one selection (`selectRows`)
// feed the map, the choropleth, the chart, the table and the exports, so they always show the
// same set; the counts beside each control are that predicate with the control's own facet(s)
// left out, as the map page's filter chips do.
import type { DocumentFile, FeatureProps, PlaceEntry } from '../atlas/format';
import type { Theme } from '../types';
import type { AtlasFeature } from '../view/catalog';
import { FACETS, matches, noFilters, type Facet, type Filters } from '../view/filters';

/** Facets the planner adds to the map page's: where, and when (document year, target year). */
export const EXTRA_FACETS = ['district', 'year', 'target'] as const;
export type ExtraFacet = (typeof EXTRA_FACETS)[number];
export type PlannerFacet = Facet | ExtraFacet;
export const PLANNER_FACETS: readonly PlannerFacet[] = [...FACETS, ...EXTRA_FACETS];

export type PlannerFilters = Filters & Record<ExtraFacet, string[]>;

/** The value of `year` or `target` for a feature without one. */
export const NONE = 'none';

export function noPlannerFilters(): PlannerFilters {
	return { ...noFilters(), district: [], year: [], target: [] };
}

export interface PlannerRow {
	fid: number;
	feature: AtlasFeature;
	props: FeatureProps;
	/** District ids, or [CITY] or [OUTSIDE] (see ./districts). */
	districts: readonly string[];
	docTitle: { zh: string; en: string };
	/** ISO date or year of the document. */
	date: string;
	/** Title of the section the sentence is in, '' for none. */
	section: string;
	sentence: string;
	/** Where the place's geometry comes from. */
	sources: readonly { dataset: string; licence: string }[];
}

/** The values a row has for a facet (several for `district`: a line may cross districts). */
export function valuesOf(row: PlannerRow, facet: PlannerFacet): readonly string[] {
	switch (facet) {
		case 'district':
			return row.districts;
		case 'year':
			return [row.props.year === null ? NONE : String(row.props.year)];
		case 'target':
			return [row.props.target === null ? NONE : String(row.props.target)];
		default:
			return [String(row.props[facet])];
	}
}

/**
 * Whether a row passes every facet but the skipped ones. The map page's facets go through its own
 * `matches`, so the two pages cannot drift apart.
 */
export function rowMatches(
	row: PlannerRow,
	filters: PlannerFilters,
	skip: readonly PlannerFacet[] = []
): boolean {
	const core = noFilters();
	for (const f of FACETS) core[f] = skip.includes(f) ? [] : filters[f];
	if (!matches(row.props, core)) return false;
	return EXTRA_FACETS.every((f) => {
		if (skip.includes(f) || filters[f].length === 0) return true;
		return valuesOf(row, f).some((v) => filters[f].includes(v));
	});
}

/** THE filtered set: what the map draws, the table lists and the exports write. */
export function selectRows(rows: readonly PlannerRow[], filters: PlannerFilters): PlannerRow[] {
	return rows.filter((r) => rowMatches(r, filters));
}

/** Per facet, how many rows each value would show under the other facets' selections. */
export function plannerCounts(
	rows: readonly PlannerRow[],
	filters: PlannerFilters
): Record<PlannerFacet, Map<string, number>> {
	const out = Object.fromEntries(PLANNER_FACETS.map((f) => [f, new Map<string, number>()]));
	for (const row of rows) {
		for (const facet of PLANNER_FACETS) {
			if (!rowMatches(row, filters, [facet])) continue;
			for (const v of valuesOf(row, facet)) out[facet].set(v, (out[facet].get(v) ?? 0) + 1);
		}
	}
	return out as Record<PlannerFacet, Map<string, number>>;
}

/**
 * The theme × district table of the chart: rows under every facet but theme and district (the
 * chart's own axes), counted once in each district a row lies in. The cells of the selected themes
 * and districts are exactly the selected set.
 */
export function crossCounts(
	rows: readonly PlannerRow[],
	filters: PlannerFilters
): Map<string, Map<Theme, number>> {
	const out = new Map<string, Map<Theme, number>>();
	for (const row of rows) {
		if (!rowMatches(row, filters, ['theme', 'district'])) continue;
		for (const d of row.districts) {
			let byTheme = out.get(d);
			if (!byTheme) out.set(d, (byTheme = new Map()));
			byTheme.set(row.props.theme, (byTheme.get(row.props.theme) ?? 0) + 1);
		}
	}
	return out;
}

/** Makes a facet select just this value, or nothing if it already selected just this value. */
export function onlyValue(f: PlannerFilters, facet: PlannerFacet, value: string): PlannerFilters {
	const cur = f[facet];
	return { ...f, [facet]: cur.length === 1 && cur[0] === value ? [] : [value] };
}

export function isPlannerFiltered(f: PlannerFilters): boolean {
	return PLANNER_FACETS.some((facet) => f[facet].length > 0);
}

/**
 * The values of a year facet in display order: every year from the first to the last present
 * (a timeline keeps the empty years), then NONE if some rows have no year.
 */
export function yearValues(rows: readonly PlannerRow[], facet: 'year' | 'target'): string[] {
	const years = rows.map((r) => r.props[facet]).filter((y): y is number => y !== null);
	const out: string[] = [];
	if (years.length) {
		const [lo, hi] = [Math.min(...years), Math.max(...years)];
		for (let y = lo; y <= hi; y++) out.push(String(y));
	}
	if (years.length < rows.length) out.push(NONE);
	return out;
}

/** Joins the features with their documents' sentences and sections and their places' sources. */
export function buildRows(
	features: readonly AtlasFeature[],
	docs: readonly DocumentFile[],
	places: ReadonlyMap<string, Pick<PlaceEntry, 'sources'>>,
	districtsOf: ReadonlyMap<number, readonly string[]>
): PlannerRow[] {
	const commitments = new Map(
		docs.flatMap((d) => d.commitments.map((c) => [c.id, { c, doc: d.document }] as const))
	);
	const sections = new Map(docs.flatMap((d) => d.document.sections.map((s) => [s.id, s.title])));
	const meta = new Map(docs.map((d) => [d.document.id, d.document]));
	return features.map((feature) => {
		const props = feature.properties;
		const found = commitments.get(props.commitment);
		const doc = found?.doc ?? meta.get(props.doc);
		return {
			fid: props.fid,
			feature,
			props,
			districts: districtsOf.get(props.fid) ?? [],
			docTitle: doc?.title ?? { zh: props.doc, en: props.doc },
			date: doc?.date ?? (props.year === null ? '' : String(props.year)),
			section: found?.c.section ? (sections.get(found.c.section) ?? '') : '',
			sentence: found?.c.sentence ?? props.snippet,
			sources: places.get(props.place)?.sources ?? []
		};
	});
}
