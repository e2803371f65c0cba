// Fetches the built-in tours from /tours/ (static/tours/ in the repository), each once per visit.
import { asset } from '$app/paths';
import { once } from '../view/load';
import { TOURS_INDEX, tourFile, type TourSummary } from './files';
import { parseTour, type Validation } from './schema';

export function loadTourIndex(): Promise<TourSummary[]> {
	const url = asset(`/tours/${TOURS_INDEX}`);
	return once(url, async () => {
		const res = await fetch(url);
		if (!res.ok) throw new Error(`tours: HTTP ${res.status}`);
		const body = (await res.json()) as { tours?: TourSummary[] };
		return Array.isArray(body.tours) ? body.tours : [];
	});
}

/** A built-in tour, validated; null when there is no such tour. */
export function loadBuiltInTour(id: string): Promise<Validation | null> {
	return once(`tour:${id}`, async () => {
		const index = await loadTourIndex();
		// Only listed tours are fetched: an id from a link never becomes an arbitrary path.
		if (!index.some((t) => t.id === id)) return null;
		const res = await fetch(asset(`/tours/${tourFile(id)}`));
		if (res.status === 404) return null;
		if (!res.ok) throw new Error(`tours: HTTP ${res.status}`);
		return parseTour(await res.text());
	});
}
