// Fetches the built-in tours from /tours/ (static/tours/ in the repository), each once per visit.
import { asset } from '$app/paths';
import { TOURS_INDEX, tourFile, type TourSummary } from './files';
import { parseTour, type Validation } from './schema';

const cache = new Map<string, Promise<unknown>>();

function once<T>(key: string, load: () => Promise<T>): Promise<T> {
	let pending = cache.get(key) as Promise<T> | undefined;
	if (!pending) {
		pending = load();
		pending.catch(() => cache.delete(key));
		cache.set(key, pending);
	}
	return pending;
}

export function loadTourIndex(): Promise<TourSummary[]> {
	return once(TOURS_INDEX, async () => {
		const res = await fetch(asset(`/tours/${TOURS_INDEX}`));
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
