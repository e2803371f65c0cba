// "What is planned near me": the commitments whose geometry comes within a radius of a home point,
// nearest first, and apart from them the commitments known only by their district (a distance to a
// whole district says nothing about a place near home). A Flatbush index over the features' boxes
// finds the candidates; turf measures the exact distances.
import Flatbush from 'flatbush';
import { bbox } from '@turf/turf';
import type { FeatureProps } from '../atlas/format';
import { districtLevel } from '../map/districts';
import type { AtlasFeature } from '../view/catalog';
import { boxAround, contains, distanceKm, type LngLat } from './distance';

export interface NearItem {
	feature: AtlasFeature;
	/** Kilometres from home to the nearest point of the feature (0 inside a polygon). */
	km: number;
}

export interface NearResult {
	/** One entry per commitment, at its nearest place, nearest first. */
	near: NearItem[];
	/** District-level commitments whose district contains home and that are not in `near`. */
	district: AtlasFeature[];
}

/** More specific places first when two are as near: a point, then a line, then an area. */
const SPECIFICITY: Record<FeatureProps['geom'], number> = { point: 0, line: 1, polygon: 2 };

export class NearIndex {
	private readonly precise: AtlasFeature[];
	private readonly wide: AtlasFeature[];
	private readonly order = new Map<number, number>();
	private readonly tree: Flatbush | null;

	/** `features` in the order ties are listed in (the catalog's reading order). */
	constructor(features: readonly AtlasFeature[]) {
		features.forEach((f, i) => this.order.set(f.properties.fid, i));
		this.precise = features.filter((f) => !districtLevel(f.properties));
		this.wide = features.filter((f) => districtLevel(f.properties));
		if (this.precise.length === 0) {
			this.tree = null;
			return;
		}
		this.tree = new Flatbush(this.precise.length);
		for (const f of this.precise) {
			const [w, s, e, n] = bbox(f);
			this.tree.add(w, s, e, n);
		}
		this.tree.finish();
	}

	/**
	 * The commitments within `km` of `home`, and those of home's district. `keep` narrows both
	 * (the map's filters).
	 */
	query(home: LngLat, km: number, keep: (p: FeatureProps) => boolean = () => true): NearResult {
		const best = new Map<string, NearItem>();
		const candidates = this.tree ? this.tree.search(...boxAround(home, km)) : [];
		for (const i of candidates) {
			const feature = this.precise[i];
			const p = feature.properties;
			if (!keep(p)) continue;
			const d = distanceKm(home, feature.geometry);
			if (!(d <= km)) continue;
			const seen = best.get(p.commitment);
			if (!seen || this.compare({ feature, km: d }, seen) < 0) {
				best.set(p.commitment, { feature, km: d });
			}
		}
		const near = [...best.values()].sort((a, b) => this.compare(a, b));
		const district: AtlasFeature[] = [];
		const listed = new Set(best.keys());
		for (const f of this.wide) {
			const c = f.properties.commitment;
			if (listed.has(c) || !keep(f.properties) || !contains(f.geometry, home)) continue;
			listed.add(c);
			district.push(f);
		}
		district.sort((a, b) => this.rank(a) - this.rank(b));
		return { near, district };
	}

	private rank(f: AtlasFeature): number {
		return this.order.get(f.properties.fid) ?? Infinity;
	}

	private compare(a: NearItem, b: NearItem): number {
		return (
			a.km - b.km ||
			SPECIFICITY[a.feature.properties.geom] - SPECIFICITY[b.feature.properties.geom] ||
			this.rank(a.feature) - this.rank(b.feature)
		);
	}
}

/** "<50 m", "350 m", "1.2 km", "10 km": the precision a reader needs, no more. */
export function formatDistance(km: number): string {
	if (km < 0.05) return '<50 m';
	if (km < 0.995) return `${Math.round(km * 100) * 10} m`;
	if (km < 9.95) return `${km.toFixed(1)} km`;
	return `${Math.round(km)} km`;
}
