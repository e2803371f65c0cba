// The table's columns, the text of each cell (the CSV export writes the very same strings), and
// sorting. One row per map feature: a commitment at one of its places.
import type { Lang, Messages } from '../i18n/messages';
import { formatDate, formatList } from '../view/format';
import { CITY, OUTSIDE } from './districts';
import type { PlannerRow } from './model';

export const COLUMNS = [
	'doc',
	'date',
	'section',
	'place',
	'district',
	'theme',
	'status',
	'precision',
	'sentence'
] as const;
export type Column = (typeof COLUMNS)[number];

export type SortDir = 'asc' | 'desc';
export interface Sort {
	column: Column;
	dir: SortDir;
}

/** Names of the districts by id, in both languages. */
export type DistrictNames = ReadonlyMap<string, { zh: string; en: string }>;

/** A district id's name, pseudo-districts included. */
export function districtName(id: string, names: DistrictNames, lang: Lang, t: Messages): string {
	if (id === CITY) return t.planner.city;
	if (id === OUTSIDE) return t.planner.outside;
	return names.get(id)?.[lang] ?? id;
}

/** The text of one cell, as the table shows it and the CSV writes it. */
export function cellText(
	row: PlannerRow,
	column: Column,
	lang: Lang,
	t: Messages,
	names: DistrictNames
): string {
	const p = row.props;
	switch (column) {
		case 'doc':
			return row.docTitle[lang];
		case 'date':
			return row.date ? formatDate(row.date, lang) : '';
		case 'section':
			return row.section;
		case 'place':
			return p.name;
		case 'district':
			return formatList(
				row.districts.map((d) => districtName(d, names, lang, t)),
				lang
			);
		case 'theme':
			return t.theme[p.theme];
		case 'status':
			return t.status[p.status];
		case 'precision':
			return t.precision[p.precision];
		case 'sentence':
			return row.sentence;
	}
}

const collator = (lang: Lang) => new Intl.Collator(lang === 'zh' ? 'zh' : 'en', { numeric: true });

/** Rows in a column's order; ties keep the input's order (the catalog's reading order). */
export function sortRows(
	rows: readonly PlannerRow[],
	sort: Sort | null,
	lang: Lang,
	t: Messages,
	names: DistrictNames
): PlannerRow[] {
	if (!sort) return [...rows];
	const { column, dir } = sort;
	const cmp = collator(lang);
	// Dates sort by their ISO form, not their display; the rest by what the cell shows.
	const key = (r: PlannerRow) =>
		column === 'date' ? r.date : cellText(r, column, lang, t, names);
	const keyed = rows.map((r, i) => ({ r, i, k: key(r) }));
	keyed.sort((a, b) => {
		const c = cmp.compare(a.k, b.k);
		return (dir === 'asc' ? c : -c) || a.i - b.i;
	});
	return keyed.map((x) => x.r);
}

/** The next sort when a column's header is clicked: ascending, then descending, then ascending. */
export function nextSort(current: Sort | null, column: Column): Sort {
	return current?.column === column && current.dir === 'asc'
		? { column, dir: 'desc' }
		: { column, dir: 'asc' };
}

export interface Page {
	rows: PlannerRow[];
	/** 0-based page shown (clamped), number of pages (at least 1), 1-based first and last row. */
	page: number;
	pages: number;
	from: number;
	to: number;
}

export function pageOf(rows: readonly PlannerRow[], page: number, size: number): Page {
	const pages = Math.max(1, Math.ceil(rows.length / size));
	const p = Math.min(Math.max(0, page), pages - 1);
	const slice = rows.slice(p * size, (p + 1) * size);
	return {
		rows: slice,
		page: p,
		pages,
		from: slice.length ? p * size + 1 : 0,
		to: p * size + slice.length
	};
}
