import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ZERO, classify, districtValues } from './choropleth';
import { chartLayout } from './chart';
import { DISTRICTS } from './fixture';

describe('districtValues', () => {
	const ds = DISTRICTS.map((d) => ({ ...d.properties, area_km2: d.properties.id === 'west' ? 50 : 200 }));
	const counts = new Map([
		['west', 10],
		['east', 10]
	]);

	it('gives counts, or counts per 100 km²', () => {
		expect(districtValues(counts, ds, 'count').map((v) => v.value)).toEqual([10, 10]);
		expect(districtValues(counts, ds, 'density').map((v) => v.value)).toEqual([20, 5]);
		expect(districtValues(new Map(), ds, 'count').map((v) => v.count)).toEqual([0, 0]);
	});
});

describe('classify', () => {
	it('has round integer breaks for counts, zero on its own', () => {
		const c = classify([0, 3, 17, 78], true);
		expect(c.classes.map((k) => k.label)).toEqual(['0', '1–20', '21–40', '41–60', '61–80']);
		expect(c.colorOf(0)).toBe(ZERO);
		expect(c.classOf(1)).toBe(1);
		expect(c.classOf(20)).toBe(1);
		expect(c.classOf(21)).toBe(2);
		expect(c.classOf(78)).toBe(4);
	});

	it('gives one class per value for small counts', () => {
		const c = classify([0, 1, 3], true);
		expect(c.classes.map((k) => k.label)).toEqual(['0', '1', '2', '3']);
		expect([1, 2, 3].map(c.classOf)).toEqual([1, 2, 3]);
	});

	it('has only the zero class when everything is zero', () => {
		const c = classify([0, 0], true);
		expect(c.classes).toHaveLength(1);
		expect(c.colorOf(0)).toBe(ZERO);
	});

	it('writes density breaks with the decimals their step needs', () => {
		const c = classify([0.12, 0.9, 2.3], false);
		expect(c.classes[1].label).toBe('0.0–0.5');
		expect(c.classes.at(-1)!.label).toBe('2.0–2.5');
	});

	it('puts every value in one class whose range holds it, darker for larger values', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 25 }),
				fc.boolean(),
				(values, integer) => {
					const vs = integer ? values : values.map((v) => v / 7);
					const c = classify(vs, integer);
					expect(c.classes.length).toBeLessThanOrEqual(8);
					let previous = 0;
					for (const v of [...vs].sort((a, b) => a - b)) {
						const i = c.classOf(v);
						expect(i).toBeGreaterThanOrEqual(previous);
						previous = i;
						const k = c.classes[i];
						if (v === 0) expect(i).toBe(0);
						else if (integer) expect(v > k.lo && v <= k.hi).toBe(true);
						else expect(v >= k.lo && (v < k.hi || i === c.classes.length - 1)).toBe(true);
					}
				}
			)
		);
	});
});

describe('chartLayout', () => {
	const themes = ['a', 'b', 'c'];
	const districts = ['west', 'east', 'city'];
	const L = chartLayout(900, themes, districts, { cell: 10, district: 40, theme: 20 });

	it('lays cells out without overlap, rows of readable height', () => {
		expect(L.x('b')!).toBeGreaterThanOrEqual(L.x('a')! + L.x.bandwidth());
		expect(L.y('east')!).toBeGreaterThanOrEqual(L.y('west')! + L.y.bandwidth());
		expect(L.y.bandwidth()).toBeGreaterThanOrEqual(24);
		expect(L.barsLeft).toBeGreaterThan(L.x('c')! + L.x.bandwidth());
		expect(L.width).toBeLessThanOrEqual(900);
	});

	it('scales the bars to their maxima', () => {
		expect(L.barX(40)).toBeGreaterThan(L.barX(20));
		expect(L.barX(0)).toBe(0);
		expect(L.barY(20)).toBeLessThanOrEqual(L.barsBottom);
		expect(L.darkCell(10)).toBe(true);
		expect(L.darkCell(1)).toBe(false);
	});
});
