import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairSet, UnitSet } from './bits';

describe('UnitSet and PairSet', () => {
	it('hold what was added, and a unit set nothing else', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 0xffff })), fc.integer({ min: 0, max: 0xffff }), (added, other) => {
				const units = new UnitSet();
				const pairs = new PairSet();
				for (const u of added) {
					units.add(u);
					pairs.add(u, other);
				}
				for (const u of added) expect(units.has(u) && pairs.has(u, other)).toBe(true);
				expect(units.has(other)).toBe(added.includes(other));
			})
		);
	});
});
