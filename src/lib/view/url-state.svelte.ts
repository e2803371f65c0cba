// Keeps a page's state and the URL hash in step: a selection is a new history entry (so Back
// undoes it), a camera move only rewrites the current one. The map page and the planner each
// bring their own hash format; the selection (`sel`, `at`) is common to both.
import { pushState, replaceState } from '$app/navigation';
import type { FeatureProps } from '../atlas/format';
import type { ViewState } from './hash';

export class UrlState<S extends ViewState> {
	current = $state<S>() as S;
	/** Where the keyboard focus was when a selection opened, to go back there when it closes. */
	private opener: HTMLElement | null = null;

	constructor(
		private readonly parse: (hash: string) => S,
		private readonly serialize: (state: S) => string
	) {
		this.current = parse(location.hash);
	}

	/** Follows Back/Forward and hashes edited by hand; returns the function that stops it. */
	listen(): () => void {
		const read = () => (this.current = this.parse(location.hash));
		addEventListener('popstate', read);
		addEventListener('hashchange', read);
		return () => {
			removeEventListener('popstate', read);
			removeEventListener('hashchange', read);
		};
	}

	update(patch: Partial<S>, mode: 'push' | 'replace') {
		this.current = { ...this.current, ...patch };
		const hash = this.serialize(this.current);
		const url = location.pathname + location.search + (hash ? `#${hash}` : '');
		if (url === location.pathname + location.search + location.hash) return;
		(mode === 'push' ? pushState : replaceState)(url, {});
	}

	/** Selects a feature's commitment (or closes the selection for none). */
	select(feature: FeatureProps | null) {
		if (!feature) return this.close();
		this.update({ sel: feature.commitment, at: feature.place } as Partial<S>, 'push');
	}

	/** A selection made from a list or a panel rather than the map: the focus will come back there. */
	selectFrom(feature: FeatureProps) {
		if (!this.current.sel) this.opener = document.activeElement as HTMLElement | null;
		this.select(feature);
	}

	close() {
		if (!this.current.sel) return;
		this.update({ sel: null, at: null } as Partial<S>, 'push');
		if (this.opener?.isConnected) this.opener.focus();
		this.opener = null;
	}

	/** Esc closes the selection. */
	onkeydown = (e: KeyboardEvent) => {
		if (e.key === 'Escape' && this.current.sel) {
			e.preventDefault();
			this.close();
		}
	};
}
