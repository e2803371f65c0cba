import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { THEMES } from '../types';
import { noFilters } from './filters';
import { emptyState, parseHash, sameCamera, serializeHash, type ViewState } from './hash';

describe('parseHash', () => {
	it('reads the example from the brief', () => {
		const s = parseHash('#map=12/30.6559/104.0770&sel=000-c12&theme=transport,ecology&doc=001');
		expect(s.camera).toEqual({ zoom: 12, lat: 30.6559, lng: 104.077 });
		expect(s.sel).toBe('000-c12');
		expect(s.filters.theme).toEqual(['transport', 'ecology']);
		expect(s.filters.doc).toEqual(['001']);
		expect(s.filters.status).toEqual([]);
	});

	it('gives the empty state for an empty or absent hash', () => {
		expect(parseHash('')).toEqual(emptyState());
		expect(parseHash('#')).toEqual(emptyState());
	});

	it.each([
		['map=abc', 'camera'],
		['map=12/30.6', 'camera'],
		['map=12//104', 'camera'],
		['map=99/30.6/104.0', 'camera'],
		['map=12/95/104', 'camera'],
		['sel=<script>', 'sel'],
		['sel=%E0%A4%A', 'sel']
	])('ignores the malformed value %s', (hash, key) => {
		expect(parseHash(hash)[key as keyof ViewState]).toBeNull();
	});

	it('keeps only known facet values and drops duplicates', () => {
		const s = parseHash('theme=ecology,weather,ecology&status=planned,x&geom=&doc=001,a b');
		expect(s.filters.theme).toEqual(['ecology']);
		expect(s.filters.status).toEqual(['planned']);
		expect(s.filters.geom).toEqual([]);
		expect(s.filters.doc).toEqual(['001']);
	});

	it('ignores unknown keys and pairs without a value', () => {
		expect(parseHash('foo=1&bar&=3&p-12')).toEqual(emptyState());
	});

	it('drops a place without a selection', () => {
		expect(parseHash('at=chunxilu').at).toBeNull();
	});
});

describe('serializeHash', () => {
	it('writes keys in a fixed order and leaves empty parts out', () => {
		const state: ViewState = {
			camera: { zoom: 12.3456, lat: 30.65591, lng: 104.077 },
			sel: '000-c12',
			at: 'chunxilu',
			filters: { ...noFilters(), theme: ['transport', 'ecology'] }
		};
		expect(serializeHash(state)).toBe(
			'map=12.35/30.6559/104.0770&sel=000-c12&at=chunxilu&theme=transport,ecology'
		);
		expect(serializeHash(emptyState())).toBe('');
	});

	it('round-trips any state it can write', () => {
		const id = fc.stringMatching(/^[\w.:-]{1,20}$/);
		const state = fc.record({
			camera: fc.option(
				fc.record({
					zoom: fc.double({ min: 0, max: 22, noNaN: true }),
					lat: fc.double({ min: -85, max: 85, noNaN: true }),
					lng: fc.double({ min: -180, max: 180, noNaN: true })
				})
			),
			sel: fc.option(id),
			at: fc.option(id),
			filters: fc.record({
				theme: fc.uniqueArray(fc.constantFrom(...THEMES)),
				doc: fc.uniqueArray(id),
				status: fc.uniqueArray(fc.constantFrom('planned', 'reported', 'glossary')),
				geom: fc.uniqueArray(fc.constantFrom('point', 'line', 'polygon')),
				precision: fc.uniqueArray(fc.constantFrom('exact', 'area', 'approximate', 'district'))
			})
		});
		fc.assert(
			fc.property(state, (s) => {
				const back = parseHash(serializeHash(s));
				expect(back.filters).toEqual(s.filters);
				expect(back.sel).toBe(s.sel);
				expect(back.at).toBe(s.sel ? s.at : null);
				expect(sameCamera(back.camera, s.camera)).toBe(true);
			})
		);
	});
});
