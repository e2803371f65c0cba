// Place names the map cannot show, as the build's message and the reading view list them.
import type { Unlocated } from './records';

/** The unlocated records of one name, in text order: a reader looks a name up once, not at every line. */
export interface UnlocatedName {
	name: string;
	reason: Unlocated['reason'];
	/** Whether any of its sentences commits to it. */
	committed: boolean;
	/** Where it stands, once a line. */
	occurrences: Unlocated[];
}

/** Unlocated records grouped by name, names in the order they first occur. */
export function unlocatedNames(unlocated: readonly Unlocated[]): UnlocatedName[] {
	const byName = new Map<string, UnlocatedName>();
	for (const u of unlocated) {
		let named = byName.get(u.name);
		if (!named) byName.set(u.name, (named = { name: u.name, reason: u.reason, committed: false, occurrences: [] }));
		named.committed ||= u.committed;
		// A line that names it twice is one place to look.
		const last = named.occurrences[named.occurrences.length - 1];
		if (!last || last.doc !== u.doc || last.line !== u.line) named.occurrences.push(u);
	}
	return [...byName.values()];
}

/** Names grouped by why the map cannot show them, each reason once, in the order first met: a reader reads the reason once per group. */
export function byReason(names: readonly UnlocatedName[]): { reason: Unlocated['reason']; names: UnlocatedName[] }[] {
	const groups = new Map<Unlocated['reason'], UnlocatedName[]>();
	for (const n of names) {
		const group = groups.get(n.reason);
		if (group) group.push(n);
		else groups.set(n.reason, [n]);
	}
	return [...groups].map(([reason, names]) => ({ reason, names }));
}
