import { describe, expect, it } from 'vitest';
import { attributions } from './attribution';

const source = (attribution: string) => ({ id: 'x', title: 'x', licence: 'ODbL', attribution, basemap: true });

describe('attributions', () => {
	it('lists each credit once', () => {
		expect(
			attributions([
				source('© OpenStreetMap contributors'),
				source('© OpenStreetMap contributors'),
				source('DataV.GeoAtlas'),
				source(' ')
			])
		).toEqual(['© OpenStreetMap contributors', 'DataV.GeoAtlas']);
	});

	it('escapes markup, since MapLibre inserts attributions as HTML', () => {
		expect(attributions([source('<img src=x onerror=alert(1)>')])).toEqual([
			'&lt;img src=x onerror=alert(1)&gt;'
		]);
	});
});
