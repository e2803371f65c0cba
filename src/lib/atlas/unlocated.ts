// Place names the map cannot show, as the build's message and the reading view list them.
import type { Unlocated } from './records';

/** The unlocated records of one name, in text order: a reader looks a name up once, not at every line. */
export interface UnlocatedName {
	name: string;
	reason: Unlocated['reason'];
	/** Whether any of its sentences commits to it. */
	committed: boolean;
	occurrences: Unlocated[];
}

/** Unlocated records grouped by name, names in the order they first occur. */
export function unlocatedNames(unlocated: readonly Unlocated[]): UnlocatedName[] {
	const byName = new Map<string, UnlocatedName>();
	for (const u of unlocated) {
		let named = byName.get(u.name);
		if (!named) byName.set(u.name, (named = { name: u.name, reason: u.reason, committed: false, occurrences: [] }));
		named.committed ||= u.committed;
		named.occurrences.push(u);
	}
	return [...byName.values()];
}
