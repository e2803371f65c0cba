// Assembles the atlas files from analysed documents: pure, so the CLI writes them and tests
// inspect them without touching the disk.
import type { Feature, Geometry } from 'geojson';
import { simplify } from '@turf/turf';
import type { Gazetteer, GazetteerPlace } from '../geocode/gazetteer';
import type { Ingested } from '../text';
import type {
	AtlasFeatures,
	AtlasIndex,
	DataSource,
	DocumentFile,
	FeatureProps,
	GeometryKind
} from './format';
import { yearOf, type Analysis } from './records';

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

export function assemble(
	analysed: Analysed[],
	gazetteer: Gazetteer,
	problems: string[],
	sources: DataSource[],
	generated: string
): Atlas {
	const features: Feature<Geometry, FeatureProps>[] = [];
	const simplified = new Map<string, Geometry>();
	for (const { ingested, analysis } of analysed) {
		const doc = ingested.document;
		for (const c of analysis.commitments) {
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
						doc: doc.id,
						year: yearOf(doc.date),
						target: c.years[0] ?? null,
						snippet: c.sentence.length > SNIPPET ? c.sentence.slice(0, SNIPPET) + '…' : c.sentence
					}
				});
			}
		}
	}
	const index: AtlasIndex = {
		generated,
		documents: analysed.map(({ ingested, analysis }) => {
			const { sections: _s, paragraphs, removed: _r, encoding: _e, ...meta } = ingested.document;
			return {
				...meta,
				paragraphs: paragraphs.length,
				mentions: analysis.mentions.length,
				commitments: analysis.commitments.length
			};
		}),
		problems,
		unlocated: analysed.flatMap(({ analysis }) => analysis.unlocated),
		sources
	};
	const docs = analysed.map(({ ingested, analysis }) => ({
		document: ingested.document,
		mentions: analysis.mentions,
		commitments: analysis.commitments
	}));
	return { index, docs, features: { type: 'FeatureCollection', features } };
}
