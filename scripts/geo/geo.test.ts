// Unit tests of the geo builder's pure helpers (no source files needed). The full build is checked by
// `npm run geo -- --check` (needs ../shared/geo-sources) and its output by src/lib/geocode/*.test.ts.
import { describe, expect, it } from 'vitest';
import { featureCollectionText, roundGeometry } from './format';
import { chain, clipLinesToArea, hullBuffer } from './geom';
import { parseCsv } from './io';
import { DISTRICT_IDS } from './load';
import { pinyinSlug, placeSlug } from './slug';

describe('parseCsv', () => {
	it('reads quoted fields with commas, quotes and newlines', () => {
		const rows = parseCsv('\ufeffa,b,c\r\n1,"x, ""y""",\n2,"multi\nline",z\n');
		expect(rows).toEqual([
			{ a: '1', b: 'x, "y"', c: '' },
			{ a: '2', b: 'multi\nline', c: 'z' }
		]);
	});
});

describe('slugs', () => {
	it('gives the required district ids from the short names', () => {
		const shorts: Record<string, string> = {
			'510104': '锦江', '510105': '青羊', '510106': '金牛', '510107': '武侯', '510108': '成华', '510112': '龙泉驿',
			'510113': '青白江', '510114': '新都', '510115': '温江', '510116': '双流', '510117': '郫都', '510118': '新津',
			'510121': '金堂', '510129': '大邑', '510131': '蒲江', '510181': '都江堰', '510182': '彭州', '510183': '邛崃',
			'510184': '崇州', '510185': '简阳'
		};
		for (const [adcode, short] of Object.entries(shorts)) expect(pinyinSlug(short)).toBe(DISTRICT_IDS[adcode]);
	});
	it('drops the 成都/四川 prefix and keeps ASCII only', () => {
		expect(placeSlug('成都国际铁路港')).toBe('guojitielugang');
		expect(placeSlug('春熙路')).toBe('chunxilu');
		expect(placeSlug('西部(成都)科学城')).toBe('xibukexuecheng');
		expect(placeSlug('成都至德眉资市域铁路')).toMatch(/^chengduzhi/);
	});
});

describe('geometry helpers', () => {
	it('rounds to 6 decimals and drops duplicate vertices created by rounding', () => {
		const g = roundGeometry({ type: 'LineString', coordinates: [[104.0000001, 30.1234564], [104.0000002, 30.1234562], [104.1, 30.2]] });
		expect(g).toEqual({ type: 'LineString', coordinates: [[104, 30.123456], [104.1, 30.2]] });
	});
	it('chains ways that meet and never bridges a gap', () => {
		const a = [[104, 30], [104.01, 30]];
		const b = [[104.01, 30.000001], [104.02, 30]];
		const c = [[104.05, 30], [104.06, 30]];
		expect(chain([a, b, c])).toEqual([[[104, 30], [104.01, 30], [104.02, 30]], c]);
	});
	it('clips lines to an area at vertex level', () => {
		const area = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
		expect(clipLinesToArea([[[-1, 0.5], [0.2, 0.5], [0.5, 0.5], [2, 0.5]]], area)).toEqual([[[0.2, 0.5], [0.5, 0.5]]]);
	});
	it('buffers a hull of anchors', () => {
		const g = hullBuffer([[104, 30], [104.1, 30.1], [104.2, 30]], 1);
		expect(g.type).toBe('Polygon');
	});
	it('serialises one feature per line', () => {
		const text = featureCollectionText({ name: 'x' }, [
			{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [1, 2] } },
			{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [3, 4] } }
		]);
		expect(text.split('\n')).toHaveLength(6);
		expect(JSON.parse(text).features).toHaveLength(2);
	});
});
