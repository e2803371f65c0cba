// Sets of UTF-16 code units, and of pairs of them, as bitmaps, and items keyed by a word's first
// unit. Scans over long texts ask "could a word start here?" at every character; a bitmap answers
// from cache (8 kB for all units), where a table of 65,536 entries would not, and most answers are no.

/** A set of code units. */
export class UnitSet {
	private bits = new Uint32Array(0x800);

	add(unit: number): void {
		this.bits[unit >>> 5] |= 1 << (unit & 31);
	}

	has(unit: number): boolean {
		return (this.bits[unit >>> 5] & (1 << (unit & 31))) !== 0;
	}
}

/** Pairs of code units, hashed into 2^18 bits: `has` may say yes for a pair never added, never no for one that was. */
export class PairSet {
	private bits = new Uint32Array(1 << 13);

	add(first: number, second: number): void {
		const b = bit(first, second);
		this.bits[b >>> 5] |= 1 << (b & 31);
	}

	has(first: number, second: number): boolean {
		const b = bit(first, second);
		return (this.bits[b >>> 5] & (1 << (b & 31))) !== 0;
	}
}

// Both units as one 32-bit key, multiplied: the top bits kept then depend on every bit of both.
// (Adding the second unit after the multiplication left it only two bits of the 18: a common
// character passed for the second unit of nearly any pair that starts with the first.)
function bit(first: number, second: number): number {
	return Math.imul((first << 16) | second, 0x9e3779b1) >>> 14;
}

/**
 * Items keyed by the first UTF-16 unit of a word, in the order added: a scan over a text looks each
 * character up in a typed array, so the characters no word starts with (most) cost next to nothing.
 */
export class ByFirstUnit<T> {
	private group = new Uint16Array(0x10000);
	private groups: T[][] = [[]];
	/** The units some word starts with: most start none, and this says so from cache. */
	private some = new UnitSet();

	add(word: string, item: T): void {
		const c = word.charCodeAt(0);
		if (!this.group[c]) this.group[c] = this.groups.push([]) - 1;
		this.groups[this.group[c]].push(item);
		this.some.add(c);
	}

	get(unit: number): T[] | undefined {
		if (!this.some.has(unit)) return undefined;
		return this.groups[this.group[unit]];
	}
}
