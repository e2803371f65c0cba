import { describe, expect, it } from 'vitest';
import { props } from './fixture';
import { facetCounts, isFiltered, matches, noFilters, toggle } from './filters';

describe('matches', () => {
	it('lets everything through with no selection', () => {
		expect(matches(props(), noFilters())).toBe(true);
	});

	it('requires one of the selected values in every restricted facet', () => {
		const f = { ...noFilters(), theme: ['transport', 'consumption'], doc: ['001'] };
		expect(matches(props(), f)).toBe(false);
		expect(matches(props({ doc: '001' }), f)).toBe(true);
		expect(matches(props({ doc: '001', theme: 'ecology' }), f)).toBe(false);
	});

	it('ignores the skipped facet', () => {
		const f = { ...noFilters(), theme: ['transport'] };
		expect(matches(props(), f, 'theme')).toBe(true);
	});
});

describe('facetCounts', () => {
	const features = [
		props({ fid: 1, theme: 'transport', doc: '000' }),
		props({ fid: 2, theme: 'transport', doc: '001' }),
		props({ fid: 3, theme: 'ecology', doc: '001', geom: 'polygon' })
	];

	it('counts every value with no selection', () => {
		const c = facetCounts(features, noFilters());
		expect(c.theme.get('transport')).toBe(2);
		expect(c.theme.get('ecology')).toBe(1);
		expect(c.geom.get('point')).toBe(2);
	});

	it("counts a facet's values under the other facets' selections only", () => {
		const c = facetCounts(features, { ...noFilters(), theme: ['transport'] });
		// theme counts are unaffected by the theme selection …
		expect(c.theme.get('ecology')).toBe(1);
		// … but the document counts are.
		expect(c.doc.get('001')).toBe(1);
		expect(c.geom.get('polygon')).toBeUndefined();
	});
});

describe('toggle', () => {
	it('adds and removes a value without touching the input', () => {
		const f = noFilters();
		const on = toggle(f, 'theme', 'ecology');
		expect(on.theme).toEqual(['ecology']);
		expect(f.theme).toEqual([]);
		expect(isFiltered(on)).toBe(true);
		expect(toggle(on, 'theme', 'ecology').theme).toEqual([]);
	});
});
