// Deterministic output: coordinates rounded to 6 decimals, one feature per line, fixed key order.
import type { Feature, Geometry, Position } from 'geojson';

export const round6 = (x: number): number => {
	const r = Math.round(x * 1e6) / 1e6;
	return Object.is(r, -0) ? 0 : r;
};

function roundPositions(c: any): any {
	if (typeof c[0] === 'number') return (c as Position).map(round6);
	const out = (c as any[]).map(roundPositions);
	// drop consecutive duplicate positions created by rounding (keeps rings closed)
	if (Array.isArray(out[0]) && typeof out[0][0] === 'number') {
		return out.filter((p: number[], i: number) => i === 0 || p[0] !== out[i - 1][0] || p[1] !== out[i - 1][1]);
	}
	return out;
}

export function roundGeometry(g: Geometry): Geometry {
	if (g.type === 'GeometryCollection') return { type: g.type, geometries: g.geometries.map(roundGeometry) };
	return { type: g.type, coordinates: roundPositions((g as any).coordinates) } as Geometry;
}

/** A FeatureCollection serialised with one feature per line; `meta` keys come before `features`. */
export function featureCollectionText(meta: Record<string, unknown>, features: Feature[]): string {
	const head = JSON.stringify({ type: 'FeatureCollection', ...meta });
	const lines = features.map((f) => JSON.stringify(f));
	return `${head.slice(0, -1)},\n"features":[\n${lines.join(',\n')}\n]}\n`;
}

export function jsonText(value: unknown): string {
	return JSON.stringify(value, null, '\t') + '\n';
}
