import { describe, expect, it } from 'vitest';
import type { DocumentFile } from '../atlas/format';
import { toggle } from '../view/filters';
import { props } from '../view/fixture';
import { row } from './fixture';
import {
	NONE,
	buildRows,
	crossCounts,
	noPlannerFilters,
	onlyValue,
	plannerCounts,
	rowMatches,
	selectRows,
	yearValues
} from './model';

const rows = [
	row({ fid: 1, theme: 'transport', year: 2024, target: 2025 }, { districts: ['west'] }),
	row({ fid: 2, theme: 'transport', year: 2022 }, { districts: ['west', 'east'] }),
	row({ fid: 3, theme: 'ecology', year: 2024, doc: '001' }, { districts: ['east'] }),
	row({ fid: 4, theme: 'ecology', year: 2020 }, { districts: ['city'] })
];
const fids = (rs: { fid: number }[]) => rs.map((r) => r.fid);

describe('rowMatches / selectRows', () => {
	it('lets everything through with no selection', () => {
		expect(fids(selectRows(rows, noPlannerFilters()))).toEqual([1, 2, 3, 4]);
	});

	it('matches a line crossing districts in each of them', () => {
		const f = { ...noPlannerFilters(), district: ['east'] };
		expect(fids(selectRows(rows, f))).toEqual([2, 3]);
	});

	it("combines the planner's facets with the map page's", () => {
		const f = { ...noPlannerFilters(), district: ['west'], theme: ['transport'], year: ['2024'] };
		expect(fids(selectRows(rows, f))).toEqual([1]);
		expect(fids(selectRows(rows, { ...f, doc: ['001'] }))).toEqual([]);
	});

	it('reads a missing target year as NONE', () => {
		const f = { ...noPlannerFilters(), target: [NONE] };
		expect(fids(selectRows(rows, f))).toEqual([2, 3, 4]);
	});

	it('skips the facets it is told to', () => {
		const f = { ...noPlannerFilters(), district: ['east'], theme: ['ecology'] };
		expect(rowMatches(rows[0], f)).toBe(false);
		expect(rowMatches(rows[0], f, ['district', 'theme'])).toBe(true);
	});
});

describe('plannerCounts and crossCounts', () => {
	const f = { ...noPlannerFilters(), theme: ['transport'] };

	it("counts each facet under the others' selections, a row once per district", () => {
		const c = plannerCounts(rows, f);
		expect(c.theme.get('ecology')).toBe(2);
		expect(c.district.get('west')).toBe(2);
		expect(c.district.get('east')).toBe(1);
		expect(c.district.get('city')).toBeUndefined();
		expect(c.year.get('2022')).toBe(1);
	});

	it('gives the chart cells under every facet but theme and district', () => {
		const x = crossCounts(rows, { ...f, district: ['east'], year: ['2024', '2022'] });
		expect(x.get('west')?.get('transport')).toBe(2);
		expect(x.get('east')?.get('transport')).toBe(1);
		expect(x.get('east')?.get('ecology')).toBe(1);
		expect(x.get('city')).toBeUndefined();
	});

	it('makes the selected cell equal to the selected set', () => {
		const sel = { ...noPlannerFilters(), district: ['east'], theme: ['transport'] };
		expect(crossCounts(rows, sel).get('east')?.get('transport')).toBe(selectRows(rows, sel).length);
		expect(plannerCounts(rows, sel).district.get('east')).toBe(selectRows(rows, sel).length);
	});
});

describe('toggle / onlyValue', () => {
	it('adds and removes a value', () => {
		const on = toggle(noPlannerFilters(), 'district', 'west');
		expect(on.district).toEqual(['west']);
		expect(toggle(on, 'district', 'west').district).toEqual([]);
	});

	it('selects just one value, or clears it when it was the only one', () => {
		const f = { ...noPlannerFilters(), district: ['west', 'east'] };
		expect(onlyValue(f, 'district', 'west').district).toEqual(['west']);
		expect(onlyValue(onlyValue(f, 'district', 'west'), 'district', 'west').district).toEqual([]);
	});
});

describe('yearValues', () => {
	it('keeps every year between the first and last, then NONE', () => {
		expect(yearValues(rows, 'year')).toEqual(['2020', '2021', '2022', '2023', '2024']);
		expect(yearValues(rows, 'target')).toEqual(['2025', NONE]);
	});
});

describe('buildRows', () => {
	it('joins sentence, section, document and sources to each feature', () => {
		const doc = {
			document: {
				id: '000',
				title: { zh: '报告', en: 'Report' },
				date: '2022-12-30',
				sections: [{ id: '000-s1', title: '一、总体要求' }]
			},
			commitments: [{ id: '000-c1', section: '000-s1', sentence: '打造春熙路时尚商圈，推动消费。' }]
		} as unknown as DocumentFile;
		const p = props();
		const [r] = buildRows(
			[{ type: 'Feature', properties: p, geometry: { type: 'Point', coordinates: [104, 30] } }],
			[doc],
			new Map([['chunxilu', { sources: [{ dataset: 'OSM', licence: 'ODbL' }] }]]),
			new Map([[1, ['jinjiang']]])
		);
		expect(r.sentence).toBe('打造春熙路时尚商圈，推动消费。');
		expect(r.section).toBe('一、总体要求');
		expect(r.date).toBe('2022-12-30');
		expect(r.docTitle.en).toBe('Report');
		expect(r.districts).toEqual(['jinjiang']);
		expect(r.sources).toEqual([{ dataset: 'OSM', licence: 'ODbL' }]);
	});
});
