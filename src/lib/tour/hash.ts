// A tour's place in the URL hash: `#tour=<id>&step=<n>` (1-based), so every stop has a link.
// Read and written by src/lib/view/hash.ts beside the map's own keys.
import { TOUR_ID } from './schema';

export interface TourRef {
	id: string;
	/** 1-based; clamped to the tour's length once the tour is loaded. */
	step: number;
}

export const TOUR_KEYS = ['tour', 'step'] as const;
export type TourKey = (typeof TOUR_KEYS)[number];

/** The tour named by the hash, or undefined; a missing or malformed step is the first. */
export function parseTourRef(values: Partial<Record<TourKey, string>>): TourRef | undefined {
	const id = values.tour;
	if (!id || !TOUR_ID.test(id)) return undefined;
	const step = /^\d{1,4}$/.test(values.step ?? '') ? Math.max(1, Number(values.step)) : 1;
	return { id, step };
}

export function serializeTourRef(ref: TourRef | null | undefined): string[] {
	if (!ref) return [];
	return [`tour=${encodeURIComponent(ref.id)}`, `step=${ref.step}`];
}
