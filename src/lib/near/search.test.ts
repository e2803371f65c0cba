import { describe, expect, it } from 'vitest';
import type { PlaceEntry } from '../atlas/format';
import { simplifyText } from '../text/simplify';
import { foldHan, foldLatin, placeEntries, search, stationEntries, withoutStations, type Stations } from './search';

function place(over: Partial<PlaceEntry>): PlaceEntry {
	return {
		id: 'x',
		name: 'x',
		aliases: [],
		kind: 'landmark',
		adcode: null,
		district: null,
		precision: 'exact',
		center: [104.07, 30.66],
		bbox: [104.07, 30.66, 104.07, 30.66],
		pinyin: [],
		sources: [],
		...over
	};
}

const PLACES: PlaceEntry[] = [
	place({
		id: 'chunxilu',
		name: '春熙路',
		aliases: ['春熙路商圈', '春熙路步行街'],
		district: '锦江区',
		precision: 'approximate',
		center: [104.07703, 30.65593],
		pinyin: ['chunxilu', 'chun xi lu', 'chunxilushangquan', 'chun xi lu shang quan']
	}),
	place({
		id: 'jinjiang',
		name: '锦江区',
		kind: 'district',
		district: '锦江区',
		pinyin: ['jinjiangqu', 'jin jiang qu']
	}),
	place({
		id: 'jinjiang-river',
		name: '锦江',
		aliases: ['府南河'],
		kind: 'river',
		district: null,
		pinyin: ['jinjiang', 'jin jiang']
	}),
	place({
		id: 'tianfu-greenway',
		name: '天府绿道',
		kind: 'line',
		precision: 'district',
		pinyin: ['tianfulvdao']
	}),
	place({ id: 'far', name: '重庆', kind: 'outside', center: [106.55, 29.56], pinyin: ['chongqing'] }),
	place({
		id: 'crossing',
		name: '成渝高速',
		kind: 'line',
		district: '锦江区|成华区',
		pinyin: ['chengyugaosu']
	})
];

const STATIONS: Stations = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			properties: { id: 'chunxilu', name: '春熙路', name_en: 'Chunxi Road', lines: ['2', '3'] },
			geometry: { type: 'Point', coordinates: [104.07703, 30.65593] }
		},
		{
			type: 'Feature',
			properties: { id: 's068', name: '三里坝', name_en: 'Sanliba', lines: ['3'] },
			geometry: { type: 'Point', coordinates: [103.93, 30.55] }
		},
		{
			type: 'Feature',
			properties: { id: 'tianfuguangchang', name: '天府广场', name_en: 'Tianfu Square', lines: ['1', '2'] },
			geometry: { type: 'Point', coordinates: [104.06372, 30.65986] }
		}
	]
};

const known = new Set(['锦江区', '成华区', '双流区']);
const districtAt = ([lng]: [number, number]) => (lng > 104 ? '锦江区' : '双流区');
const ENTRIES = [...placeEntries(PLACES, known, districtAt), ...stationEntries(STATIONS, districtAt)];
const names = (q: string) => search(ENTRIES, q, simplifyText).map((e) => `${e.kind}:${e.name}`);

describe('search', () => {
	it('finds 春熙路 the same way by Chinese, Traditional and pinyin, the place before the station', () => {
		const expected = ['landmark:春熙路', 'station:春熙路'];
		for (const q of ['春熙路', '春熙路', 'chunxilu', 'chun xi lu', 'ChunXiLu', 'chūn xī lù', ' chunxi ']) {
			expect(names(q).slice(0, 2), q).toEqual(expected);
		}
	});

	it('finds a station by the name with 站 too (天府广场站)', () => {
		expect(names('天府广场站')).toEqual(['station:天府广场']);
	});

	it('finds a station once: the gazetteer place standing where it stands is left to the station', () => {
		const stationList = stationEntries(STATIONS, districtAt);
		const squareStation = place({ id: 'tianfuguangchangzhan', name: '天府广场站', kind: 'hub', center: [104.06372, 30.65986] });
		const hubElsewhere = place({ id: 'chengdudongzhan', name: '成都东站', kind: 'hub', center: [104.14, 30.63] });
		const kept = withoutStations(placeEntries([...PLACES, squareStation, hubElsewhere], known, districtAt), stationList);
		const before = placeEntries(PLACES, known, districtAt).map((e) => e.name);
		expect(kept.map((e) => e.name)).toEqual([...before, '成都东站']);
	});

	it('converts Traditional input', () => {
		expect(names('錦江區')[0]).toBe('district:锦江区');
		expect(names('天府廣場')).toEqual(['station:天府广场']);
	});

	it('ranks an exact name first, then prefixes, then names that contain the query', () => {
		expect(names('锦江')).toEqual(['river:锦江', 'district:锦江区']);
		expect(names('jinjiang')).toEqual(['river:锦江', 'district:锦江区']);
		expect(names('商圈')).toEqual(['landmark:春熙路']);
	});

	it('finds stations by their English name and pinyin id', () => {
		expect(names('chunxi road')).toEqual(['station:春熙路']);
		expect(names('sanli')).toEqual(['station:三里坝']);
		expect(names('tianfu')[0]).toBe('station:天府广场');
	});

	it('leaves out places with no site of their own and places outside the map', () => {
		expect(names('天府绿道')).toEqual([]);
		expect(names('重庆')).toEqual([]);
	});

	it('finds a town known only by its district as that district, and says so', () => {
		const town = place({ id: 'baohejiedao', name: '保和街道', kind: 'area', district: '成华区', precision: 'district', pinyin: ['baohejiedao'] });
		const chenghua = place({ id: 'chenghua', name: '成华区', kind: 'district', district: '成华区', center: [104.1, 30.66], pinyin: ['chenghuaqu'] });
		const entries = placeEntries([town, chenghua], known, districtAt);
		const [found] = search(entries, '保和街道');
		expect(found).toMatchObject({ name: '保和街道', district: '成华区', via: 'place:chenghua', center: [104.1, 30.66] });
		// Not one whose district is not a single known one.
		expect(placeEntries([town, chenghua].map((p) => ({ ...p, district: '锦江区|成华区' })), known, districtAt).map((e) => e.name)).toEqual(['成华区']);
	});

	it('says which district a result is in', () => {
		const [chunxi] = search(ENTRIES, '春熙路');
		expect(chunxi.district).toBe('锦江区');
		expect(search(ENTRIES, '三里坝')[0].district).toBe('双流区');
		expect(search(ENTRIES, '成渝高速')[0].district).toBe('several');
		expect(search(ENTRIES, 'chunxi road')[0].lines).toEqual(['2', '3']);
	});

	it('finds nothing for nothing, and one or two letters only at the start of a name', () => {
		expect(search(ENTRIES, '')).toEqual([]);
		expect(search(ENTRIES, ' ,。 ')).toEqual([]);
		expect(names('xi')).toEqual([]);
		expect(names('ch')).toEqual(['landmark:春熙路', 'line:成渝高速', 'station:春熙路']);
	});
});

describe('folding', () => {
	it('folds case, tones, spaces and punctuation', () => {
		expect(foldLatin('Chūn Xī-Lù')).toBe('chunxilu');
		expect(foldLatin('lǜdào')).toBe('lvdao');
		expect(foldHan('西部（成都）科学城')).toBe('西部成都科学城');
		expect(foldHan('春熙路—太古里')).toBe('春熙路太古里');
	});
});
