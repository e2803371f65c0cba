// The files `atlas build` writes to static/atlas/ and the app loads: one definition for both sides.
import type { FeatureCollection, Geometry } from 'geojson';
import type { InputProblem } from '../text/errors';
import type { Unlocated } from './records';
import type {
	Commitment,
	Document,
	DocumentMeta,
	InputWarning,
	Mention,
	PlaceKind,
	Precision,
	Status,
	Theme
} from '../types';

export const ATLAS_FILES = {
	index: 'index.json',
	features: 'commitments.geojson',
	places: 'places.json',
	doc: (id: string) => `docs/${id}.json`,
	/** Basemap layers copied from geo/ (see src/lib/map/style.ts). */
	geo: 'geo'
} as const;

export interface DocumentSummary extends DocumentMeta {
	paragraphs: number;
	mentions: number;
	commitments: number;
	/** How many warnings its file was read with (the document's file lists them). */
	warnings: number;
}

/** An input file that could not be read, and why: it is in no document, so the index names it. */
export interface SkippedFile {
	/** As the build was given it: seeds/x.txt. */
	file: string;
	problem: InputProblem;
	detail: string | null;
}

export interface DataSource {
	id: string;
	title: string;
	licence: string;
	attribution: string;
	/** Whether the basemap draws from it (else only places do, and it is credited where a drawn place cites it). */
	basemap: boolean;
}

export interface AtlasIndex {
	generated: string;
	documents: DocumentSummary[];
	/** The input files that could not be read. */
	skipped: SkippedFile[];
	/** Names found in the texts that the gazetteer does not locate, with where they occur. */
	unlocated: Unlocated[];
	sources: DataSource[];
}

export interface DocumentFile {
	document: Document;
	/** What a reader should know about the input file (HTML in it, mojibake, no Chinese). */
	warnings: InputWarning[];
	mentions: Mention[];
	commitments: Commitment[];
	/** Place names of the text that the map cannot show, in text order. */
	unlocated: Unlocated[];
}

export type GeometryKind = 'point' | 'line' | 'polygon';

/** Properties of one map feature: a commitment drawn at one of its places. */
export interface FeatureProps {
	/** Numeric feature id (also the GeoJSON feature id, for MapLibre feature-state). */
	fid: number;
	commitment: string;
	place: string;
	name: string;
	kind: PlaceKind;
	geom: GeometryKind;
	precision: Precision;
	theme: Theme;
	status: Status;
	doc: string;
	/** Year of the document (for the timeline facet). */
	year: number | null;
	/** First target year stated in the sentence, if any. */
	target: number | null;
	/** The first words of the sentence, for tooltips. */
	snippet: string;
}

export type AtlasFeatures = FeatureCollection<Geometry, FeatureProps>;

/** A gazetteer entry as the search box needs it: no full geometry, a representative point. */
export interface PlaceEntry {
	id: string;
	name: string;
	aliases: string[];
	kind: PlaceKind;
	adcode: string | null;
	district: string | null;
	precision: Precision;
	center: [number, number];
	bbox: [number, number, number, number];
	/** Toneless pinyin of the name and aliases, joined and spaced forms (chunxilu, chun xi lu). */
	pinyin: string[];
	note?: string;
	sources: { dataset: string; licence: string }[];
}
