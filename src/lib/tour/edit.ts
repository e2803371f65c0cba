// The tour builder's edits, as pure functions from one tour to the next, and its storage: the tour
// being built lives in localStorage under one key, read back through the same validator as imports.
import type { FeatureProps } from '../atlas/format';
import { TOUR_FORMAT, TOUR_VERSION, parseTour, validateTour, type Chapter, type Tour, type Validation } from './schema';

/** The id of the tour a user builds: links to it (`#tour=mine&step=2`) work in that browser. */
export const MY_TOUR = 'mine';
export const STORAGE_KEY = 'atlas.tour.mine';

export function emptyTour(): Tour {
	return {
		format: TOUR_FORMAT,
		version: TOUR_VERSION,
		id: MY_TOUR,
		title: { zh: '我的导览', en: 'My tour' },
		chapters: []
	};
}

/** A chapter for a selected commitment, framed on the place it was selected at. */
export function chapterFor(p: Pick<FeatureProps, 'commitment' | 'place' | 'name'>): Chapter {
	return {
		title: { zh: p.name, en: p.name },
		narration: { zh: '' },
		commitments: [p.commitment],
		places: [p.place],
		camera: 'fit'
	};
}

const sameStop = (a: Chapter, b: Chapter) =>
	a.commitments.join() === b.commitments.join() && a.places.join() === b.places.join();

/** Index of a chapter showing the same thing, or -1. */
export function indexOfStop(tour: Tour, chapter: Chapter): number {
	return tour.chapters.findIndex((c) => sameStop(c, chapter));
}

/** Adds a chapter at the end, unless the tour already has one showing the same thing. */
export function addChapter(tour: Tour, chapter: Chapter): Tour {
	if (indexOfStop(tour, chapter) >= 0) return tour;
	return { ...tour, chapters: [...tour.chapters, chapter] };
}

export function removeChapter(tour: Tour, index: number): Tour {
	return { ...tour, chapters: tour.chapters.filter((_, i) => i !== index) };
}

/** Moves a chapter to another position (clamped to the list). */
export function moveChapter(tour: Tour, from: number, to: number): Tour {
	const n = tour.chapters.length;
	if (from < 0 || from >= n) return tour;
	const target = Math.min(Math.max(0, to), n - 1);
	if (target === from) return tour;
	const chapters = [...tour.chapters];
	const [moved] = chapters.splice(from, 1);
	chapters.splice(target, 0, moved);
	return { ...tour, chapters };
}

export type ChapterPatch = Partial<{
	titleZh: string;
	titleEn: string;
	narrationZh: string;
	narrationEn: string;
}>;

export function editChapter(tour: Tour, index: number, patch: ChapterPatch): Tour {
	const chapters = tour.chapters.map((c, i) => {
		if (i !== index) return c;
		const narration = {
			zh: patch.narrationZh ?? c.narration.zh,
			en: patch.narrationEn ?? c.narration.en ?? ''
		};
		return {
			...c,
			title: { zh: patch.titleZh ?? c.title.zh, en: patch.titleEn ?? c.title.en },
			narration: narration.en ? narration : { zh: narration.zh }
		};
	});
	return { ...tour, chapters };
}

export function retitle(tour: Tour, title: Partial<Tour['title']>): Tour {
	return { ...tour, title: { ...tour.title, ...title } };
}

/** The file a tour is exported as: the format the validator reads, indented for reading. */
export function exportTour(tour: Tour): string {
	return JSON.stringify(tour, null, '\t') + '\n';
}

/**
 * An imported file becomes the tour being built only if it validates; it takes the builder's id so
 * that its links keep pointing at this browser's copy.
 */
export function importTour(text: string): Validation {
	const result = parseTour(text);
	return result.ok ? { ok: true, tour: { ...result.tour, id: MY_TOUR } } : result;
}

export interface KeyValueStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

/** The stored tour, or an empty one when there is none or it no longer validates. */
export function loadTour(store: KeyValueStore | null): Tour {
	try {
		const text = store?.getItem(STORAGE_KEY);
		if (!text) return emptyTour();
		const result = validateTour(JSON.parse(text), { allowEmpty: true });
		return result.ok ? { ...result.tour, id: MY_TOUR } : emptyTour();
	} catch {
		return emptyTour();
	}
}

/** Whether it could be stored (private mode, a full quota: the tour still holds for this visit). */
export function saveTour(store: KeyValueStore | null, tour: Tour): boolean {
	try {
		store?.setItem(STORAGE_KEY, JSON.stringify(tour));
		return !!store;
	} catch {
		return false;
	}
}
