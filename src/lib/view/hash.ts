// The map page's state in the URL hash, so that a pasted link reproduces what the sender saw:
// `#map=12/30.6559/104.0770&sel=<commitment>&at=<place>&theme=transport,ecology&doc=001`.
import { FACETS, FIXED_VALUES, noFilters, type Facet, type Filters } from './filters';
import { NEAR_KEYS, parseNear, serializeNear, type Near, type NearKey } from '../near/hash';
import { TOUR_KEYS, parseTourRef, serializeTourRef, type TourKey, type TourRef } from '../tour/hash';

export interface Camera {
	zoom: number;
	lat: number;
	lng: number;
}

export interface ViewState {
	camera: Camera | null;
	/** Selected commitment id. */
	sel: string | null;
	/** The place of the selected commitment the user picked (a commitment can have several). */
	at: string | null;
	filters: Filters;
	/** Home point and radius (`home=<lng>,<lat>&r=<km>`); absent when the hash names neither. */
	near?: Near;
	/** The tour being presented and its step (`tour=<id>&step=<n>`, issue 7). */
	tour?: TourRef;
}

export function emptyState(): ViewState {
	return { camera: null, sel: null, at: null, filters: noFilters() };
}

// Ids written by the pipeline are plain ASCII words; anything else is not ours and is dropped.
const ID = /^[\w.:-]{1,80}$/;

function parseCamera(value: string): Camera | null {
	const parts = value.split('/');
	if (parts.length !== 3 || parts.some((p) => p.trim() === '')) return null;
	const [zoom, lat, lng] = parts.map(Number);
	const ok = zoom >= 0 && zoom <= 22 && Math.abs(lat) <= 85 && Math.abs(lng) <= 180;
	return ok ? { zoom, lat, lng } : null;
}

function parseValues(facet: Facet, value: string): string[] {
	const allowed = facet === 'doc' ? null : FIXED_VALUES[facet];
	const values = value
		.split(',')
		.filter((v) => (allowed ? allowed.includes(v) : ID.test(v)));
	return [...new Set(values)];
}

/** The `key=value` pairs of a hash (with or without `#`), decoded; malformed pairs left out. */
export function hashPairs(hash: string): [key: string, value: string][] {
	const pairs: [string, string][] = [];
	for (const pair of hash.replace(/^#/, '').split('&')) {
		const eq = pair.indexOf('=');
		if (eq < 1) continue;
		try {
			pairs.push([pair.slice(0, eq), decodeURIComponent(pair.slice(eq + 1))]);
		} catch {
			// A broken %-escape: the pair is ignored like any other malformed value.
		}
	}
	return pairs;
}

/** Reads a hash (with or without the leading `#`); unknown keys and malformed values are ignored. */
export function parseHash(hash: string): ViewState {
	const state = emptyState();
	const near: Partial<Record<NearKey, string>> = {};
	const tour: Partial<Record<TourKey, string>> = {};
	for (const [key, value] of hashPairs(hash)) {
		if (key === 'map') state.camera = parseCamera(value);
		else if (key === 'sel' || key === 'at') state[key] = ID.test(value) ? value : null;
		else if ((NEAR_KEYS as readonly string[]).includes(key)) near[key as NearKey] = value;
		else if ((TOUR_KEYS as readonly string[]).includes(key)) tour[key as TourKey] = value;
		else if ((FACETS as readonly string[]).includes(key)) {
			state.filters[key as Facet] = parseValues(key as Facet, value);
		}
	}
	if (!state.sel) state.at = null;
	if (Object.keys(near).length) state.near = parseNear(near);
	const ref = parseTourRef(tour);
	if (ref) state.tour = ref;
	return state;
}

// toFixed keeps the sign of a value that rounds to zero ("-0.0000"), which would make two equal
// cameras look different.
function fixed(x: number, digits: number): string {
	return (+x.toFixed(digits) || 0).toFixed(digits);
}

/** Rounded so that a link stays short: 4 decimals of a degree is about 10 m. */
export function formatCamera({ zoom, lat, lng }: Camera): string {
	return `${+fixed(zoom, 2)}/${fixed(lat, 4)}/${fixed(lng, 4)}`;
}

/** Writes the hash without the leading `#`, keys in a fixed order, empty parts left out. */
export function serializeHash(state: ViewState): string {
	const parts: string[] = [];
	if (state.camera) parts.push(`map=${formatCamera(state.camera)}`);
	if (state.sel) {
		parts.push(`sel=${encodeURIComponent(state.sel)}`);
		if (state.at) parts.push(`at=${encodeURIComponent(state.at)}`);
	}
	for (const facet of FACETS) {
		const values = state.filters[facet];
		if (values.length) parts.push(`${facet}=${values.map(encodeURIComponent).join(',')}`);
	}
	parts.push(...serializeNear(state.near));
	parts.push(...serializeTourRef(state.tour));
	return parts.join('&');
}

/** Whether two cameras differ by more than the hash can express. */
export function sameCamera(a: Camera | null, b: Camera | null): boolean {
	if (!a || !b) return a === b;
	return formatCamera(a) === formatCamera(b);
}
