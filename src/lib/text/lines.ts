// Line numbers are asked for once per paragraph, mention and removed piece, so they come from a
// binary search over precomputed line starts rather than from counting newlines each time.

import { stringUnits } from './units';

/** Line starts of a text; a line ends at \n, \r\n or a lone \r. */
export class LineIndex {
	readonly starts: Int32Array;
	/** Where each line's content ends, before its line break. */
	private readonly ends: Int32Array;

	/** The lines of a text, as a string or as its code units. */
	constructor(text: string | Uint16Array) {
		const units = typeof text === 'string' ? stringUnits(text) : text;
		const length = units.length;
		let starts: Int32Array = new Int32Array(256);
		let ends: Int32Array = new Int32Array(256);
		let n = 0;
		// indexOf is far faster than a loop over every unit of a long text; a lone \r is rare enough
		// to look for only when the text has one.
		const hasCR = units.indexOf(13) !== -1;
		for (let i = 0; ; ) {
			const nl = units.indexOf(10, i);
			const cr = hasCR ? units.indexOf(13, i) : -1;
			let end = length;
			let next = -1;
			if (cr !== -1 && (nl === -1 || cr < nl)) next = units[(end = cr) + 1] === 10 ? cr + 2 : cr + 1;
			else if (nl !== -1) next = (end = nl) + 1;
			if (n === starts.length) {
				starts = grown(starts);
				ends = grown(ends);
			}
			starts[n] = i;
			ends[n++] = end;
			if (next === -1) break;
			i = next;
		}
		this.starts = starts.slice(0, n);
		this.ends = ends.slice(0, n);
	}

	get count(): number {
		return this.starts.length;
	}

	/** 1-based line of a UTF-16 offset (offsets past the end belong to the last line). */
	lineAt(offset: number): number {
		const s = this.starts;
		let lo = 0;
		let hi = s.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (s[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo + 1;
	}

	/** Offset where a 1-based line starts. */
	lineStart(line: number): number {
		return this.starts[line - 1];
	}

	/** Offset where a 1-based line's content ends (before its line break). */
	lineEnd(line: number): number {
		return this.ends[line - 1];
	}
}

function grown(a: Int32Array): Int32Array {
	const g = new Int32Array(a.length * 2);
	g.set(a);
	return g;
}

// Callers ask about the same few texts many times in a row, so a handful of indexes are kept.
// Few, because telling two long strings of equal length apart means comparing their content.
const recent: { text: string; index: LineIndex }[] = [];

export function lineIndex(text: string): LineIndex {
	for (const r of recent) if (r.text === text) return r.index;
	const index = new LineIndex(text);
	recent.unshift({ text, index });
	if (recent.length > 4) recent.pop();
	return index;
}

/** 1-based line of an offset in `original`. */
export function lineAt(original: string, offset: number): number {
	return lineIndex(original).lineAt(offset);
}
