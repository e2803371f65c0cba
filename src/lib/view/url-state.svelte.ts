// Keeps the map page's state and the URL hash in step: a selection is a new history entry (so
// Back undoes it), a camera move only rewrites the current one.
import { pushState, replaceState } from '$app/navigation';
import { parseHash, serializeHash, type ViewState } from './hash';

export class UrlState {
	current = $state<ViewState>(parseHash(location.hash));

	/** Follows Back/Forward and hashes edited by hand; returns the function that stops it. */
	listen(): () => void {
		const read = () => (this.current = parseHash(location.hash));
		addEventListener('popstate', read);
		addEventListener('hashchange', read);
		return () => {
			removeEventListener('popstate', read);
			removeEventListener('hashchange', read);
		};
	}

	update(patch: Partial<ViewState>, mode: 'push' | 'replace') {
		this.current = { ...this.current, ...patch };
		const hash = serializeHash(this.current);
		const url = location.pathname + location.search + (hash ? `#${hash}` : '');
		if (url === location.pathname + location.search + location.hash) return;
		(mode === 'push' ? pushState : replaceState)(url, {});
	}
}
