import { describe, expect, it } from 'vitest';
import { entityAt } from './entities';
import { stringUnits } from './units';

/** [character, length] of the reference at the start of `s`, or null. */
function read(s: string): [string, number] | null {
	const r = entityAt(stringUnits(s), 0, s.length);
	return r < 0 ? null : [String.fromCharCode(r >>> 4), r & 15];
}

describe('entityAt', () => {
	it('reads the named references web pages leave in text', () => {
		expect(read('&ldquo;东进')).toEqual(['“', 7]);
		expect(read('&rdquo;')).toEqual(['”', 7]);
		expect(read('&nbsp;二期')).toEqual(['\u00a0', 6]);
		expect(read('&mdash;&mdash;')).toEqual(['—', 7]);
		expect(read('&thinsp;')).toEqual(['\u2009', 8]);
	});

	it('reads decimal and hexadecimal references', () => {
		expect(read('&#25104;&#37117;')).toEqual(['成', 8]);
		expect(read('&#x6210;')).toEqual(['成', 8]);
		expect(read('&#X6210;')).toEqual(['成', 8]);
	});

	it('leaves what is no reference, or one that would make an & (normalizing twice must change nothing)', () => {
		for (const s of ['&', '& ', '&nbsp', '&nbsp 二期', '&unknown;', '&;', '&#;', '&#x;', '&#0;', '&#xD800;', '&#x1F600;', '&#12a;', '&amp;', '&#38;', '&#x26;'])
			expect(read(s), s).toBeNull();
	});

	it('reads only up to the end it is given', () => {
		expect(entityAt(stringUnits('&nbsp;'), 0, 5)).toBe(-1);
	});
});
