import { describe, expect, it } from 'vitest';
import { districtLocator, type Districts } from './districts';

const square = (x: number, y: number) => ({
	type: 'Polygon' as const,
	coordinates: [
		[
			[x, y],
			[x + 1, y],
			[x + 1, y + 1],
			[x, y + 1],
			[x, y]
		]
	]
});

describe('districtLocator', () => {
	const districts: Districts = {
		type: 'FeatureCollection',
		features: [
			{ type: 'Feature', properties: { name: '锦江区' }, geometry: square(104, 30) },
			{ type: 'Feature', properties: { name: '青羊区' }, geometry: square(103, 30) }
		]
	};
	const locate = districtLocator(districts);

	it('names the district containing a point, or none', () => {
		expect(locate.at([104.5, 30.5])).toBe('锦江区');
		expect(locate.at([103.5, 30.5])).toBe('青羊区');
		expect(locate.at([110, 30.5])).toBeNull();
		expect([...locate.names]).toEqual(['锦江区', '青羊区']);
	});
});
