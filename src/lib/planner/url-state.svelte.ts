// Keeps the planner's state and the URL hash in step, as ../view/url-state does for the map page:
// a selection is a new history entry (Back undoes it), everything else rewrites the current one.
import { pushState, replaceState } from '$app/navigation';
import { parsePlannerHash, serializePlannerHash, type PlannerState } from './state';

export class PlannerUrlState {
	current = $state<PlannerState>(parsePlannerHash(location.hash));

	/** Follows Back/Forward and hashes edited by hand; returns the function that stops it. */
	listen(): () => void {
		const read = () => (this.current = parsePlannerHash(location.hash));
		addEventListener('popstate', read);
		addEventListener('hashchange', read);
		return () => {
			removeEventListener('popstate', read);
			removeEventListener('hashchange', read);
		};
	}

	update(patch: Partial<PlannerState>, mode: 'push' | 'replace') {
		this.current = { ...this.current, ...patch };
		const hash = serializePlannerHash(this.current);
		const url = location.pathname + location.search + (hash ? `#${hash}` : '');
		if (url === location.pathname + location.search + location.hash) return;
		(mode === 'push' ? pushState : replaceState)(url, {});
	}
}
