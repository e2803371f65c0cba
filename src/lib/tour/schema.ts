// Tours as data: a walkthrough of the map in chapters, each naming what it shows (commitments or
// places of the atlas) and how the camera frames it. The validator is pure and total: whatever a
// file holds, it returns either a tour or the list of what is wrong, each with its chapter and field.
import { BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../map/extent';

export const TOUR_FORMAT = 'atlas-tour';
export const TOUR_VERSION = 1;

/** Same shape as the ids the pipeline writes (and the URL hash accepts). */
export const TOUR_ID = /^[\w.:-]{1,80}$/;

export interface Text {
	zh: string;
	en: string;
}

/** Chinese narration is the norm; an English one is shown in the English UI when there is one. */
export interface Narration {
	zh: string;
	en?: string;
}

/** A fixed view of the map. */
export interface FixedCamera {
	center: [lng: number, lat: number];
	zoom: number;
	bearing?: number;
	pitch?: number;
}

/** "fit": frame the chapter's features (or places) in the part of the map the caption leaves free. */
export type ChapterCamera = 'fit' | FixedCamera;

export interface Chapter {
	title: Text;
	narration: Narration;
	/** Commitment ids (`001-c1832`: see Commitment): drawn as selected; the first one's sentence is quoted. */
	commitments: string[];
	/**
	 * Place ids. With commitments: which of their places to frame (a commitment may name several).
	 * Alone: the places to frame.
	 */
	places: string[];
	camera: ChapterCamera;
}

export interface Tour {
	format: typeof TOUR_FORMAT;
	version: typeof TOUR_VERSION;
	id: string;
	title: Text;
	summary?: Text;
	chapters: Chapter[];
}

export type Problem =
	| 'json'
	| 'object'
	| 'format'
	| 'version'
	| 'required'
	| 'text'
	| 'tooLong'
	| 'id'
	| 'idList'
	| 'chapters'
	| 'nothingToShow'
	| 'camera'
	| 'number';

export interface Issue {
	/** 1-based chapter number, or null for the tour as a whole. */
	chapter: number | null;
	/** The field inside the chapter (or tour), e.g. `title.en`, `camera.zoom`. */
	field: string;
	problem: Problem;
	/** What was found, shortened, when it helps (a bad id, a number out of range). */
	found?: string;
}

export type Validation = { ok: true; tour: Tour } | { ok: false; issues: Issue[] };

export const LIMITS = {
	chapters: 200,
	title: 120,
	narration: 600,
	ids: 50,
	zoom: [MIN_ZOOM, MAX_ZOOM],
	pitch: [0, 60],
	bearing: [-360, 360],
	lng: [BOUNDS.west, BOUNDS.east],
	lat: [BOUNDS.south, BOUNDS.north]
} as const;

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

function show(value: unknown): string {
	let s: string;
	try {
		s = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
	} catch {
		s = String(value);
	}
	return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

class Checker {
	issues: Issue[] = [];
	constructor(private chapter: number | null) {}

	add(field: string, problem: Problem, found?: unknown) {
		this.issues.push({
			chapter: this.chapter,
			field,
			problem,
			...(found === undefined ? {} : { found: show(found) })
		});
	}

	text(obj: Raw, key: string, field: string, max: number, required = true): string | undefined {
		const v = obj[key];
		if (v === undefined || v === null) {
			if (required) this.add(field, 'required');
			return undefined;
		}
		if (typeof v !== 'string' || (required && v.trim() === '')) {
			this.add(field, 'text', v);
			return undefined;
		}
		if (v.length > max) {
			this.add(field, 'tooLong', `${v.length} > ${max}`);
			return undefined;
		}
		return v.trim();
	}

	bilingual(obj: Raw, key: string, max: number): Text | undefined {
		const v = obj[key];
		if (!isObject(v)) {
			this.add(key, v === undefined ? 'required' : 'object', v);
			return undefined;
		}
		const zh = this.text(v, 'zh', `${key}.zh`, max);
		const en = this.text(v, 'en', `${key}.en`, max);
		return zh !== undefined && en !== undefined ? { zh, en } : undefined;
	}

	ids(obj: Raw, key: string): string[] | undefined {
		const v = obj[key];
		if (v === undefined) return [];
		if (!Array.isArray(v) || v.length > LIMITS.ids) {
			this.add(key, 'idList', v);
			return undefined;
		}
		const bad = v.findIndex((x) => typeof x !== 'string' || !TOUR_ID.test(x));
		if (bad >= 0) {
			this.add(`${key}[${bad}]`, 'id', v[bad]);
			return undefined;
		}
		return [...new Set(v as string[])];
	}

	number(obj: Raw, key: string, field: string, [min, max]: readonly [number, number], required: boolean) {
		const v = obj[key];
		if (v === undefined && !required) return undefined;
		if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
			this.add(field, v === undefined ? 'required' : 'number', v === undefined ? undefined : v);
			return null;
		}
		return v;
	}

	camera(v: unknown): ChapterCamera | undefined {
		if (v === undefined || v === 'fit') return 'fit';
		if (!isObject(v)) {
			this.add('camera', 'camera', v);
			return undefined;
		}
		const c = v.center;
		let center: [number, number] | undefined;
		if (!Array.isArray(c) || c.length !== 2) this.add('camera.center', 'camera', c);
		else {
			const pair = { lng: c[0], lat: c[1] };
			const lng = this.number(pair, 'lng', 'camera.center[0]', LIMITS.lng, true);
			const lat = this.number(pair, 'lat', 'camera.center[1]', LIMITS.lat, true);
			if (lng != null && lat != null) center = [lng, lat];
		}
		const zoom = this.number(v, 'zoom', 'camera.zoom', LIMITS.zoom, true);
		const bearing = this.number(v, 'bearing', 'camera.bearing', LIMITS.bearing, false);
		const pitch = this.number(v, 'pitch', 'camera.pitch', LIMITS.pitch, false);
		if (!center || zoom == null || bearing === null || pitch === null) return undefined;
		return {
			center,
			zoom,
			...(bearing === undefined ? {} : { bearing }),
			...(pitch === undefined ? {} : { pitch })
		};
	}
}

export function validateChapter(raw: unknown, n: number): { chapter?: Chapter; issues: Issue[] } {
	const check = new Checker(n);
	if (!isObject(raw)) {
		check.add('', 'object', raw);
		return { issues: check.issues };
	}
	const title = check.bilingual(raw, 'title', LIMITS.title);
	let narration: Narration | undefined;
	const nv = raw.narration;
	if (nv === undefined || nv === null) narration = { zh: '' };
	else if (typeof nv === 'string') {
		// A bare string is Chinese narration.
		const zh = check.text(raw, 'narration', 'narration', LIMITS.narration, false);
		if (zh !== undefined) narration = { zh };
	} else if (!isObject(nv)) check.add('narration', 'object', nv);
	else {
		const zh = check.text(nv, 'zh', 'narration.zh', LIMITS.narration, false) ?? '';
		const en = check.text(nv, 'en', 'narration.en', LIMITS.narration, false);
		if (check.issues.every((i) => !i.field.startsWith('narration'))) {
			narration = en ? { zh, en } : { zh };
		}
	}
	const commitments = check.ids(raw, 'commitments');
	const places = check.ids(raw, 'places');
	const camera = check.camera(raw.camera);
	if (commitments && places && camera === 'fit' && !commitments.length && !places.length) {
		check.add('commitments', 'nothingToShow');
	}
	if (check.issues.length || !title || !narration || !commitments || !places || !camera) {
		return { issues: check.issues };
	}
	return { chapter: { title, narration, commitments, places, camera }, issues: [] };
}

/**
 * Checks a parsed tour file; every problem is reported, not only the first. `allowEmpty` accepts a
 * tour without chapters (a tour being built).
 */
export function validateTour(raw: unknown, { allowEmpty = false } = {}): Validation {
	const check = new Checker(null);
	if (!isObject(raw)) {
		check.add('', 'object', raw);
		return { ok: false, issues: check.issues };
	}
	if (raw.format !== TOUR_FORMAT) check.add('format', 'format', raw.format);
	if (raw.version !== TOUR_VERSION) check.add('version', 'version', raw.version);
	const id = raw.id;
	if (typeof id !== 'string' || !TOUR_ID.test(id)) check.add('id', id === undefined ? 'required' : 'id', id);
	const title = check.bilingual(raw, 'title', LIMITS.title);
	const summary = raw.summary === undefined ? undefined : check.bilingual(raw, 'summary', LIMITS.narration);
	const issues = [...check.issues];
	const chapters: Chapter[] = [];
	if (
		!Array.isArray(raw.chapters) ||
		(raw.chapters.length === 0 && !allowEmpty) ||
		raw.chapters.length > LIMITS.chapters
	) {
		issues.push({
			chapter: null,
			field: 'chapters',
			problem: 'chapters',
			...(Array.isArray(raw.chapters) ? { found: String(raw.chapters.length) } : {})
		});
	} else {
		raw.chapters.forEach((c, i) => {
			const r = validateChapter(c, i + 1);
			if (r.chapter) chapters.push(r.chapter);
			issues.push(...r.issues);
		});
	}
	if (issues.length) return { ok: false, issues };
	return {
		ok: true,
		tour: {
			format: TOUR_FORMAT,
			version: TOUR_VERSION,
			id: id as string,
			title: title!,
			...(summary ? { summary } : {}),
			chapters
		}
	};
}

/** Parses and checks the text of a tour file (an import, a fetched file). */
export function parseTour(text: string): Validation {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (err) {
		return {
			ok: false,
			issues: [{ chapter: null, field: '', problem: 'json', found: show((err as Error).message) }]
		};
	}
	return validateTour(raw);
}
