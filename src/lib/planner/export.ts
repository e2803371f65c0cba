// What the planner exports: the filtered set as CSV (the table's columns and cell texts, in the
// table's order) and as GeoJSON (geometry plus the sentence, its document and section, theme,
// status, precision and the sources of the place's geometry).
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Lang, Messages } from '../i18n/messages';
import type { Precision, Status, Theme } from '../types';
import { toCsv } from './csv';
import type { PlannerRow } from './model';
import { COLUMNS, cellText, type DistrictNames } from './table';

/** Columns the CSV adds after the table's: stable ids, for joining with other data. */
export const ID_COLUMNS = ['commitment_id', 'place_id', 'doc_id'] as const;

export function csvRecords(
	rows: readonly PlannerRow[],
	lang: Lang,
	t: Messages,
	names: DistrictNames
): string[][] {
	const header = [...COLUMNS.map((c) => t.planner.table.columns[c]), ...ID_COLUMNS];
	return [
		header,
		...rows.map((r) => [
			...COLUMNS.map((c) => cellText(r, c, lang, t, names)),
			r.props.commitment,
			r.props.place,
			r.props.doc
		])
	];
}

export function exportCsv(
	rows: readonly PlannerRow[],
	lang: Lang,
	t: Messages,
	names: DistrictNames
): string {
	return toCsv(csvRecords(rows, lang, t, names));
}

export interface ExportProps {
	fid: number;
	commitment: string;
	sentence: string;
	document: string;
	document_title: { zh: string; en: string };
	date: string;
	section: string | null;
	place: string;
	place_name: string;
	districts: string[];
	theme: Theme;
	status: Status;
	precision: Precision;
	year: number | null;
	target: number | null;
	/** Where the place's geometry comes from, with its licence. */
	sources: { dataset: string; licence: string }[];
}

export type ExportCollection = FeatureCollection<Geometry, ExportProps>;

/** The filtered set as a GeoJSON FeatureCollection (WGS-84, as the atlas draws it). */
export function exportGeojson(rows: readonly PlannerRow[]): ExportCollection {
	return {
		type: 'FeatureCollection',
		features: rows.map(
			(r): Feature<Geometry, ExportProps> => ({
				type: 'Feature',
				id: r.fid,
				geometry: r.feature.geometry,
				properties: {
					fid: r.fid,
					commitment: r.props.commitment,
					sentence: r.sentence,
					document: r.props.doc,
					document_title: { ...r.docTitle },
					date: r.date,
					section: r.section || null,
					place: r.props.place,
					place_name: r.props.name,
					districts: [...r.districts],
					theme: r.props.theme,
					status: r.props.status,
					precision: r.props.precision,
					year: r.props.year,
					target: r.props.target,
					sources: r.sources.map((s) => ({ dataset: s.dataset, licence: s.licence }))
				}
			})
		)
	};
}

/** A file name for an export: `chengdu-planner-<yyyy-mm-dd>-<n>.<ext>`. */
export function exportName(ext: string, count: number, now = new Date()): string {
	const day = now.toISOString().slice(0, 10);
	return `chengdu-planner-${day}-${count}.${ext}`;
}
