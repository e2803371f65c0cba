// Aho–Corasick over UTF-16 code units. The published libraries we tried segment text into
// grapheme clusters first (modern-ahocorasick scans about 0.03 MB/s here), far too slow for the
// 50 MB benchmark corpus; place names are plain BMP text, so code units are enough.

import { PairSet, UnitSet } from '../text/bits';

export interface Hit {
	start: number;
	end: number;
	/** Index of the pattern in the list the matcher was built from. */
	pattern: number;
}

export class AhoCorasick {
	readonly patterns: readonly string[];
	/** Dense transitions of the root: most characters of a text start no name at all. */
	private root = new Int32Array(65536);
	/**
	 * Which pairs of units start a name. A scan asks it first, of every pair of the text: a third of
	 * the characters of a text start some name (成, 大, 新), so asking of the first unit alone would
	 * be yes, and a mispredicted branch, at every third; a pair is rarely yes.
	 */
	private pairs = new PairSet();
	/**
	 * Names of two units, and the second and third units of longer ones: most pairs that start a name
	 * start few (建设 of 建设路), and these say so before the trie is walked.
	 */
	private twos = new PairSet();
	private thirds = new PairSet();
	/** Names of one unit, which no pair starts. */
	private singles = new UnitSet();
	/**
	 * Sparse transitions of every other state: its children, sorted by code unit, are
	 * kidUnit/kidState[kids[s] .. kids[s + 1]). Most states have one or two, and flat arrays are
	 * quicker to search than a hash map is to probe.
	 */
	private kids: Int32Array;
	private kidUnit: Uint16Array;
	private kidState: Int32Array;
	private fail: Int32Array;
	/** Pattern ending at a state (-1 if none), and the nearest state on the fail chain with one. */
	private out: Int32Array;
	private outLink: Int32Array;

	constructor(patterns: readonly string[]) {
		this.patterns = patterns;
		const ends: number[] = [-1];
		// Children of each state in insertion order, for the breadth-first pass below.
		const kids: [number, number][][] = [[]];
		for (let p = 0; p < patterns.length; p++) {
			const word = patterns[p];
			if (!word) throw new Error('AhoCorasick: empty pattern');
			let s = 0;
			for (let i = 0; i < word.length; i++) {
				const c = word.charCodeAt(i);
				let t = s === 0 ? this.root[c] : (kids[s].find(([k]) => k === c)?.[1] ?? -1);
				if (t <= 0) {
					t = ends.length;
					ends.push(-1);
					kids.push([]);
					kids[s].push([c, t]);
					if (s === 0) this.root[c] = t;
				}
				s = t;
			}
			if (word.length > 1) this.pairs.add(word.charCodeAt(0), word.charCodeAt(1));
			else this.singles.add(word.charCodeAt(0));
			if (word.length === 2) this.twos.add(word.charCodeAt(0), word.charCodeAt(1));
			else if (word.length > 2) this.thirds.add(word.charCodeAt(1), word.charCodeAt(2));
			// A repeated pattern keeps its first index: callers map names to meanings once.
			if (ends[s] === -1) ends[s] = p;
		}
		this.kids = new Int32Array(ends.length + 1);
		this.kidUnit = new Uint16Array(ends.length);
		this.kidState = new Int32Array(ends.length);
		let k = 0;
		for (let s = 0; s < ends.length; s++) {
			this.kids[s] = k;
			if (s === 0) continue; // the root has its own table
			for (const [c, t] of [...kids[s]].sort((x, y) => x[0] - y[0])) {
				this.kidUnit[k] = c;
				this.kidState[k++] = t;
			}
		}
		this.kids[ends.length] = k;
		this.out = Int32Array.from(ends);
		this.fail = new Int32Array(ends.length);
		this.outLink = new Int32Array(ends.length).fill(-1);
		// Fail links breadth-first, as in the textbook construction.
		const queue = kids[0].map(([, t]) => t);
		for (let head = 0; head < queue.length; head++) {
			const s = queue[head];
			for (const [c, t] of kids[s]) {
				let f = this.fail[s];
				while (f !== 0 && this.step(f, c) === -1) f = this.fail[f];
				const g = this.step(f, c);
				this.fail[t] = g > 0 && g !== t ? g : 0;
				const ft = this.fail[t];
				this.outLink[t] = this.out[ft] !== -1 ? ft : this.outLink[ft];
				queue.push(t);
			}
		}
	}

	/** The transition from s on c; -1 when there is none (the root instead stays at 0). */
	private step(s: number, c: number): number {
		if (s === 0) return this.root[c];
		// Binary search of s's children.
		let lo = this.kids[s];
		let hi = this.kids[s + 1] - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			const u = this.kidUnit[mid];
			if (u === c) return this.kidState[mid];
			if (u < c) lo = mid + 1;
			else hi = mid - 1;
		}
		return -1;
	}

	/** The pattern that `head` and `tail` spell one after the other, or -1: asked without making their string. */
	indexOfJoined(head: string, tail: string): number {
		let s = 0;
		for (const part of [head, tail])
			for (let i = 0; i < part.length; i++) {
				s = this.step(s, part.charCodeAt(i));
				if (s <= 0) return -1;
			}
		return this.out[s];
	}

	/** Every occurrence of every pattern, overlaps included, ordered by end. */
	all(text: string): Hit[] {
		const hits: Hit[] = [];
		let s = 0;
		for (let i = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			let t = this.step(s, c);
			while (t === -1) {
				s = this.fail[s];
				t = this.step(s, c);
			}
			s = t;
			for (let o = this.out[s] !== -1 ? s : this.outLink[s]; o > 0; o = this.outLink[o]) {
				const p = this.out[o];
				hits.push({ start: i + 1 - this.patterns[p].length, end: i + 1, pattern: p });
			}
		}
		return hits;
	}

	/** The longest pattern that starts at `start` and ends by `end`, or null. */
	longestWithin(text: string, start: number, end: number): Hit | null {
		let best: Hit | null = null;
		let s = this.root[text.charCodeAt(start)];
		for (let j = start + 1; s > 0 && j <= end; j++) {
			if (this.out[s] !== -1) best = { start, end: j, pattern: this.out[s] };
			if (j === end) break;
			s = this.step(s, text.charCodeAt(j));
		}
		return best;
	}

	/**
	 * Non-overlapping matches, scanning left to right and taking the longest at each start. Rather
	 * than collect every overlapping hit and sort them, this walks the trie from each start: most
	 * characters start no name (one look-up in the dense root table), and names are short.
	 */
	longest(text: string): Hit[] {
		const chosen: Hit[] = [];
		const { pairs, twos, thirds, singles } = this;
		const n = text.length;
		let i = 0;
		while (i < n) {
			const c = text.charCodeAt(i);
			const u = i + 1 < n ? text.charCodeAt(i + 1) : -1;
			if (u === -1 || !pairs.has(c, u) || (!twos.has(c, u) && (i + 2 === n || !thirds.has(u, text.charCodeAt(i + 2))))) {
				if (singles.has(c)) chosen.push({ start: i, end: i + 1, pattern: this.out[this.root[c]] });
				i++;
				continue;
			}
			let best = -1;
			let end = i;
			let s = this.root[c];
			for (let j = i + 1; s > 0; j++) {
				if (this.out[s] !== -1) {
					best = this.out[s];
					end = j;
				}
				if (j === n) break;
				s = this.step(s, text.charCodeAt(j));
			}
			if (best === -1) i++;
			else {
				chosen.push({ start: i, end, pattern: best });
				i = end;
			}
		}
		return chosen;
	}
}
