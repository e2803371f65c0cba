import { describe, expect, it } from 'vitest';
import { messages } from '../i18n/messages';
import { parseCsv } from './csv';
import { ID_COLUMNS, csvRecords, exportCsv, exportGeojson, exportName } from './export';
import { row } from './fixture';
import { noPlannerFilters, selectRows } from './model';
import { COLUMNS, cellText, nextSort, pageOf, sortRows } from './table';

const t = messages.zh;
const names = new Map([
	['west', { zh: '西区', en: 'West' }],
	['east', { zh: '东区', en: 'East' }]
]);
const rows = [
	row(
		{ fid: 1, name: '春熙路', theme: 'consumption', snippet: '' },
		{ sentence: '打造"春熙路"商圈，推进消费升级,\n建设国际消费中心城市。', districts: ['west'] }
	),
	row({ fid: 2, name: '天府大道', theme: 'transport', geom: 'line' }, { districts: ['west', 'east'], date: '2021' }),
	row({ fid: 3, name: '全市', theme: 'ecology', status: 'reported' }, { districts: ['city'], section: '' })
];

describe('cellText', () => {
	it('writes what the table shows, in the chosen language', () => {
		expect(cellText(rows[1], 'district', 'zh', t, names)).toBe('西区、东区');
		expect(cellText(rows[1], 'district', 'en', messages.en, names)).toBe('West, East');
		expect(cellText(rows[2], 'district', 'zh', t, names)).toBe('全市');
		expect(cellText(rows[0], 'date', 'zh', t, names)).toBe('2024年2月1日');
		expect(cellText(rows[1], 'date', 'zh', t, names)).toBe('2021年');
		expect(cellText(rows[2], 'status', 'zh', t, names)).toBe('已完成/回顾');
		expect(cellText(rows[0], 'theme', 'en', messages.en, names)).toBe('Consumption');
	});
});

describe('CSV export', () => {
	it("parses back to the table's rows, quotes, commas and newlines included", () => {
		const text = exportCsv(rows, 'zh', t, names);
		expect(text.startsWith('\uFEFF')).toBe(true);
		const [header, ...body] = parseCsv(text);
		expect(header).toEqual([...COLUMNS.map((c) => t.planner.table.columns[c]), ...ID_COLUMNS]);
		expect(body).toEqual(csvRecords(rows, 'zh', t, names).slice(1));
		const table = rows.map((r) => COLUMNS.map((c) => cellText(r, c, 'zh', t, names)));
		expect(body.map((r) => r.slice(0, COLUMNS.length))).toEqual(table);
		expect(body[0][COLUMNS.indexOf('sentence')]).toBe(
			'打造"春熙路"商圈，推进消费升级,\n建设国际消费中心城市。'
		);
		expect(body[0].slice(COLUMNS.length)).toEqual(['000-c1', 'chunxilu', '000']);
	});

	it('writes exactly the filtered set', () => {
		const set = selectRows(rows, { ...noPlannerFilters(), district: ['east'] });
		expect(parseCsv(exportCsv(set, 'zh', t, names)).length - 1).toBe(1);
	});
});

describe('GeoJSON export', () => {
	it('gives every feature a geometry and the sentence, document, theme and sources', () => {
		const fc = exportGeojson(rows);
		expect(fc.type).toBe('FeatureCollection');
		expect(fc.features).toHaveLength(rows.length);
		for (const f of fc.features) {
			expect(f.type).toBe('Feature');
			expect(f.geometry.type).toBe('Point');
			expect(f.properties.sources.length).toBeGreaterThan(0);
			expect(typeof f.properties.sentence).toBe('string');
		}
		const p = fc.features[1].properties;
		expect(p).toMatchObject({
			fid: 2,
			document: '000',
			theme: 'transport',
			status: 'planned',
			precision: 'exact',
			districts: ['west', 'east'],
			section: '一、总体要求'
		});
		expect(fc.features[2].properties.section).toBeNull();
		// Serializable as plain JSON.
		expect(JSON.parse(JSON.stringify(fc))).toEqual(fc);
	});

	it('names files by date and count', () => {
		expect(exportName('csv', 12, new Date('2025-03-04T10:00:00Z'))).toBe(
			'chengdu-planner-2025-03-04-12.csv'
		);
	});
});

describe('sortRows / nextSort / pageOf', () => {
	it('sorts by a column, ascending then descending, ties in reading order', () => {
		const byDate = sortRows(rows, { column: 'date', dir: 'asc' }, 'zh', t, names);
		expect(byDate.map((r) => r.fid)).toEqual([2, 1, 3]);
		const desc = sortRows(rows, { column: 'date', dir: 'desc' }, 'zh', t, names);
		expect(desc.map((r) => r.fid)).toEqual([1, 3, 2]);
		expect(sortRows(rows, null, 'zh', t, names)).toEqual(rows);
	});

	it('cycles a column between ascending and descending', () => {
		const a = nextSort(null, 'theme');
		expect(a).toEqual({ column: 'theme', dir: 'asc' });
		expect(nextSort(a, 'theme')).toEqual({ column: 'theme', dir: 'desc' });
		expect(nextSort(nextSort(a, 'theme'), 'theme')).toEqual({ column: 'theme', dir: 'asc' });
		expect(nextSort(a, 'place')).toEqual({ column: 'place', dir: 'asc' });
	});

	it('pages, clamping the page number', () => {
		const many = Array.from({ length: 55 }, (_, i) => row({ fid: i }));
		expect(pageOf(many, 0, 25)).toMatchObject({ page: 0, pages: 3, from: 1, to: 25 });
		expect(pageOf(many, 9, 25)).toMatchObject({ page: 2, from: 51, to: 55 });
		expect(pageOf([], 0, 25)).toMatchObject({ page: 0, pages: 1, from: 0, to: 0 });
	});
});
