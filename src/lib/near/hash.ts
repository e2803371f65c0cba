// The home point and radius in the URL hash: `#home=104.07703,30.65593&r=3`. A value that is
// malformed or out of range is dropped and named in `ignored`, so that the page can say so.
import { BOUNDS } from '../map/extent';
import type { LngLat } from './distance';
import { validRadius } from './radius';

export type NearKey = 'home' | 'r';
export const NEAR_KEYS: readonly NearKey[] = ['home', 'r'];

export interface Near {
	home: LngLat | null;
	/** Radius in km; null for the default. */
	r: number | null;
	/** Keys whose values were malformed or out of range and have been ignored. */
	ignored: NearKey[];
}

export const noNear = (): Near => ({ home: null, r: null, ignored: [] });

const NUMBER = /^\s*-?\d+(\.\d+)?\s*$/;

/** Whether a point can be home: within the map's bounds (the municipality with a margin). */
export function inHomeBounds([lng, lat]: LngLat): boolean {
	const b = BOUNDS;
	return lng >= b.west && lng <= b.east && lat >= b.south && lat <= b.north;
}

function parseHome(value: string): LngLat | null {
	const parts = value.split(',');
	if (parts.length !== 2 || !parts.every((p) => NUMBER.test(p))) return null;
	const home: LngLat = [Number(parts[0]), Number(parts[1])];
	return inHomeBounds(home) ? home : null;
}

function parseRadius(value: string): number | null {
	if (!NUMBER.test(value)) return null;
	const r = Number(value);
	return validRadius(r) ? r : null;
}

/** Reads the raw values of `home` and `r` (undefined when the key is absent). */
export function parseNear(raw: Partial<Record<NearKey, string>>): Near {
	const near = noNear();
	if (raw.home !== undefined) {
		near.home = parseHome(raw.home);
		if (!near.home) near.ignored.push('home');
	}
	if (raw.r !== undefined) {
		near.r = parseRadius(raw.r);
		if (near.r === null) near.ignored.push('r');
	}
	return near;
}

// 5 decimals of a degree is about a metre: a home at a station stays at the station.
const coord = (x: number) => (+x.toFixed(5) || 0).toFixed(5);

/** The hash parts for `near`, in a fixed order; none for the empty state. */
export function serializeNear(near: Near | undefined): string[] {
	if (!near) return [];
	const parts: string[] = [];
	if (near.home) parts.push(`home=${coord(near.home[0])},${coord(near.home[1])}`);
	if (near.r !== null) parts.push(`r=${+near.r.toFixed(2)}`);
	return parts;
}
