import { describe, expect, it } from 'vitest';
import type { Unlocated } from './records';
import { byReason, unlocatedNames } from './unlocated';

const u = (name: string, line: number, committed = false, reason: Unlocated['reason'] = 'no-location'): Unlocated => ({
	name,
	doc: 'd',
	paragraph: `d-p${line}`,
	line,
	at: [0, name.length],
	committed,
	reason
});

describe('unlocatedNames', () => {
	it('lists each name once, in the order names first occur, with all its occurrences in order', () => {
		const named = unlocatedNames([u('久隆', 3), u('沙河', 5), u('久隆', 9)]);
		expect(named.map((n) => n.name)).toEqual(['久隆', '沙河']);
		expect(named[0].occurrences.map((o) => o.line)).toEqual([3, 9]);
	});

	it('lists a line that names it twice once', () => {
		const [named] = unlocatedNames([u('久隆', 3), u('久隆', 3, true), u('久隆', 9)]);
		expect(named.occurrences.map((o) => o.line)).toEqual([3, 9]);
		expect(named.committed).toBe(true);
	});

	it('calls a name committed when any of its sentences commits to it', () => {
		const [named] = unlocatedNames([u('久隆', 3), u('久隆', 9, true)]);
		expect(named.committed).toBe(true);
		expect(unlocatedNames([u('久隆', 3)])[0].committed).toBe(false);
	});

	it('groups names by reason, each reason once, in the order first met', () => {
		const groups = byReason(unlocatedNames([u('29号线', 2, true, 'not-in-gazetteer'), u('久隆', 3), u('跳蹬河', 5, false, 'not-in-gazetteer')]));
		expect(groups.map((g) => [g.reason, g.names.map((n) => n.name)])).toEqual([
			['not-in-gazetteer', ['29号线', '跳蹬河']],
			['no-location', ['久隆']]
		]);
	});
});
