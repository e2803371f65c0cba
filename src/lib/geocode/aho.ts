// Aho–Corasick over UTF-16 code units. The published libraries we tried segment text into
// grapheme clusters first (modern-ahocorasick scans about 0.03 MB/s here), far too slow for the
// 50 MB benchmark corpus; place names are plain BMP text, so code units are enough.

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
	/** Sparse transitions of every other state, keyed state * 65536 + code unit. */
	private next = new Map<number, number>();
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
				let t = this.step(s, c);
				if (t <= 0) {
					t = ends.length;
					ends.push(-1);
					kids.push([]);
					kids[s].push([c, t]);
					if (s === 0) this.root[c] = t;
					else this.next.set(s * 65536 + c, t);
				}
				s = t;
			}
			// A repeated pattern keeps its first index: callers map names to meanings once.
			if (ends[s] === -1) ends[s] = p;
		}
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
		return this.next.get(s * 65536 + c) ?? -1;
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

	/** Non-overlapping matches, scanning left to right and taking the longest at each start. */
	longest(text: string): Hit[] {
		const hits = this.all(text).sort((a, b) => a.start - b.start || b.end - a.end);
		const chosen: Hit[] = [];
		let until = 0;
		for (const h of hits) {
			if (h.start < until) continue;
			chosen.push(h);
			until = h.end;
		}
		return chosen;
	}
}
