// Datum conversion. Amap, DataV and most Chinese web maps publish GCJ-02 ("Mars") coordinates, shifted
// ~350-380 m to the ESE of WGS-84 in Chengdu; the atlas draws WGS-84 (OpenStreetMap) only.
import gcoord from 'gcoord';

export type LngLat = [number, number];

/** GCJ-02 → WGS-84 (gcoord's iterative inverse of the public GCJ-02 transform; error well under 1 m). */
export function gcj02ToWgs84([lng, lat]: LngLat): LngLat {
	const [x, y] = gcoord.transform([lng, lat], gcoord.GCJ02, gcoord.WGS84) as number[];
	return [x, y];
}
