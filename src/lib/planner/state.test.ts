import { describe, expect, it } from 'vitest';
import { emptyPlannerState, parsePlannerHash, serializePlannerHash } from './state';

describe('planner hash', () => {
	it("reads the map page's keys and the planner's", () => {
		const s = parsePlannerHash(
			'#map=10/30.6/104.1&sel=001-c3&at=xindu&theme=ecology&district=jinjiang,wuhou&year=2024&target=none&metric=density'
		);
		expect(s.camera).toEqual({ zoom: 10, lat: 30.6, lng: 104.1 });
		expect(s.sel).toBe('001-c3');
		expect(s.filters.theme).toEqual(['ecology']);
		expect(s.filters.district).toEqual(['jinjiang', 'wuhou']);
		expect(s.filters.year).toEqual(['2024']);
		expect(s.filters.target).toEqual(['none']);
		expect(s.metric).toBe('density');
	});

	it('drops malformed values and unknown metrics', () => {
		const s = parsePlannerHash('#district=jinjiang,<script>,JINJIANG&year=24,2024,2024&metric=sum');
		expect(s.filters.district).toEqual(['jinjiang']);
		expect(s.filters.year).toEqual(['2024']);
		expect(s.metric).toBe('count');
	});

	it('gives the empty state for an empty hash, and writes it as nothing', () => {
		expect(parsePlannerHash('')).toEqual(emptyPlannerState());
		expect(serializePlannerHash(emptyPlannerState())).toBe('');
	});

	it('round-trips', () => {
		const s = emptyPlannerState();
		s.filters.theme = ['transport'];
		s.filters.district = ['city', 'xindu'];
		s.filters.target = ['2035'];
		s.metric = 'density';
		const hash = serializePlannerHash(s);
		expect(hash).toBe('theme=transport&district=city,xindu&target=2035&metric=density');
		expect(parsePlannerHash(hash)).toEqual(s);
	});
});
