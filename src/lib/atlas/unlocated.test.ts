import { describe, expect, it } from 'vitest';
import type { Unlocated } from './records';
import { unlocatedNames } from './unlocated';

const u = (name: string, line: number, committed = false): Unlocated => ({
	name,
	doc: 'd',
	paragraph: `d-p${line}`,
	line,
	at: [0, name.length],
	committed,
	reason: 'no-location'
});

describe('unlocatedNames', () => {
	it('lists each name once, in the order names first occur, with all its occurrences in order', () => {
		const named = unlocatedNames([u('久隆', 3), u('沙河', 5), u('久隆', 9)]);
		expect(named.map((n) => n.name)).toEqual(['久隆', '沙河']);
		expect(named[0].occurrences.map((o) => o.line)).toEqual([3, 9]);
	});

	it('calls a name committed when any of its sentences commits to it', () => {
		const [named] = unlocatedNames([u('久隆', 3), u('久隆', 9, true)]);
		expect(named.committed).toBe(true);
		expect(unlocatedNames([u('久隆', 3)])[0].committed).toBe(false);
	});
});
