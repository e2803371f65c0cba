// Cuts a paragraph into plain and marked runs, for highlighting sentences and mentions by offset.

export interface Mark<T> {
	/** UTF-16 offsets into the text, end exclusive. */
	at: readonly [number, number];
	data: T;
}

export interface Span<T> {
	text: string;
	start: number;
	mark: T | null;
}

/**
 * Runs that cover the whole text in order. Marks are clamped to the text; a mark that is empty
 * or overlaps an earlier (or, at the same start, longer) one is left out, so runs never nest.
 * A plain run is also cut at each offset of `cuts`, so that something can be set there.
 */
export function spans<T>(text: string, marks: readonly Mark<T>[], cuts: readonly number[] = []): Span<T>[] {
	const ordered = marks
		.map((m) => ({
			start: Math.max(0, Math.min(m.at[0], text.length)),
			end: Math.max(0, Math.min(m.at[1], text.length)),
			data: m.data
		}))
		.filter((m) => m.end > m.start)
		.sort((a, b) => a.start - b.start || b.end - a.end);
	const out: Span<T>[] = [];
	let pos = 0;
	for (const m of ordered) {
		if (m.start < pos) continue;
		if (m.start > pos) out.push({ text: text.slice(pos, m.start), start: pos, mark: null });
		out.push({ text: text.slice(m.start, m.end), start: m.start, mark: m.data });
		pos = m.end;
	}
	if (pos < text.length || out.length === 0) {
		out.push({ text: text.slice(pos), start: pos, mark: null });
	}
	return cuts.length ? out.flatMap((run) => (run.mark === null ? cut(run, cuts) : [run])) : out;
}

function cut<T>(run: Span<T>, cuts: readonly number[]): Span<T>[] {
	const end = run.start + run.text.length;
	const at = [...new Set(cuts)].filter((c) => c > run.start && c < end).sort((a, b) => a - b);
	const edges = [run.start, ...at, end];
	return at.length
		? edges.slice(1).map((e, i) => ({ text: run.text.slice(edges[i] - run.start, e - run.start), start: edges[i], mark: null }))
		: [run];
}

const STOPS = /[。；！？!?;]/;

/**
 * The part of a text to show around a range: up to `context` characters either side, trimmed to
 * the nearest sentence boundary within them so that the excerpt reads as whole sentences.
 */
export function excerpt(text: string, at: readonly [number, number], context = 60): [number, number] {
	const [start, end] = [Math.max(0, at[0]), Math.min(text.length, at[1])];
	let from = Math.max(0, start - context);
	let to = Math.min(text.length, end + context);
	if (from > 0) {
		const stop = text.slice(from, start).search(STOPS);
		if (stop >= 0) from += stop + 1;
	}
	if (to < text.length) {
		const stop = text.slice(end, to).search(STOPS);
		if (stop >= 0) to = end + stop + 1;
		// A range that ends a sentence is not followed by half of the next one.
		else if (STOPS.test(text[end - 1] ?? '')) to = end;
	}
	return [from, to];
}
