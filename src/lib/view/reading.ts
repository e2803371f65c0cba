// The reading view's layout of a document: section headings, paragraphs and, on request, the
// pieces of the original that normalization removed, all in the order of the original file.
import type { Commitment, Document, Mention, Paragraph, PlaceKind, Removed, Section } from '../types';
import { emptyState, serializeHash } from './hash';

export type Block =
	/** A section whose title is not the start of a paragraph (otherwise see `heading`). */
	| { kind: 'section'; section: Section }
	| {
			kind: 'paragraph';
			paragraph: Paragraph;
			/**
			 * How many characters at the start are the title of the section it opens: all of them
			 * for a heading line, fewer for a run-in title like "(一)构建区域发展生态圈。正文…".
			 */
			heading: number;
			/** Pieces cut from inside the paragraph (pinyin annotations, mostly), grouped by reason. */
			removed: Map<Removed['reason'], Removed[]>;
	  }
	| { kind: 'removed'; removed: Removed };

function groupByReason(pieces: Removed[]): Map<Removed['reason'], Removed[]> {
	const out = new Map<Removed['reason'], Removed[]>();
	for (const r of [...pieces].sort((a, b) => a.start - b.start)) {
		out.set(r.reason, [...(out.get(r.reason) ?? []), r]);
	}
	return out;
}

export function blocks(doc: Document): Block[] {
	const paragraphs = [...doc.paragraphs].sort((a, b) => a.start - b.start);
	const opening = new Map(paragraphs.map((p) => [p.start, p]));
	const inside = (r: Removed) => paragraphs.find((p) => r.start >= p.start && r.start < p.end);
	const within = new Map<string, Removed[]>();
	const out: (Block & { at: number })[] = [];
	for (const r of doc.removed) {
		const p = inside(r);
		if (p) within.set(p.id, [...(within.get(p.id) ?? []), r]);
		else out.push({ kind: 'removed', removed: r, at: r.start });
	}

	const headings = new Map<string, number>();
	for (const s of doc.sections) {
		const p = opening.get(s.start);
		const title = s.title.trim();
		if (p && title && p.text.startsWith(title)) headings.set(p.id, title.length);
		else out.push({ kind: 'section', section: s, at: s.start });
	}
	for (const p of paragraphs) {
		const removed = groupByReason(within.get(p.id) ?? []);
		out.push({ kind: 'paragraph', paragraph: p, heading: headings.get(p.id) ?? 0, removed, at: p.start });
	}
	// Stable sort, headings pushed first: a section heading stays before the paragraph at its offset.
	return out.sort((a, b) => a.at - b.at).map(({ at: _, ...block }) => block as Block);
}

/** Zoom for a place seen on its own: a district needs to be seen whole. */
const PLACE_ZOOM = { exact: 14, area: 13, approximate: 13, district: 11 } as const;
/** …and so does a district by kind, however exact its outline; a line, a river or a mountain is seen along more of its course. */
const KIND_ZOOM: Partial<Record<PlaceKind, number>> = { district: 10, line: 12, river: 12, mountain: 12 };

/** The map page's hash for a commitment selected at one of its places. */
export function commitmentHash(commitment: string, place: string): string {
	return serializeHash({ ...emptyState(), sel: commitment, at: place });
}

/** The map page's hash for a mention: its commitment selected there, or else its place in view. */
export function mentionHash(m: Mention): string {
	return m.commitment
		? commitmentHash(m.commitment, m.place)
		: serializeHash({ ...emptyState(), camera: { zoom: Math.min(PLACE_ZOOM[m.precision], KIND_ZOOM[m.kind] ?? Infinity), lat: m.lat, lng: m.lng } });
}

/**
 * Commitments that no mention in the text links to, by paragraph: those of a district's own text
 * or section that name no place (加强招商引资攻势 in 新都区's report). The reading view marks
 * where their sentences end, or nothing there would say the sentence is on the map.
 */
export function unnamedCommitments(commitments: readonly Commitment[], mentions: readonly Mention[]): Map<string, Commitment[]> {
	const linked = linkedCommitments(mentions);
	return byParagraph(commitments.filter((c) => !linked.has(c.id)));
}

/** The commitments some mention links to: any other names no place in its sentence. */
export function linkedCommitments(mentions: readonly Mention[]): Set<string | null> {
	return new Set(mentions.map((m) => m.commitment));
}

/** Records (mentions, unlocated names) grouped by the paragraph they stand in, in their order. */
export function byParagraph<T extends { paragraph: string }>(records: readonly T[]): Map<string, T[]> {
	const out = new Map<string, T[]>();
	for (const r of records) out.set(r.paragraph, [...(out.get(r.paragraph) ?? []), r]);
	return out;
}
