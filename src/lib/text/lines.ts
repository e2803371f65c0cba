// Line numbers are asked for once per paragraph, mention and removed piece, so they come from a
// binary search over precomputed line starts rather than from counting newlines each time.

/** Line starts of a text; a line ends at \n, \r\n or a lone \r. */
export class LineIndex {
	readonly starts: Int32Array;

	constructor(readonly text: string) {
		let buf = new Int32Array(256);
		let n = 1; // line 1 starts at 0
		const len = text.length;
		// indexOf is far faster than a charCodeAt loop on long texts; a lone \r is rare enough to
		// look for only when the text has one.
		const hasCR = text.indexOf('\r') !== -1;
		let i = 0;
		while (i < len) {
			const nl = text.indexOf('\n', i);
			const cr = hasCR ? text.indexOf('\r', i) : -1;
			let next: number;
			if (cr !== -1 && (nl === -1 || cr < nl)) next = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
			else if (nl !== -1) next = nl + 1;
			else break;
			if (n === buf.length) {
				const grown = new Int32Array(buf.length * 2);
				grown.set(buf);
				buf = grown;
			}
			buf[n++] = next;
			i = next;
		}
		this.starts = buf.slice(0, n);
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
		if (line >= this.starts.length) return this.text.length;
		let end = this.starts[line];
		const t = this.text;
		if (t.charCodeAt(end - 1) === 10) end--;
		if (end > this.starts[line - 1] && t.charCodeAt(end - 1) === 13) end--;
		return end;
	}
}

// Callers ask about the same few texts many times in a row, so a handful of indexes are kept.
// Few, because telling two long strings of equal length apart means comparing their content.
const recent: LineIndex[] = [];

export function lineIndex(text: string): LineIndex {
	for (const idx of recent) if (idx.text === text) return idx;
	const idx = new LineIndex(text);
	recent.unshift(idx);
	if (recent.length > 4) recent.pop();
	return idx;
}

/** 1-based line of an offset in `original`. */
export function lineAt(original: string, offset: number): number {
	return lineIndex(original).lineAt(offset);
}
