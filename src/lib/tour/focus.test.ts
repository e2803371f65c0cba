import { describe, expect, it } from 'vitest';
import { DIM, dimming } from './focus';

const none = () => undefined;

describe('dimming', () => {
	it('keeps the selected features of a feature-state source in full', () => {
		const changes = dimming({ id: 'fill', type: 'fill', source: 'commitments' }, () => 0.15, ['commitments'], []);
		expect(changes).toEqual([
			['fill-opacity', ['*', 0.15, ['case', ['boolean', ['feature-state', 'selected'], false], 1, DIM]]]
		]);
	});

	it('dims clusters as a whole and wraps expressions', () => {
		const expr = ['case', ['has', 'x'], 1, 0];
		expect(
			dimming({ id: 'cluster', type: 'circle', source: 'points' }, (p) => (p === 'circle-opacity' ? 0.85 : expr), [], ['points'])
		).toEqual([
			['circle-opacity', 0.85 * DIM],
			['circle-stroke-opacity', ['*', expr, DIM]]
		]);
		expect(dimming({ id: 'n', type: 'symbol', source: 'points' }, none, [], ['points'])).toEqual([
			['text-opacity', DIM],
			['icon-opacity', DIM]
		]);
	});

	it('leaves other layers alone', () => {
		expect(dimming({ id: 'roads', type: 'line', source: 'basemap' }, none, ['commitments'], ['points'])).toEqual([]);
		expect(dimming({ id: 'bg', type: 'background' }, none, ['commitments'], ['points'])).toEqual([]);
	});
});
