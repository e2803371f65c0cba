// The built-in tours, chosen from the atlas by rules (`npm run tours` writes them to static/tours/).
// The rules pick the stops; titles and narration are then written by hand in the files, and a
// later run keeps what was written for every stop it picks again (see mergeEdits).
import type { DocumentFile, PlaceEntry } from '../atlas/format';
import type { Commitment, DocumentMeta } from '../types';
import { TOUR_FORMAT, TOUR_VERSION, type Chapter, type Text, type Tour } from './schema';

export type PlaceInfo = Pick<PlaceEntry, 'name' | 'kind' | 'precision' | 'pinyin'>;

export interface AtlasData {
	documents: DocumentFile[];
	places: ReadonlyMap<string, PlaceInfo>;
}

/**
 * How precisely a place pins a commitment down: a whole district says little, a park or a line
 * says where. Places outside the municipality are context, not the subject.
 */
function specificity(place: PlaceInfo | undefined): number {
	if (!place || place.kind === 'district') return 0;
	if (place.kind === 'outside') return 0.3;
	switch (place.precision) {
		case 'district':
			return 0.25;
		case 'approximate':
			return 0.6;
		default:
			return 1;
	}
}

/** The places of a commitment that say where it is (not merely which district). */
function specificPlaces(c: Commitment, places: AtlasData['places']): string[] {
	return c.places.filter((id) => specificity(places.get(id)) >= 0.5);
}

/**
 * The places of a commitment other than whole districts. Places inside a district are often known
 * only by it (drawn as its outline), yet a district's own texts are about them.
 */
function namedPlaces(c: Commitment, places: AtlasData['places']): string[] {
	return c.places.filter((id) => (places.get(id)?.kind ?? 'district') !== 'district');
}

/**
 * A commitment's score: its most specific place counts in full, the others a quarter each (many
 * places frame a wide view), and stated figures a little (something to say at the stop).
 */
function placeScore(c: Commitment, places: AtlasData['places']): number {
	const s = c.places.map((id) => specificity(places.get(id))).sort((a, b) => b - a);
	if (!s.length) return 0;
	const rest = s.slice(1).reduce((n, x) => n + x, 0);
	return s[0] + 0.25 * rest + (c.figures.length ? 0.1 : 0);
}

const order = new Intl.Collator('en', { numeric: true });
const byId = (a: Commitment, b: Commitment) => order.compare(a.id, b.id);

function doc(data: AtlasData, id: string): DocumentFile {
	const d = data.documents.find((x) => x.document.id === id);
	if (!d) throw new Error(`tours: document ${id} is not in the atlas`);
	return d;
}

function sectionTitle(file: DocumentFile, c: Commitment): string {
	return file.document.sections.find((s) => s.id === c.section)?.title ?? '';
}

const title = (s: string) => s.replace(/\b\w/g, (ch) => ch.toUpperCase());

/** A first title from place names; the files are then titled by hand. */
function autoTitle(ids: readonly string[], data: AtlasData): Text {
	const named = ids.map((id) => data.places.get(id)).filter((p): p is PlaceInfo => !!p).slice(0, 3);
	return {
		zh: named.map((p) => p.name).join('、') || '成都',
		en: named.map((p) => title(p.pinyin.find((x) => x.includes(' ')) ?? p.pinyin[0] ?? p.name)).join(', ') || 'Chengdu'
	};
}

function chapter(c: Commitment, frame: string[], data: AtlasData, narration: string): Chapter {
	const specific = specificPlaces(c, data.places);
	return {
		title: autoTitle(frame.length ? frame : specific.length ? specific : c.places, data),
		narration: { zh: narration },
		commitments: [c.id],
		places: frame,
		camera: 'fit'
	};
}

const shorten = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function tour(id: string, t: Text, summary: Text, chapters: Chapter[]): Tour {
	return { format: TOUR_FORMAT, version: TOUR_VERSION, id, title: t, summary, chapters };
}

/** A date to sort by: a year alone ("2024") counts as its end, after the dated texts of that year. */
const when = (meta: DocumentMeta) => (/^\d{4}$/.test(meta.date) ? `${meta.date}-12-31` : meta.date);

const mappable = (c: Commitment) => c.status !== 'glossary' && c.places.length > 0;

/**
 * A work report in `stops` stops: the most place-specific commitment of each section, then the
 * best-scoring of those, in the order of the report (last year's work first, then this year's plan).
 */
function workReport(data: AtlasData, docId = '001', stops = 12): Tour {
	const file = doc(data, docId);
	const best = new Map<string, Commitment>();
	for (const c of file.commitments.filter(mappable)) {
		const key = c.section ?? '';
		const held = best.get(key);
		if (!held || placeScore(c, data.places) > placeScore(held, data.places)) best.set(key, c);
	}
	// In the order of the report, a stop that mostly revisits places shown before is left out
	// (the summary list of the year's tasks repeats the rail lines of the plan).
	const shown = new Set<string>();
	const fresh = [...best.values()].sort(byId).filter((c) => {
		const specific = specificPlaces(c, data.places);
		if (specific.filter((p) => shown.has(p)).length * 2 >= specific.length && specific.length) return false;
		specific.forEach((p) => shown.add(p));
		return true;
	});
	const picked = fresh
		.filter((c) => placeScore(c, data.places) >= 0.5)
		.sort((a, b) => placeScore(b, data.places) - placeScore(a, data.places) || byId(a, b))
		.slice(0, stops)
		.sort(byId);
	const meta = file.document;
	return tour(
		`work-report-${meta.date.slice(0, 4)}`,
		{ zh: meta.title.zh, en: meta.title.en },
		{ zh: `${meta.title.zh}里的${picked.length}处地方`, en: `${picked.length} places in the report` },
		picked.map((c) => chapter(c, specificPlaces(c, data.places), data, shorten(sectionTitle(file, c))))
	);
}

/** A district-wide sentence is a pledge when the district speaks: "锦江区将…", "我们将…". */
const PLEDGE = /区将|我们将/;

/**
 * The district leaders' pledges of a news report of speeches: per speaker (section), up to `perSection`
 * commitments, the place-specific ones first, then whole-district pledges on themes not yet covered.
 */
function pledges(data: AtlasData, docId = '000', perSection = 3): Tour {
	const file = doc(data, docId);
	const out: Commitment[] = [];
	// A district leader speaks in a section scoped to the district (city officials are scoped to the city).
	for (const section of file.document.sections.filter((s) => s.scope !== 'city')) {
		const candidates = file.commitments
			.filter((c) => c.section === section.id && mappable(c))
			.sort((a, b) => placeScore(b, data.places) - placeScore(a, data.places) || byId(a, b));
		const chosen: Commitment[] = [];
		const shown = new Set<string>();
		for (const c of candidates) {
			if (chosen.length >= perSection) break;
			const specific = namedPlaces(c, data.places);
			if (specific.length) {
				// Skip a pledge whose places an earlier one already showed.
				if (specific.every((p) => shown.has(p))) continue;
				specific.forEach((p) => shown.add(p));
			} else if (!PLEDGE.test(c.sentence) || chosen.some((x) => x.theme === c.theme)) continue;
			chosen.push(c);
		}
		out.push(...chosen.sort(byId));
	}
	const meta = file.document;
	return tour(
		`pledges-${docId}`,
		{ zh: '区县书记的承诺', en: "District leaders' pledges" },
		{ zh: meta.title.zh, en: meta.title.en },
		out.map((c) => {
			const speaker = sectionTitle(file, c).split(/[：:]/)[0].trim();
			return chapter(c, namedPlaces(c, data.places), data, speaker);
		})
	);
}

/**
 * A district's plan: its opening commitment, every commitment that names a place within the
 * district, and for a section that names none, its most concrete district-wide commitment.
 */
function districtPlan(data: AtlasData, docId = '002'): Tour {
	const file = doc(data, docId);
	const all = file.commitments.filter(mappable);
	const picked = new Set<Commitment>(all.slice(0, 1));
	const named = (c: Commitment) => namedPlaces(c, data.places);
	for (const section of file.document.sections) {
		const own = all.filter((c) => c.section === section.id);
		const specific = own.filter((c) => named(c).length);
		if (specific.length) specific.forEach((c) => picked.add(c));
		else {
			const concrete = [...own].sort(
				(a, b) => b.figures.length - a.figures.length || b.sentence.length - a.sentence.length || byId(a, b)
			)[0];
			if (concrete) picked.add(concrete);
		}
	}
	const meta = file.document;
	const scope = data.places.get(meta.scope)?.name ?? meta.scope;
	return tour(
		`plan-${docId}`,
		{ zh: `${scope}的攻坚提质`, en: meta.title.en },
		{ zh: meta.title.zh, en: meta.title.en },
		[...picked].sort(byId).map((c) => chapter(c, named(c), data, shorten(sectionTitle(file, c))))
	);
}

interface Theme {
	id: string;
	title: Text;
	summary: Text;
	/** Each group is one subject (a park and its aliases), in the order the tour visits them. */
	groups: string[][];
	themes: Commitment['theme'][];
	perGroup: number;
}

const GREEN: Theme = {
	id: 'green-chengdu',
	title: { zh: '绿色成都', en: 'Green Chengdu' },
	summary: {
		zh: '龙泉山城市森林公园、天府绿道、环城生态区和锦江',
		en: 'Longquan Mountain forest park, the Tianfu greenways, the ring ecological zone and the Jin River'
	},
	groups: [
		['longquanshan-forest-park', 'longquanshan'],
		['tianfu-greenway', 'jinchenglvdao'],
		['huanchengshengtaiqu'],
		['jinjiang-river', 'jinjiang-park']
	],
	themes: ['ecology', 'culture'],
	perGroup: 3
};

/**
 * A theme across documents: an opening stop with the commitment that names most of the subjects
 * (the oldest if several), then per subject its commitments oldest first; a commitment that repeats
 * a figure its document already gave for the same subject (a summary list) is left out.
 */
function themeTour(data: AtlasData, theme: Theme = GREEN): Tour {
	const dated: { c: Commitment; meta: DocumentMeta }[] = data.documents
		.flatMap((d) => d.commitments.map((c) => ({ c, meta: d.document as DocumentMeta })))
		.filter(({ c }) => mappable(c) && theme.themes.includes(c.theme))
		.sort((a, b) => when(a.meta).localeCompare(when(b.meta)) || byId(a.c, b.c));
	const groupsOf = (c: Commitment) => theme.groups.filter((g) => g.some((p) => c.places.includes(p)));
	const opening = [...dated].sort((a, b) => groupsOf(b.c).length - groupsOf(a.c).length)[0];
	const used = new Set<string>();
	const chapters: Chapter[] = [];
	// Figures shown per document and subject: the same target repeated in a summary list.
	const figures = new Map<string, Set<string>>();
	const take = (c: Commitment, meta: DocumentMeta, frame: string[], narration: string, subject = '') => {
		used.add(c.id);
		const key = `${meta.id}|${subject}`;
		const seen = figures.get(key) ?? new Set();
		c.figures.forEach((f) => seen.add(f));
		figures.set(key, seen);
		chapters.push(chapter(c, frame, data, narration));
	};
	const cite = (meta: DocumentMeta) => `${meta.title.zh}（${meta.date.slice(0, 4)}）`;
	if (opening && groupsOf(opening.c).length > 1) {
		const frame = opening.c.places.filter((p) => theme.groups.some((g) => g.includes(p)));
		take(opening.c, opening.meta, frame, cite(opening.meta));
	}
	for (const group of theme.groups) {
		let n = 0;
		for (const { c, meta } of dated) {
			if (n >= theme.perGroup) break;
			if (used.has(c.id) || !group.some((p) => c.places.includes(p))) continue;
			if (c.figures.some((f) => figures.get(`${meta.id}|${group[0]}`)?.has(f))) continue;
			take(c, meta, c.places.filter((p) => group.includes(p)), cite(meta), group[0]);
			n++;
		}
	}
	return tour(theme.id, theme.title, theme.summary, chapters);
}

export function builtInTours(data: AtlasData): Tour[] {
	return [workReport(data), pledges(data), districtPlan(data), themeTour(data)];
}

const stopKey = (c: Chapter) => `${c.commitments.join(',')}|${c.places.join(',')}`;

/**
 * Keeps what was written by hand: the tour's title and summary, and for every chapter the rules
 * pick again (same commitments, same places), its title, narration and camera. Returns the chapter
 * numbers that are new and still carry generated text.
 */
export function mergeEdits(generated: Tour, existing: Tour | null): { tour: Tour; fresh: number[] } {
	if (!existing) return { tour: generated, fresh: generated.chapters.map((_, i) => i + 1) };
	const written = new Map(existing.chapters.map((c) => [stopKey(c), c]));
	const fresh: number[] = [];
	const chapters = generated.chapters.map((c, i) => {
		const old = written.get(stopKey(c));
		if (!old) {
			fresh.push(i + 1);
			return c;
		}
		return { ...c, title: old.title, narration: old.narration, camera: old.camera };
	});
	return {
		tour: {
			...generated,
			title: existing.title,
			...(existing.summary ? { summary: existing.summary } : {}),
			chapters
		},
		fresh
	};
}
