// A valid tour meets the atlas: each chapter becomes a stop with the features it draws and the box
// it frames. A chapter that names a commitment or place the atlas no longer has (rebuilt from other
// seeds, a tour written for another atlas) is skipped and reported, never a crash.
import { boundsOf, union, type AtlasFeature, type Bounds, type Catalog } from '../view/catalog';
import type { Chapter, ChapterCamera, Tour } from './schema';

/** What the tour needs of the atlas: the catalog's lookups and the gazetteer's place boxes. */
export interface AtlasLookup {
	byCommitment: Catalog['byCommitment'];
	byPlace: Catalog['byPlace'];
	/** Place boxes from places.json, for places that no commitment is drawn at. Optional. */
	placeBox?: (id: string) => Bounds | undefined;
}

export interface Stop {
	/** 1-based number of the chapter in the tour file (stops are numbered after skipping). */
	chapter: number;
	title: Chapter['title'];
	narration: Chapter['narration'];
	camera: ChapterCamera;
	/** Commitment whose sentence the caption quotes, if any. */
	quote: string | null;
	/** Features drawn as selected during the stop. */
	features: AtlasFeature[];
	/** The box a "fit" camera frames (null when nothing has a geometry, e.g. a fixed camera only). */
	frame: Bounds | null;
}

export interface Skipped {
	chapter: number;
	title: Chapter['title'];
	missing: string[];
}

export interface Resolved {
	stops: Stop[];
	skipped: Skipped[];
}

function resolveChapter(chapter: Chapter, n: number, atlas: AtlasLookup): Stop | Skipped {
	const missing: string[] = [];
	const features: AtlasFeature[] = [];
	for (const id of chapter.commitments) {
		const found = atlas.byCommitment.get(id);
		if (found?.length) features.push(...found);
		else missing.push(id);
	}
	const boxes: Bounds[] = [];
	for (const id of chapter.places) {
		const own = features.filter((f) => f.properties.place === id);
		const here = own.length ? own : chapter.commitments.length ? [] : (atlas.byPlace.get(id) ?? []);
		if (!chapter.commitments.length) features.push(...here);
		const box = boundsOf(here) ?? atlas.placeBox?.(id) ?? null;
		if (box) boxes.push(box);
		else missing.push(id);
	}
	if (missing.length) return { chapter: n, title: chapter.title, missing };
	const frame = chapter.places.length ? union(boxes) : boundsOf(features);
	return {
		chapter: n,
		title: chapter.title,
		narration: chapter.narration,
		camera: chapter.camera,
		quote: chapter.commitments[0] ?? null,
		features,
		frame
	};
}

export function resolveTour(tour: Tour, atlas: AtlasLookup): Resolved {
	const out: Resolved = { stops: [], skipped: [] };
	tour.chapters.forEach((chapter, i) => {
		const r = resolveChapter(chapter, i + 1, atlas);
		if ('missing' in r) out.skipped.push(r);
		else out.stops.push(r);
	});
	return out;
}

/** Centre of a box, as the map's centre after framing it. */
export function centreOf([w, s, e, n]: Bounds): [number, number] {
	// The map frames in Web Mercator, where the middle latitude is not the mean of the two.
	const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
	const lat = (v: number) => (Math.atan(Math.exp(v)) - Math.PI / 4) * (360 / Math.PI);
	return [(w + e) / 2, lat((y(s) + y(n)) / 2)];
}
