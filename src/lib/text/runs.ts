// The maps from normalized text back to the original, kept as runs. Normalizing keeps one span per
// output unit (MappedBuffer), but nearly every unit comes from the one original character after
// the last unit's: a paragraph's map is a few runs, not a span per character. A document's maps
// as runs take a few hundred kilobytes instead of five bytes a character, and memory is what a
// 50 MB corpus spends its time on (every page the process touches for the first time costs).
import type { MappedBuffer } from './simplify';

/**
 * Runs of many maps, one after another. Run r covers the units from at[r] (counted from the start
 * of its own map) to the next run's at. With len[r] = 0 it is linear: its k-th unit is the one
 * original unit start[r] + k. Otherwise every unit of it stands for the whole span
 * [start[r], start[r] + len[r]) (both halves of a surrogate pair, a phrase converted as a block).
 */
export class Runs {
	at = new Int32Array(1024);
	start = new Int32Array(1024);
	len = new Uint8Array(1024);
	length = 0;

	/** Appends the map of `b` as runs; returns the index of its first run. */
	add(b: MappedBuffer): number {
		const first = this.length;
		const { start: bs, len: bl } = b;
		const n = b.length;
		// Most lines map one run: the look at every unit below would find just that.
		if (b.linear) {
			if (n > 0) {
				if (first === this.at.length) this.grow();
				this.at[first] = 0;
				this.start[first] = bs[0];
				this.len[first] = 0;
				this.length = first + 1;
			}
			return first;
		}
		let r = first - 1; // the run being extended, once this map has one
		// The run being extended, in locals: its start less its first unit (linear runs), or its span.
		let base = 0;
		let start = 0;
		let len = -1;
		for (let k = 0; k < n; k++) {
			const s = bs[k];
			const l = bl[k];
			if (len === 0 ? l === 1 && s - k === base : s === start && l === len) continue;
			if (++r === this.at.length) this.grow();
			len = l === 1 ? 0 : l;
			start = s;
			base = s - k;
			this.at[r] = k;
			this.start[r] = s;
			this.len[r] = len;
		}
		this.length = r + 1;
		return first;
	}

	private grow(): void {
		const cap = this.at.length * 2;
		const at = new Int32Array(cap);
		at.set(this.at);
		const start = new Int32Array(cap);
		start.set(this.start);
		const len = new Uint8Array(cap);
		len.set(this.len);
		this.at = at;
		this.start = start;
		this.len = len;
	}

	/** A copy trimmed to size, for keeping once a document is done (this one is then reused). */
	trimmed(): Runs {
		const t = new Runs();
		t.at = this.at.slice(0, this.length);
		t.start = this.start.slice(0, this.length);
		t.len = this.len.slice(0, this.length);
		t.length = this.length;
		return t;
	}

	/** The run of [from, to) holding unit k of that map. */
	private find(from: number, to: number, k: number): number {
		let lo = from;
		let hi = to - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.at[mid] <= k) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	}

	/** Where unit k of the map in runs [from, to) starts in the original. */
	startOf(from: number, to: number, k: number): number {
		const r = this.find(from, to, k);
		return this.len[r] === 0 ? this.start[r] + (k - this.at[r]) : this.start[r];
	}

	/** Where unit k of the map in runs [from, to) ends in the original. */
	endOf(from: number, to: number, k: number): number {
		const r = this.find(from, to, k);
		return this.len[r] === 0 ? this.start[r] + (k - this.at[r]) + 1 : this.start[r] + this.len[r];
	}
}
