// While a tour is presented, the map's other commitments step back: their opacity is multiplied
// by a factor, kept in full for the features of the stop (feature-state `selected`). Pure: the
// presenter applies the changes and restores the values it read.

export const DIM = 0.22;

const SELECTED = ['boolean', ['feature-state', 'selected'], false];

const OPACITY: Record<string, readonly string[]> = {
	fill: ['fill-opacity'],
	line: ['line-opacity'],
	circle: ['circle-opacity', 'circle-stroke-opacity'],
	symbol: ['text-opacity', 'icon-opacity']
};

export interface LayerLike {
	id: string;
	type: string;
	source?: unknown;
}

/**
 * The paint changes that dim a layer. `byState`: sources whose features carry the selection as
 * feature-state (dimmed except the selected); `flat`: sources dimmed as a whole (clusters, whose
 * ids are not the features'). Other layers (the basemap, the selection on top) are left alone.
 */
export function dimming(
	layer: LayerLike,
	current: (property: string) => unknown,
	byState: readonly string[],
	flat: readonly string[]
): [property: string, value: unknown][] {
	const source = typeof layer.source === 'string' ? layer.source : '';
	const factor = byState.includes(source) ? ['case', SELECTED, 1, DIM] : flat.includes(source) ? DIM : null;
	if (factor === null) return [];
	return (OPACITY[layer.type] ?? []).map((property) => {
		const value = current(property) ?? 1;
		if (typeof value === 'number' && typeof factor === 'number') return [property, value * factor];
		return [property, ['*', value, factor]];
	});
}
