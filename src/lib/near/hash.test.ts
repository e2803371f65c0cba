import { describe, expect, it } from 'vitest';
import { parseHash, serializeHash } from '../view/hash';
import { parseNear, serializeNear } from './hash';

describe('home and radius in the hash', () => {
	it('reads a home and a radius', () => {
		expect(parseNear({ home: '104.07703,30.65593', r: '1' })).toEqual({
			home: [104.07703, 30.65593],
			r: 1,
			ignored: []
		});
	});

	it.each([
		[{ home: 'abc' }, ['home']],
		[{ home: '104.07' }, ['home']],
		[{ home: '104.07,30.6,1' }, ['home']],
		[{ home: '0,0' }, ['home']],
		[{ home: 'NaN,30' }, ['home']],
		[{ home: '1e2,30' }, ['home']],
		[{ r: '-5' }, ['r']],
		[{ r: '0.2' }, ['r']],
		[{ r: '11' }, ['r']],
		[{ r: 'far' }, ['r']],
		[{ r: '' }, ['r']],
		[{ home: 'abc', r: '-5' }, ['home', 'r']]
	])('ignores %o and says so', (raw, ignored) => {
		const near = parseNear(raw);
		expect(near.ignored).toEqual(ignored);
		if (ignored.includes('home')) expect(near.home).toBeNull();
		if (ignored.includes('r')) expect(near.r).toBeNull();
	});

	it('writes 5 decimals (about a metre) and leaves out what is not set', () => {
		expect(serializeNear({ home: [104.077034, 30.655929], r: 2.5, ignored: [] })).toEqual([
			'home=104.07703,30.65593',
			'r=2.5'
		]);
		expect(serializeNear({ home: null, r: null, ignored: ['home'] })).toEqual([]);
		expect(serializeNear(undefined)).toEqual([]);
	});

	it('goes through the page hash with the other keys, and malformed values never throw', () => {
		const s = parseHash('#map=12/30.6559/104.0770&home=104.07703,30.65593&r=5');
		expect(s.near).toEqual({ home: [104.07703, 30.65593], r: 5, ignored: [] });
		expect(serializeHash(s)).toBe('map=12/30.6559/104.0770&home=104.07703,30.65593&r=5');
		const bad = parseHash('#home=abc&r=-5');
		expect(bad.near).toEqual({ home: null, r: null, ignored: ['home', 'r'] });
		expect(serializeHash(bad)).toBe('');
		expect(parseHash('#home=%E0%A4%A').near?.home ?? null).toBeNull();
		expect(parseHash('#map=12/30.6559/104.0770').near).toBeUndefined();
	});
});
