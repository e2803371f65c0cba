// The search box's index: gazetteer places (with districts) and metro stations, found by Chinese
// name or alias (Traditional input converted by the caller), by toneless pinyin (`chunxilu`,
// `chun xi lu`, `chunxi`) or by a station's English name. Every entry has a point to set home at.
import type { FeatureCollection, Point } from 'geojson';
import type { PlaceEntry } from '../atlas/format';
import type { PlaceKind } from '../types';
import type { LngLat } from './distance';
import { inHomeBounds } from './hash';

export type EntryKind = PlaceKind | 'station';

export interface SearchEntry {
	/** Unique across kinds: `place:<id>` or `station:<id>`. */
	key: string;
	kind: EntryKind;
	name: string;
	/** The district it lies in, `several` when it spans districts, or null when unknown. */
	district: string | null;
	center: LngLat;
	/** Metro lines serving a station. */
	lines: string[];
	/** For a place known only by its district (保和街道): the key of that district's entry, whose point it takes. */
	via?: string;
	/** Folded Chinese names (name and aliases), see foldHan. */
	han: string[];
	/** Folded Latin keys: toneless pinyin, English names, see foldLatin. */
	latin: string[];
}

export interface StationProps {
	id: string;
	name: string;
	name_en?: string;
	lines: string[];
}

export type Stations = FeatureCollection<Point, StationProps>;

/** Lower case, tone marks and everything but letters and digits removed: `Chūn xī lù` → `chunxilu`. */
export function foldLatin(s: string): string {
	return s
		.toLowerCase()
		.replace(/[üǖǘǚǜ]/g, 'v')
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[^a-z0-9]/g, '');
}

/** Full-width forms folded, spaces, punctuation and symbols removed: `春熙路（步行街）` → `春熙路步行街`. */
export function foldHan(s: string): string {
	return s.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase();
}

const HAN = /\p{Script=Han}/u;

/** Whether a query is read as Chinese (any Han character) rather than as pinyin or English. */
export const isHan = (s: string) => HAN.test(s);

/**
 * The district to show for a place: its gazetteer district when that is one known district, `several`
 * when it lists more than one, else the district its point lies in.
 */
function districtLabel(
	p: PlaceEntry,
	known: ReadonlySet<string>,
	districtAt: (point: LngLat) => string | null
): string | null {
	if (p.kind === 'district') return p.name;
	if (p.district && known.has(p.district)) return p.district;
	if (p.district?.includes('|')) return 'several';
	return districtAt(p.center);
}

/**
 * Gazetteer places that have a site to stand at, not those outside the map. A place known only by
 * its district (保和街道: its point is just an anchor) stands for that district, and says so.
 */
export function placeEntries(
	places: readonly PlaceEntry[],
	known: ReadonlySet<string>,
	districtAt: (point: LngLat) => string | null
): SearchEntry[] {
	const entry = (p: PlaceEntry): SearchEntry => ({
		key: `place:${p.id}`,
		kind: p.kind,
		name: p.name,
		district: districtLabel(p, known, districtAt),
		center: p.center,
		lines: [],
		han: [...new Set([p.name, ...p.aliases].map(foldHan).filter(Boolean))],
		latin: [...new Set(p.pinyin.map(foldLatin).filter(Boolean))]
	});
	const sited = places.filter((p) => p.kind !== 'outside' && (p.kind === 'district' || p.precision !== 'district') && inHomeBounds(p.center)).map(entry);
	const districts = new Map(sited.filter((e) => e.kind === 'district').map((e) => [e.name, e]));
	const byDistrict = places
		.filter((p) => p.kind !== 'outside' && p.kind !== 'district' && p.precision === 'district')
		.flatMap((p) => {
			const d = p.district ? districts.get(p.district) : undefined;
			return d ? [{ ...entry(p), district: d.name, center: d.center, via: d.key }] : [];
		});
	return [...sited, ...byDistrict];
}

// Station ids are their toneless pinyin where the source had one (`chunxilu`), else a serial (`s067`).
const PINYIN_ID = /^[a-z]+$/;

export function stationEntries(
	stations: Stations,
	districtAt: (point: LngLat) => string | null
): SearchEntry[] {
	return stations.features
		.filter((f) => f.geometry?.type === 'Point' && f.properties?.name)
		.map((f) => {
			const p = f.properties;
			const center = f.geometry.coordinates.slice(0, 2) as LngLat;
			const latin = [PINYIN_ID.test(p.id) ? p.id : '', foldLatin(p.name_en ?? '')];
			return {
				key: `station:${p.id}`,
				kind: 'station' as const,
				name: p.name,
				district: districtAt(center),
				center,
				lines: p.lines ?? [],
				// 天府广场 is also found as 天府广场站, the name texts and signs give it.
				han: p.name.endsWith('站') ? [foldHan(p.name)] : [foldHan(p.name), foldHan(`${p.name}站`)],
				latin: [...new Set(latin.filter(Boolean))]
			};
		});
}

/**
 * Place entries without the metro stations among them (the gazetteer's 天府广场站 stands where the
 * station 天府广场 does): each station is found once, as a station, with its lines.
 */
export function withoutStations(places: readonly SearchEntry[], stations: readonly SearchEntry[]): SearchEntry[] {
	const at = new Set(stations.map((s) => s.center.join()));
	return places.filter((p) => !(p.kind === 'hub' && at.has(p.center.join())));
}

/**
 * 0 exact, 2 prefix, 4 within, one more when it is an alias that matches rather than the name (the
 * first key); null for no match.
 */
function matchScore(keys: readonly string[], q: string, within: boolean): number | null {
	let best: number | null = null;
	keys.forEach((k, i) => {
		const m = k === q ? 0 : k.startsWith(q) ? 2 : within && k.includes(q) ? 4 : null;
		const s = m === null ? null : m + (i === 0 ? 0 : 1);
		if (s !== null && (best === null || s < best)) best = s;
	});
	return best;
}

const KIND_ORDER: Record<EntryKind, number> = {
	district: 0,
	landmark: 1,
	area: 1,
	hub: 1,
	mountain: 1,
	river: 1,
	line: 1,
	outside: 1,
	station: 2
};

const collator = new Intl.Collator('zh');

/**
 * The entries matching `query`, best first: exact before prefix before anywhere in the name (the name
 * before an alias), then districts, places and stations, then shorter names. `simplify` turns
 * Traditional characters into Simplified (the caller supplies it so that its dictionary can be
 * loaded lazily).
 */
export function search(
	entries: readonly SearchEntry[],
	query: string,
	simplify: (s: string) => string = (s) => s,
	limit = 8
): SearchEntry[] {
	const han = isHan(query);
	const q = han ? foldHan(simplify(query)) : foldLatin(query);
	if (!q) return [];
	// A single letter or two are a prefix of too much pinyin to be useful anywhere inside it.
	const within = han || q.length >= 3;
	const scored: { e: SearchEntry; s: number }[] = [];
	for (const e of entries) {
		const s = matchScore(han ? e.han : e.latin, q, within);
		if (s !== null) scored.push({ e, s });
	}
	scored.sort(
		(a, b) =>
			a.s - b.s ||
			KIND_ORDER[a.e.kind] - KIND_ORDER[b.e.kind] ||
			a.e.name.length - b.e.name.length ||
			collator.compare(a.e.name, b.e.name)
	);
	return scored.slice(0, limit).map((x) => x.e);
}
