// Sets of UTF-16 code units, and of pairs of them, as bitmaps. Scans over long texts ask "could a
// word start here?" at every character; a bitmap answers from cache (8 kB for all units), where a
// table of 65,536 entries would not, and most answers are no.

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

function bit(first: number, second: number): number {
	return (Math.imul(first, 0x9e3779b1) ^ second) >>> 14;
}
