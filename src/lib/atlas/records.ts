// From an ingested document to its mentions and commitments, each pointing at its exact
// characters in the original file.
import type { Ingested } from '../text';
import type { Gazetteer } from '../geocode/gazetteer';
import type { Found, Geoparser } from '../geocode/parse';
import type { Commitment, Document, Mention, PlaceKind, Status, Theme } from '../types';
import { clauses, committedAt, figures, sentences, targetYears, themeOf, verbPhrase } from './language';

export interface Unlocated {
	name: string;
	doc: string;
	paragraph: string;
	line: number;
	/** Whether the sentence commits to it: a commitment the map cannot show. */
	committed: boolean;
	reason: string;
}

export interface Analysis {
	mentions: Mention[];
	commitments: Commitment[];
	/** Place names found in the text that the gazetteer cannot locate. */
	unlocated: Unlocated[];
}

const KIND_THEME: Partial<Record<PlaceKind, Theme>> = {
	line: 'transport',
	hub: 'transport',
	river: 'ecology',
	mountain: 'ecology'
};

/** A question or a place outside the city commits nothing here; a title never does. */
const QUESTION = /[？?][”’」』）)]*$/;

export function analyse(ingested: Ingested, parser: Geoparser, gazetteer: Gazetteer): Analysis {
	const { document: doc } = ingested;
	const sectionById = new Map(doc.sections.map((s) => [s.id, s]));
	const since = yearOf(doc.date);
	// A heading names a topic; the paragraphs under it hold the commitments.
	const headings = new Set(doc.sections.map((s) => s.start));
	const mentions: Mention[] = [];
	const commitments: Commitment[] = [];
	const unlocated: Unlocated[] = [];

	for (const para of doc.paragraphs) {
		const status: Status = (para.section && sectionById.get(para.section)?.status) || 'planned';
		const found = parser.parse(para.text, para.scope);
		// Only a district's own paragraphs commit without naming a place; elsewhere a paragraph
		// that names none has nothing to map.
		const scoped = para.scope !== 'city' && gazetteer.byId.has(para.scope) && !headings.has(para.start);
		if (!found.length && !scoped) continue;
		for (const [a, b] of sentences(para.text)) {
			const here = found.filter((f) => f.start >= a && f.end <= b);
			if (!here.length && !scoped) continue;
			// Verbs inside a cited title (《关于加快推进…的决定》) commit nothing: mask them, offsets kept.
			const original = para.text.slice(a, b);
			const sentence = maskTitles(original);
			const silent = QUESTION.test(sentence) || status === 'glossary';
			const spans = clauses(sentence);
			const clauseOf = (f: Found) => spans.findIndex(([x, y]) => f.start - a >= x && f.start - a < y);
			const outside = (f: Found) => f.place !== null && gazetteer.byId.get(f.place)!.kind === 'outside';
			// A place is committed when named in a clause that has (or frames) a verb phrase.
			const commits = (f: Found) => {
				if (silent || f.title || outside(f) || quoted(para.text, f.start)) return false;
				const i = clauseOf(f);
				return i !== -1 && committedAt(sentence, spans, i) !== null;
			};
			for (const f of here.filter((f) => f.place === null)) {
				const { line } = ingested.toOriginal(para.id, f.start, f.end);
				unlocated.push({
					name: f.surface,
					doc: doc.id,
					paragraph: para.id,
					line,
					committed: commits(f),
					reason: 'named in the gazetteer but no source locates it'
				});
			}
			const inside = here.filter((f) => f.place !== null);
			const committed = inside.filter(commits);
			const verb = committed.length
				? committedAt(sentence, spans, clauseOf(committed[0]))
				: silent || inside.some((f) => !f.title && !outside(f))
					? null
					: verbPhrase(sentence);
			// A scoped paragraph (a district's own plan or section) commits its district when it names no place.
			const places = committed.length
				? [...new Set(committed.map((f) => f.place!))]
				: verb && scoped
					? [para.scope]
					: [];
			let commitment: Commitment | null = null;
			if (verb && places.length) {
				const hint = KIND_THEME[gazetteer.byId.get(places[0])!.kind] ?? null;
				const span = ingested.toOriginal(para.id, a, b);
				commitment = {
					id: `${doc.id}-c${commitments.length + 1}`,
					doc: doc.id,
					paragraph: para.id,
					section: para.section,
					line: span.line,
					start: span.start,
					end: span.end,
					at: [a, b],
					sentence: original,
					verb,
					theme: themeOf(original, hint),
					status,
					places,
					years: targetYears(original, since),
					figures: figures(original)
				};
				commitments.push(commitment);
			}
			for (const f of inside) {
				const place = gazetteer.byId.get(f.place!)!;
				const span = ingested.toOriginal(para.id, f.start, f.end);
				const linked = commitment && committed.includes(f) ? commitment : null;
				mentions.push({
					id: `${doc.id}-m${mentions.length + 1}`,
					doc: doc.id,
					paragraph: para.id,
					line: span.line,
					start: span.start,
					end: span.end,
					at: [f.start, f.end],
					surface: f.surface,
					place: place.id,
					name: place.name,
					kind: place.kind,
					lng: place.anchor[0],
					lat: place.anchor[1],
					precision: place.precision,
					commitment: linked?.id ?? null,
					theme: linked?.theme ?? null,
					status
				});
			}
		}
	}
	return { mentions, commitments, unlocated };
}

function maskTitles(sentence: string): string {
	return sentence.replace(/《[^《》]*》/g, (t) => '《' + '□'.repeat(t.length - 2) + '》');
}

/** What makes a quoted name a brand or slogan rather than a project: “科创通+科创岛”服务生态. */
const BRAND = /^[”“、等\u4e00-\u9fa5·—+]{0,16}?(?:品牌|标识|名片|口号|服务生态|服务体系|IP)/;

/**
 * Inside a law's title 《四川天府新区条例》 or a quoted brand or slogan (“来成都到锦江…”品牌): the
 * place is named without anything committed to it. Quoted project names (加快建设“沸腾里”) still count.
 */
function quoted(text: string, at: number): boolean {
	const inside = (open: string, close: string) => {
		const o = text.lastIndexOf(open, at);
		const c = text.indexOf(close, at);
		return o !== -1 && text.lastIndexOf(close, at) < o && c !== -1 ? c : -1;
	};
	if (inside('《', '》') !== -1) return true;
	const close = inside('“', '”');
	return close !== -1 && BRAND.test(text.slice(close + 1));
}

export function yearOf(date: string): number | null {
	const m = /^(\d{4})/.exec(date);
	return m ? Number(m[1]) : null;
}

/** The extract command's records. The public contract names the document by its file name. */
export function extractRecords(doc: Document, analysis: Analysis) {
	const named = { doc: doc.file };
	return [
		...doc.paragraphs.map((p) => ({
			type: 'paragraph' as const,
			id: p.id,
			...named,
			section: p.section,
			scope: p.scope,
			line: p.line,
			start: p.start,
			end: p.end,
			text: p.text
		})),
		...analysis.mentions.map((m) => ({ type: 'mention' as const, ...m, ...named })),
		...analysis.commitments.map((c) => ({ type: 'commitment' as const, ...c, ...named }))
	];
}
