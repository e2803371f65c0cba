// The atlas data model, defined once: the pipeline writes these shapes and the app reads them.
// Offsets named `start`/`end` are always UTF-16 offsets into the original decoded text of a file
// (after the BOM), so any record can point at the exact characters of its source.
import type { Geometry } from 'geojson';

export type PlaceKind =
	| 'district'
	| 'area'
	| 'landmark'
	| 'line'
	| 'hub'
	| 'mountain'
	| 'river'
	| 'outside';

/** How far a place's geometry can be trusted. `approximate` and `district` are drawn differently. */
export type Precision = 'exact' | 'area' | 'approximate' | 'district';
/** Whether a place so located is shown only roughly: near it (approximate) or at its district. */
export const isRough = (p: Precision): boolean => p === 'approximate' || p === 'district';

export type Theme =
	| 'industry'
	| 'transport'
	| 'ecology'
	| 'culture'
	| 'livelihood'
	| 'innovation'
	| 'consumption'
	| 'governance';

export const THEMES: readonly Theme[] = [
	'industry',
	'transport',
	'ecology',
	'culture',
	'livelihood',
	'innovation',
	'consumption',
	'governance'
];

/** planned: a promise for the future; reported: last year's work; glossary: an explanatory note. */
export type Status = 'planned' | 'reported' | 'glossary';

export interface SourceRef {
	dataset: string;
	licence: string;
	note?: string;
}

export interface Place {
	id: string;
	/** Canonical Simplified name. */
	name: string;
	aliases: string[];
	kind: PlaceKind;
	geometry: Geometry;
	/** Administrative code of the district the place lies in (null for cross-district or outside). */
	adcode: string | null;
	precision: Precision;
	sources: SourceRef[];
	/** Why the geometry is what it is, in plain words (e.g. "shown at 金堂县: no outline published"). */
	note?: string;
}

export interface DocumentMeta {
	id: string;
	file: string;
	title: { zh: string; en: string };
	/** ISO date, or the year alone when only that is known. */
	date: string;
	publisher: string;
	kind: string;
	/** Place id of the default scope, or 'city'; left blank, ingest reads it from the title. */
	scope: string;
}

export interface Section {
	id: string;
	doc: string;
	title: string;
	/** Place id or 'city': inherited by the section's paragraphs. */
	scope: string;
	status: Status;
	line: number;
	start: number;
	end: number;
}

export interface Paragraph {
	/** Stable: `<doc>-p<n>`, n counting from 1 in reading order. */
	id: string;
	doc: string;
	section: string | null;
	scope: string;
	/** 1-based line of the original file where the paragraph starts. */
	line: number;
	start: number;
	end: number;
	/** Normalized text (Simplified, no pinyin annotations, look-alikes folded, broken lines rejoined). */
	text: string;
}

export type RemovedReason =
	| 'login'
	| 'breadcrumb'
	| 'counter'
	| 'comment-form'
	| 'copyright'
	| 'icp'
	| 'footer'
	| 'share'
	| 'navigation'
	| 'advert'
	| 'page-number'
	| 'running-head'
	| 'contents'
	| 'markdown'
	| 'markup'
	| 'pinyin';

/**
 * Something a reader should know about an input that was read all the same: HTML in it (its
 * markup set aside), mojibake (UTF-8 once read as Windows-1252 and saved again), no Chinese, no
 * text at all outside what was set aside, or Japanese (Shift-JIS).
 */
export type InputWarning =
	| { kind: 'markup'; line: number; sample: string }
	| { kind: 'mojibake'; sample: string }
	| { kind: 'no-chinese'; paragraphs: number }
	| { kind: 'no-text' }
	| { kind: 'japanese' };

/** A piece of the original that is not part of any paragraph, kept so that nothing is lost. */
export interface Removed {
	doc: string;
	line: number;
	start: number;
	end: number;
	/** Original text of the piece. */
	text: string;
	reason: RemovedReason;
}

export interface Mention {
	id: string;
	/** File name of the document, per the extract contract. */
	doc: string;
	paragraph: string;
	line: number;
	start: number;
	end: number;
	/** Offsets within `Paragraph.text`, for highlighting in the reading view. */
	at: [number, number];
	surface: string;
	place: string;
	name: string;
	kind: PlaceKind;
	lng: number;
	lat: number;
	precision: Precision;
	commitment: string | null;
	theme: Theme | null;
	status: Status;
}

export interface Commitment {
	/**
	 * `001-c1832`: the document's id and where the sentence starts in its original text (`-2` for the second commitment of
	 * one sentence), so that a link or a tour that names it holds when the rules find more or fewer commitments elsewhere.
	 */
	id: string;
	doc: string;
	paragraph: string;
	section: string | null;
	line: number;
	start: number;
	end: number;
	/** Offsets of the sentence within `Paragraph.text`. */
	at: [number, number];
	sentence: string;
	/** The commitment verb phrase, e.g. 加快建设. */
	verb: string;
	theme: Theme;
	status: Status;
	places: string[];
	/** Target years stated in the sentence (2025, 2035 …). */
	years: number[];
	/** Figures as written (千亿级, 630亿元 …). */
	figures: string[];
	/**
	 * The project a numbered heading names, where the sentence is its 建设地点 and the name alone placed it nowhere
	 * (驿都大道东延线工程 for 建设地点：龙泉驿区龙泉街道、东安街道): the sentence says where, the name says what.
	 */
	project?: string;
}

/** A document as ingested: its meta plus every paragraph and every removed piece. */
export interface Document extends DocumentMeta {
	encoding: string;
	sections: Section[];
	paragraphs: Paragraph[];
	removed: Removed[];
}
