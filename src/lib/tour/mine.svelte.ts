// The tour being built, shared by the builder, the "add to my tour" button, the tour list and the
// presenter; kept in localStorage so that it survives a reload.
import { loadTour, saveTour, type KeyValueStore } from './edit';
import type { Tour } from './schema';

function storage(): KeyValueStore | null {
	try {
		return localStorage;
	} catch {
		return null;
	}
}

class MyTour {
	tour = $state<Tour>(loadTour(storage()));
	/** False when the last change could not be stored. */
	stored = $state(true);
	/** Whether the builder dialog is open. */
	editing = $state(false);

	set(tour: Tour) {
		this.tour = tour;
		this.stored = saveTour(storage(), $state.snapshot(tour) as Tour);
	}
}

export const myTour = new MyTour();
