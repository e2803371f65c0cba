// Test-only: a map feature's properties with sensible defaults.
import type { FeatureProps } from '../atlas/format';

export function props(over: Partial<FeatureProps> = {}): FeatureProps {
	return {
		fid: 1,
		commitment: '000-c1',
		place: 'chunxilu',
		name: '春熙路',
		kind: 'area',
		geom: 'point',
		precision: 'exact',
		theme: 'consumption',
		status: 'planned',
		doc: '000',
		year: 2022,
		target: null,
		snippet: '打造春熙路时尚商圈',
		...over
	};
}
