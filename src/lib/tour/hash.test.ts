import { describe, expect, it } from 'vitest';
import { parseHash, serializeHash, emptyState } from '../view/hash';
import { parseTourRef, serializeTourRef } from './hash';

describe('tour in the URL hash', () => {
	it('reads a tour and its step, the first step when none is given or it is malformed', () => {
		expect(parseTourRef({ tour: 'green-chengdu', step: '3' })).toEqual({ id: 'green-chengdu', step: 3 });
		expect(parseTourRef({ tour: 'green-chengdu' })).toEqual({ id: 'green-chengdu', step: 1 });
		expect(parseTourRef({ tour: 'green-chengdu', step: '-2' })).toEqual({ id: 'green-chengdu', step: 1 });
		expect(parseTourRef({ tour: 'green-chengdu', step: '0' })).toEqual({ id: 'green-chengdu', step: 1 });
		expect(parseTourRef({ tour: '<script>', step: '2' })).toBeUndefined();
		expect(parseTourRef({ step: '2' })).toBeUndefined();
	});

	it('round-trips through the map hash beside the other keys', () => {
		const state = parseHash('#map=12/30.6559/104.0770&tour=work-report-2024&step=2');
		expect(state.tour).toEqual({ id: 'work-report-2024', step: 2 });
		expect(state.camera).toEqual({ zoom: 12, lat: 30.6559, lng: 104.077 });
		expect(serializeHash(state)).toBe('map=12/30.6559/104.0770&tour=work-report-2024&step=2');
		expect(serializeHash({ ...state, tour: undefined })).toBe('map=12/30.6559/104.0770');
	});

	it('leaves a hash without a tour as it was', () => {
		expect(parseHash('#sel=001-c1').tour).toBeUndefined();
		expect(serializeTourRef(undefined)).toEqual([]);
		expect(parseHash('')).toEqual(emptyState());
	});
});
