// Assembles the atlas files from analysed documents: pure, so the CLI writes them and tests
// inspect them without touching the disk.
import type { Feature, Geometry } from 'geojson';
import { simplify } from '@turf/turf';
import type { Gazetteer, GazetteerPlace } from '../geocode/gazetteer';
import type { Ingested } from '../text';
import type { Status, Theme } from '../types';
import type {
	AtlasFeatures,
	AtlasIndex,
	DataSource,
	DocumentFile,
	DocumentSummary,
	FeatureProps,
	GeometryKind,
	SkippedFile
} from './format';
import type { Analysis, Unlocated } from './records';
import { yearOf } from '../text/head';

export interface Analysed {
	ingested: Ingested;
	analysis: Analysis;
}

export interface Atlas {
	index: AtlasIndex;
	docs: DocumentFile[];
	features: AtlasFeatures;
}

export function geometryKind(geometry: Geometry): GeometryKind {
	switch (geometry.type) {
		case 'Point':
		case 'MultiPoint':
			return 'point';
		case 'LineString':
		case 'MultiLineString':
			return 'line';
		default:
			return 'polygon';
	}
}

/**
 * The geometry a place is drawn with. A place known only by its district is drawn as that
 * district's outline, never as a point that would look precise.
 */
export function drawnGeometry(place: GazetteerPlace, gazetteer: Gazetteer): Geometry {
	if (place.precision === 'district' && place.geometry.type === 'Point' && place.adcode) {
		const district = gazetteer.places.find((p) => p.kind === 'district' && p.adcode === place.adcode);
		if (district) return district.geometry;
	}
	return place.geometry;
}

/**
 * About 200 m, the scale of the DataV district outlines themselves (median segment ~450 m): many
 * features repeat a district's outline (54 commitments of 新都区), and full outlines tripled the
 * data the first render has to load.
 */
const OUTLINE_TOLERANCE = 0.002;

function lighter(geometry: Geometry): Geometry {
	if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return geometry;
	return simplify(geometry, { tolerance: OUTLINE_TOLERANCE, highQuality: true });
}

const SNIPPET = 40;

/** A commitment's words as lists and tooltips show them: its project's name first, if its sentence only says where. */
function clip(text: string): string {
	return text.length > SNIPPET ? text.slice(0, SNIPPET) + '…' : text;
}

/**
 * What the index and the map need of one analysed document: the index entry, the unlocated names
 * and each commitment as the map draws it. Small, so a long run can keep the digests of all its
 * documents and let go of the documents themselves one by one (see scripts/lib/run.ts).
 */
export interface Digest {
	entry: DocumentSummary;
	unlocated: Unlocated[];
	drawn: { id: string; places: string[]; theme: Theme; status: Status; target: number | null; snippet: string }[];
}

export function digest({ ingested, analysis }: Analysed): Digest {
	const { sections: _s, paragraphs, removed: _r, encoding: _e, ...meta } = ingested.document;
	return {
		entry: {
			...meta,
			paragraphs: paragraphs.length,
			mentions: analysis.mentions.length,
			commitments: analysis.commitments.length,
			warnings: ingested.warnings.length
		},
		unlocated: analysis.unlocated,
		drawn: analysis.commitments.map((c) => ({
			id: c.id,
			places: c.places,
			theme: c.theme,
			status: c.status,
			target: c.years[0] ?? null,
			snippet: clip(c.project ? `${c.project} · ${c.sentence}` : c.sentence)
		}))
	};
}

export function documentFile({ ingested, analysis }: Analysed): DocumentFile {
	const { document, warnings } = ingested;
	return { document, warnings, mentions: analysis.mentions, commitments: analysis.commitments, unlocated: analysis.unlocated };
}

/** The index and the map features of the documents digested, in their order. */
export function merge(
	digests: Digest[],
	gazetteer: Gazetteer,
	skipped: SkippedFile[],
	sources: DataSource[],
	generated: string
): Omit<Atlas, 'docs'> {
	const features: Feature<Geometry, FeatureProps>[] = [];
	const simplified = new Map<string, Geometry>();
	for (const { entry, drawn } of digests) {
		const year = yearOf(entry.date);
		for (const c of drawn) {
			for (const id of c.places) {
				const place = gazetteer.byId.get(id)!;
				let geometry = simplified.get(id);
				if (!geometry) simplified.set(id, (geometry = lighter(drawnGeometry(place, gazetteer))));
				const fid = features.length;
				features.push({
					type: 'Feature',
					id: fid,
					geometry,
					properties: {
						fid,
						commitment: c.id,
						place: id,
						name: place.name,
						kind: place.kind,
						geom: geometryKind(geometry),
						precision: place.precision,
						theme: c.theme,
						status: c.status,
						doc: entry.id,
						year,
						target: c.target,
						snippet: c.snippet
					}
				});
			}
		}
	}
	// A dataset only places come from is credited where a place drawn cites it.
	const cited = new Set([...simplified.keys()].flatMap((id) => gazetteer.byId.get(id)!.sources.map((s) => s.dataset)));
	const index: AtlasIndex = {
		generated,
		documents: digests.map((d) => d.entry),
		skipped,
		unlocated: digests.flatMap((d) => d.unlocated),
		sources: sources.filter((s) => s.basemap || cited.has(s.title))
	};
	return { index, features: { type: 'FeatureCollection', features } };
}

export function assemble(
	analysed: Analysed[],
	gazetteer: Gazetteer,
	skipped: SkippedFile[],
	sources: DataSource[],
	generated: string
): Atlas {
	return { ...merge(analysed.map(digest), gazetteer, skipped, sources, generated), docs: analysed.map(documentFile) };
}
