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

	it('a pair set of thousands of pairs says no to nearly every other second unit of their first ones', () => {
		const pairs = new PairSet();
		const first = (k: number) => 0x4e00 + ((k * 7919) % 0x51a6);
		const second = (k: number) => 0x4e00 + ((k * 104729) % 0x51a6);
		for (let k = 0; k < 5000; k++) pairs.add(first(k), second(k));
		let yes = 0;
		for (let k = 0; k < 5000; k++) if (pairs.has(first(k), second(k) + 1)) yes++;
		expect(yes).toBeLessThan(250);
	});
});
