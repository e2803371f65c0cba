// Which feature a click means when several lie under the pointer: the most specific one.
import type { Map as MapLibre, PointLike } from 'maplibre-gl';
import { CLUSTER_LAYER, INTERACTIVE, type FeatureLayer } from './layers';

export interface Hit {
	layer: FeatureLayer;
	fid: number;
}

const POLYGON: readonly FeatureLayer[] = ['outline', 'outline-vague', 'fill'];

/**
 * Points before lines before polygons; among polygons the smallest, so that a park inside a
 * district-wide shape can still be picked. Unknown areas count as the largest.
 */
export function pick(hits: readonly Hit[], area: (fid: number) => number | undefined): Hit | null {
	const key = (h: Hit): [number, number] =>
		POLYGON.includes(h.layer) ? [1, area(h.fid) ?? Infinity] : [0, INTERACTIVE.indexOf(h.layer)];
	let best: Hit | null = null;
	for (const hit of hits) {
		if (!best) {
			best = hit;
			continue;
		}
		const [a, b] = [key(hit), key(best)];
		if (a[0] < b[0] || (a[0] === b[0] && a[1] < b[1])) best = hit;
	}
	return best;
}

/**
 * The commitments and clusters drawn at a point, with a little slack around it so that thin lines
 * and small circles are easy to hit.
 */
export function hitsAt(map: MapLibre, point: { x: number; y: number }) {
	const { x, y } = point;
	const box: [PointLike, PointLike] = [
		[x - 4, y - 4],
		[x + 4, y + 4]
	];
	return map.queryRenderedFeatures(box, { layers: [CLUSTER_LAYER, ...INTERACTIVE] });
}
