// From bytes to a Document: decode, split into lines, drop web-page furniture, normalize each line,
// rejoin paragraphs broken over blank lines, find headings and sections. Every paragraph keeps a
// map from its normalized text back to the original characters.
import type { Document, DocumentMeta, InputWarning, Paragraph, Removed, RemovedReason, Section } from '../types';
import { icpPieces, markdownMark, PAGE_FURNITURE, strongChrome, weakChrome } from './chrome';
import { decode, decodeUnits } from './decode';
import {
	endsSentence,
	headingTitle,
	isBody,
	isHeadingish,
	isSubheading,
	isHeadlineLike,
	isKeywordHeading,
	isLeaderHeading,
	isNumberedItem,
	isTopicHeading,
	ITEM_NUMBER,
	keywordStatus,
	leaderOffice,
	LIST_LEVEL,
	ordinalLevel
} from './headings';
import { defaultStatus, ofPastYears, TOP, withHead } from './head';
import { LineIndex } from './lines';
import { keptRanges, markupSpans, opensBlock } from './markup';
import { normalizeRanges } from './normalize';
import { Runs } from './runs';
import { districtIn, districtLabel } from './scope';
import { isBlank, isBullet, isHan, isPictograph, unitString } from './units';
import { endsStatement, leavesOpen, switchesLanguage, wrapOf, type Wrap } from './wrap';

export interface Ingested {
	document: Document;
	/** Decoded original text (BOM removed); all start/end offsets index into it. Made when first asked for. */
	readonly original: string;
	/** Maps a span [a,b) of paragraph.text (normalized) to the exact original span and its 1-based line. */
	toOriginal(paragraphId: string, a: number, b: number): { start: number; end: number; line: number };
	/** Things a reader should know about the input that do not stop it being read. */
	warnings: InputWarning[];
}

/** A non-blank line: its content span (indentation and trailing blanks excluded) and text. */
interface Line {
	line: number;
	start: number;
	end: number;
	text: string;
	/** This line's map: runs [from, to) of the document's runs. */
	from: number;
	to: number;
	/** Pinyin annotations found in the line, as indexes into the pinyin pairs list. */
	pinFrom: number;
	pinTo: number;
	/** HTML markup inside [start, end), as start, end pairs, or null. */
	cuts: number[] | null;
	removed: RemovedReason | null;
	/** Where a Markdown mark before `start` starts (# , > ), or -1. */
	mark: number;
	/** Whether it starts after blanks: in a hard-wrapped text, an indented line starts a paragraph. */
	indented: boolean;
	/**
	 * Whether blanks run inside it (干线铁路　成渝中线高铁　　成都段约95公里): a table's row copied as text, or a line of
	 * fields (来源：…　　发布时间：…), which no wrap cut and no blank line broke.
	 */
	aligned: boolean;
}

interface Para {
	lines: Line[];
	text: string;
	/** Its map: runs [from, to) of the document's runs. */
	from: number;
	to: number;
}

/** The rank of a district's label on a line of its own (锦江区：): below every numbered heading. */
const LABEL_LEVEL = 6;

// The maps of the document being read; each document keeps a trimmed copy.
const runs = new Runs();

/**
 * Reads a policy text. The steps are functions of their own, not one long one: V8 compiles a
 * function again whenever one case in it turns out new, and a long one takes long to compile.
 */
export function ingest(bytes: Uint8Array, given: DocumentMeta): Ingested {
	// The text as units, not a string: a string of the whole document would be made for nothing but
	// `original`, which the pipeline never asks for (it costs ~3 ns a byte, most of it fresh memory).
	const { units: original, encoding } = decodeUnits(bytes, given.file);
	const index = new LineIndex(original);
	runs.length = 0;
	const pinyin: number[] = [];
	// Markup starts with <, and most texts have none: a scan for it rules that out faster than the pattern.
	const markup = original.includes(0x3c) ? markupSpans(unitString(original, 0, original.length)) : [];
	const lines = normalizedLines(original, index, markup, pinyin);
	markFurniture(lines);
	const paras = paragraphsOf(lines, original);
	// A web page often dates its text only in the furniture above it (来源：…　发布时间：2025-01-24 09:00).
	const top = paras.length ? paras[Math.min(TOP, paras.length) - 1].lines[0].line : Infinity;
	const furniture: string[] = [];
	for (const l of lines) {
		if (l.line >= top) break;
		if (l.removed) furniture.push(l.text);
	}
	const meta = withHead(given, paras.slice(0, 2 * TOP).map((p) => p.text), furniture, paras.slice(-TOP).map((p) => p.text));
	const removed = removedSpans(meta.id, original, lines, paras, pinyin);
	const { sections, sectionOf } = sectionsOf(paras, meta);

	// 5. Records.
	const paragraphs: Paragraph[] = paras.map((p, i) => {
		const s = sectionOf[i];
		return {
			id: `${meta.id}-p${i + 1}`,
			doc: meta.id,
			section: s === null ? null : sections[s].id,
			// A paragraph labelled with a district (锦江区：…) speaks for it, whatever its section's scope.
			scope: districtLabel(p.text) ?? (s === null ? meta.scope : sections[s].scope),
			line: p.lines[0].line,
			start: p.lines[0].start,
			end: p.lines[p.lines.length - 1].end,
			text: p.text
		};
	});
	// { ...meta, encoding, … } would do the same, but V8 gives every object that spread makes here
	// a shape of its own, and code reading documents would then be compiled again for each one.
	const document: Document = Object.assign({}, meta, { encoding, sections, paragraphs, removed });
	const garbled = mojibakeWarnings(original);
	const warnings: InputWarning[] = [
		...(encoding === 'shift_jis' ? [{ kind: 'japanese' } as const] : []),
		...markupWarnings(original, index, markup),
		...(garbled.length ? garbled : contentWarnings(paragraphs))
	];
	return new IngestedText(document, bytes, warnings, runs.trimmed(), paras, index);
}

const range: number[] = [];

/**
 * 1. Lines, normalized one by one. Markup inside a line is cut out of it, and a block's opening tag
 * (<p>, <div>, <br>, <li> …) starts a line of its own: a page saved on one line still has its
 * paragraphs. A line of nothing but markup (<body>, </div>) is kept as removed text.
 */
function normalizedLines(original: Uint16Array, index: LineIndex, markup: readonly number[], pinyin: number[]): Line[] {
	const lines: Line[] = [];
	let k = 0; // the first markup span that does not end before this line
	for (let ln = 1; ln <= index.count; ln++) {
		let s = index.lineStart(ln);
		let e = index.lineEnd(ln);
		while (s < e && isBlank(original[s])) s++;
		while (e > s && isBlank(original[e - 1])) e--;
		if (s === e) continue;
		const indented = s > index.lineStart(ln);
		const markLength = markdownMark(original, s, e);
		const mark = markLength ? s : -1;
		s += markLength;
		while (k < markup.length && markup[k + 1] <= s) k += 2;
		let from = s;
		// Made only for markup: most lines have none.
		let cuts: number[] | null = null;
		for (let j = k; j < markup.length && markup[j] < e; j += 2) {
			const a = Math.max(markup[j], s);
			if (a > from && opensBlock(original, a)) {
				pushLine(lines, original, ln, from, a, cuts, from === s ? mark : -1, from === s && indented, pinyin);
				from = a;
				cuts = null;
			}
			(cuts ??= []).push(a, Math.min(markup[j + 1], e));
		}
		pushLine(lines, original, ln, from, e, cuts, from === s ? mark : -1, from === s && indented, pinyin);
	}
	return lines;
}

/** Whether two blanks or a tab follow one another inside [s, e). */
function blanksRun(original: Uint16Array, s: number, e: number): boolean {
	for (let i = s + 1; i < e; i++) {
		const c = original[i];
		if (c === 0x09 || ((c === 0x20 || c === 0x3000) && (original[i - 1] === 0x20 || original[i - 1] === 0x3000))) return true;
	}
	return false;
}

/** Normalizes [s, e) of line `ln` less its `cuts` and adds it to `lines`, unless nothing is left of it. */
function pushLine(lines: Line[], original: Uint16Array, ln: number, s: number, e: number, cuts: number[] | null, mark: number, indented: boolean, pinyin: number[]): void {
	range.length = 0;
	keptRanges(s, e, cuts, range);
	const pinFrom = pinyin.length;
	const buf = range.length ? normalizeRanges(original, range, pinyin) : null;
	// Normalizing read every blank of a line with no markup cut out (none is inside a character
	// reference or an annotation): if it read none, the line has no run of them.
	const aligned = (cuts !== null || buf === null || buf.spaced) && blanksRun(original, s, e);
	const line: Line = { line: ln, start: s, end: e, text: '', from: 0, to: 0, pinFrom, pinTo: pinyin.length, cuts, removed: null, mark, indented, aligned };
	if (!buf || (buf.length === 0 && pinyin.length === pinFrom)) {
		line.removed = 'markup';
		if (cuts) lines.push(line); // else only invisible characters
		return;
	}
	line.text = buf.toString();
	line.from = runs.add(buf);
	line.to = runs.length;
	lines.push(line);
}

/**
 * 2. Furniture: strong patterns anywhere; weak ones only inside a run of furniture that opens or
 * closes the file and holds at least one strong line.
 */
function markFurniture(lines: Line[]): void {
	// A line of markup alone is already set aside: it neither makes nor breaks a run of furniture.
	const strong = lines.map((l) => (l.removed ? null : strongChrome(l.text)));
	lines.forEach((l, i) => (l.removed ??= strong[i]));
	// Weak patterns are tried only where they may count: in the runs from either end of the file.
	const furniture = (l: Line) => l.removed ?? weakChrome(l.text);
	const zone = (from: number, step: number) => {
		let hasStrong = false;
		let i = from;
		for (; i >= 0 && i < lines.length && furniture(lines[i]); i += step) if (strong[i]) hasStrong = true;
		if (hasStrong) for (let k = from; k !== i; k += step) lines[k].removed ??= weakChrome(lines[k].text);
	};
	zone(0, 1);
	zone(lines.length - 1, -1);
	runningHeads(lines);
}

/**
 * A printed document's running heads and feet (成都市人民政府公报 atop every page): in a text with
 * page numbers, a short line that is no sentence and comes back three times or more, or twice right by
 * a page number (成都市郫都区国土空间总体规划（2021—2035年） under — 12 —). The first line stays: it
 * is the text's title too.
 */
function runningHeads(lines: Line[]): void {
	if (lines.filter((l) => l.removed === 'page-number').length < 2) return;
	const first = lines.find((l) => !l.removed && l.text.trim());
	const candidate = (l: Line) => !l.removed && l.text.length <= 40 && !endsStatement(l.text) && l !== first;
	const count = new Map<string, number>();
	const byPage = new Set<string>();
	lines.forEach((l, i) => {
		if (!candidate(l)) return;
		count.set(l.text, (count.get(l.text) ?? 0) + 1);
		if (lines[i - 1]?.removed === 'page-number' || lines[i + 1]?.removed === 'page-number') byPage.add(l.text);
	});
	for (const l of lines) if (candidate(l) && (count.get(l.text)! >= 3 || (count.get(l.text)! >= 2 && byPage.has(l.text)))) l.removed = 'running-head';
}

/**
 * 3. Paragraphs: kept lines, rejoined where a sentence was cut in two: across blank lines and the
 * furniture of a printed page, and, in a hard-wrapped text, at a plain line break after a line the
 * wrap filled. A numbered item after a blank line starts anew, whatever the line before left open
 * (责任单位：…人民政府 / 3.提升枢纽协同能级。…).
 */
function paragraphsOf(lines: Line[], original: Uint16Array): Para[] {
	const paras: Para[] = [];
	const wrap = wrapOf(lines.filter((l) => !l.removed && !l.aligned).map((l) => l.text));
	let prevLine: Line | null = null;
	for (const l of lines) {
		// A page number or running head is where a page ends, not where a paragraph does.
		if (PAGE_FURNITURE.has(l.removed)) continue;
		const last = paras[paras.length - 1];
		const joins =
			!l.removed &&
			last !== undefined &&
			prevLine === last.lines[last.lines.length - 1] && // no furniture in between
			!prevLine.aligned &&
			!l.aligned &&
			(l.line > prevLine.line + 1 // separated by blank lines
				? !endsSentence(prevLine.text) && !CREDIT.test(prevLine.text) && (filled(prevLine, wrap) || (!endsHeading(last) && !opensItem(l.text) && !isPostLine(prevLine.text))) && !isHeadingish(l.text)
				: !endsStatement(prevLine.text) && wrapped(prevLine, l, wrap)) &&
			!switchesLanguage(prevLine.text, l.text);
		if (joins) last.lines.push(l);
		else if (!l.removed) paras.push({ lines: [l], text: l.text, from: l.from, to: l.to });
		prevLine = l;
	}
	for (const p of paras) {
		if (p.lines.length === 1) continue;
		// Normalized as one run, so a phrase cut by the line break still converts as a phrase.
		const r: number[] = [];
		for (const l of p.lines) keptRanges(l.start, l.end, l.cuts, r);
		const buf = normalizeRanges(original, r, null);
		p.text = buf.toString();
		p.from = runs.add(buf);
		p.to = runs.length;
	}
	return paras;
}

/** A photo's credit, which ends its caption whatever stop it lacks: 淮州新城管委会供图, （蒋一帆 摄）, 图源：成华区融媒体中心. */
const CREDIT = /(?:供图|[\s　（(]摄|(?:图源|图片来源)[:：][^。]*|图据[^。]*)[）)]?$/;

/**
 * Whether a paragraph is a heading that nothing after a blank line continues. One of several lines
 * is body text, unless the wrap broke a title (印发《…推进 / …》的通知): then it still reads as one.
 */
function endsHeading(p: Para): boolean {
	return p.lines.length === 1 ? isHeadingish(p.text) || isSubheading(p.text) : isHeadlineLike(p.lines.map((l) => l.text).join(''));
}

/** An item's number: 1. or （1） (not 3.5万). */
const ITEM = new RegExp(`^${ITEM_NUMBER}(?!\\d)`);

/** Whether a line opens with a bullet or the emoji a post's items open with (🔹江安河生态公园：…). */
function opensWithMark(text: string): boolean {
	return isBullet(text.charCodeAt(0)) || isPictograph(text.charCodeAt(0));
}

/** Whether a line opens an item: its number or its mark. */
function opensItem(text: string): boolean {
	return ITEM.test(text) || opensWithMark(text);
}

/**
 * Whether a line is a post's paragraph of its own, which a blank line ends whatever its last word: a bulleted item
 * (🔹涌泉街道杨柳河河道综合整治：…完成主体工程) or a line that ends with an emoji for its stop (…洗过衣裳🐟).
 */
function isPostLine(text: string): boolean {
	return opensWithMark(text) || isPictograph(text.charCodeAt(text.length - 1));
}

/**
 * Whether `next`, on the line after `line`, goes on with it: `line` came up to the wrap width of a
 * hard-wrapped text, or left a title, quotation or sentence open (印发《成都市推进 / 公园城市…》的通知;
 * 记者获悉， / 今年…) before a line that opens with no item number, and `next` neither is indented,
 * opens with a heading number nor is a table's row.
 */
function wrapped(line: Line, next: Line, wrap: Wrap | null): boolean {
	return (
		!next.indented &&
		ordinalLevel(next.text) === 0 &&
		(filled(line, wrap) || (leavesOpen(line.text) && !opensItem(next.text))) &&
		!BARRED_ROW.test(next.text)
	);
}

/** A table's row between bars (1｜龙门山镇｜宝山村｜8组｜…), which no wrap made: rows of a table as long as each other look filled to the wrap. */
const BARRED_ROW = /[｜|][^｜|]*[｜|]/;

/** Whether the wrap of a hard-wrapped text filled a line: then it goes on, whatever it opens with (（四）严格考核评估。将…实 / 绩考核…). */
function filled(line: Line, wrap: Wrap | null): boolean {
	return wrap !== null && wrap.measure(line.text) >= wrap.at;
}

/** What was left out of the paragraphs, in text order: furniture, then pinyin annotations. */
function removedSpans(doc: string, original: Uint16Array, lines: Line[], paras: Para[], pinyin: number[]): Removed[] {
	const removed: Removed[] = [];
	// Every piece lies inside one line.
	const removeSpan = (l: Line, s: number, e: number, reason: RemovedReason) =>
		removed.push({ doc, line: l.line, start: s, end: e, text: unitString(original, s, e), reason });
	for (const l of lines) {
		if (l.mark >= 0) removeSpan(l, l.mark, l.start, 'markdown');
		if (!l.removed) {
			for (let k = 0; l.cuts && k < l.cuts.length; k += 2) removeSpan(l, l.cuts[k], l.cuts[k + 1], 'markup');
			continue;
		}
		const pieces = l.removed === 'icp' ? icpPieces(unitString(original, l.start, l.end)) : null;
		if (pieces) for (const [s, e, reason] of pieces) removeSpan(l, l.start + s, l.start + e, reason);
		else removeSpan(l, l.start, l.end, l.removed);
	}
	for (const p of paras) for (const l of p.lines) for (let k = l.pinFrom; k < l.pinTo; k += 2) removeSpan(l, pinyin[k], pinyin[k + 1], 'pinyin');
	return removed.sort((x, y) => x.start - y.start);
}

/**
 * An item of a list numbered 1. 2. 3. that a label opens and its news follows (3. 青白江：国际铁路港…):
 * the label is the item's own, its siblings are not under it.
 */
const LABELLED_ITEM = /^\d{1,3}[、.．]\s*[^：:】]+[：:】]\s*\S/;

/**
 * 4. Headings and sections. Ranks: 0 part headings (工作回顾, a leader's headline), then the
 * numbered ones of ordinalLevel (第一篇, 第一章, 第一节, 一、, （一）); unnumbered topic headings rank
 * with 一、. Status and scope come from the heading itself (a leader's district, a district as the
 * title of a numbered heading: （一）锦江区) or from the nearest enclosing section of a higher rank;
 * a section runs until the next heading of the same or a higher rank.
 */
function sectionsOf(paras: Para[], meta: DocumentMeta): { sections: Section[]; sectionOf: (number | null)[] } {
	const firstBody = paras.findIndex((p) => isBody(p.text));
	const sections: Section[] = [];
	const sectionOf: (number | null)[] = [];
	const open: { k: number; level: number }[] = []; // enclosing sections, outermost first
	const status = defaultStatus(meta);
	const close = (k: number, para: number) => {
		const last = paras[para].lines;
		sections[k].end = last[last.length - 1].end;
	};
	for (let i = 0; i < paras.length; i++) {
		const t = paras[i].text;
		const next = paras[i + 1]?.text;
		const ordinal = ordinalLevel(t);
		let level = -1;
		let scope: string | null = null;
		// A numbered heading ranks by its number even when its words also announce a status
		// (第一章 发展基础, 一、2023年工作回顾): the next heading of that number closes it.
		if (isLeaderHeading(t)) {
			level = 0;
			scope = districtIn(leaderOffice(t)) ?? 'city';
		} else if (ordinal && !isNumberedItem(t)) {
			level = ordinal;
			scope = districtLabel(t);
		} else if (isKeywordHeading(t)) level = 0;
		else if (isHeadlineLike(t) && !LABELLED_ITEM.test(t) && (scope = districtLabel(t))) {
			// A label alone (锦江区：) or heading a headline (青羊：全力打造航空新城), under any
			// numbered heading: the next number or label closes it.
			level = LABEL_LEVEL;
		} else if (
			firstBody >= 0 &&
			i > firstBody &&
			isTopicHeading(t) &&
			next !== undefined &&
			(isBody(next) || ordinalLevel(next) > 0)
		)
			level = LIST_LEVEL;
		if (level >= 0) {
			while (open.length && open[open.length - 1].level >= level) close(open.pop()!.k, i - 1);
			const parent = open.length ? sections[open[open.length - 1].k] : null;
			const p = paras[i];
			const k = sections.length;
			const title = headingTitle(t);
			const said = keywordStatus(title);
			sections.push({
				id: `${meta.id}-s${k + 1}`,
				doc: meta.id,
				title,
				scope: scope ?? parent?.scope ?? meta.scope,
				// A heading of a year before the text's own reports, whatever its words (2024年主要工作 in a bulletin of 2025).
				status: (said !== 'glossary' && ofPastYears(title, meta.date) ? 'reported' : said) ?? parent?.status ?? status,
				line: p.lines[0].line,
				start: p.lines[0].start,
				end: p.lines[p.lines.length - 1].end
			});
			open.push({ k, level });
			sectionOf.push(k);
		} else sectionOf.push(open.length ? open[open.length - 1].k : null);
	}
	while (open.length) close(open.pop()!.k, paras.length - 1);
	return { sections, sectionOf };
}

/**
 * An ingested document. toOriginal is a method, so one function serves every document: a closure
 * per document would make its callers' compiled code wrong for the next document, every time.
 */
class IngestedText implements Ingested {
	private prefix: string;
	/** Paragraph n's map is runs [spans[2n - 2], spans[2n - 1]). */
	private spans: Int32Array;
	// Callers ask about one paragraph several times in a row (each mention, each sentence).
	private lastId: string | null = null;
	private lastN = 0;

	private text: string | undefined;

	constructor(
		readonly document: Document,
		/** The bytes read, kept to decode `original` from when asked: the caller must not change them. */
		private bytes: Uint8Array,
		readonly warnings: InputWarning[],
		private runs: Runs,
		paras: Para[],
		private index: LineIndex
	) {
		this.prefix = `${document.id}-p`;
		this.spans = new Int32Array(2 * paras.length);
		paras.forEach((p, i) => {
			this.spans[2 * i] = p.from;
			this.spans[2 * i + 1] = p.to;
		});
	}

	get original(): string {
		return (this.text ??= decode(this.bytes, this.document.file).text);
	}

	toOriginal(paragraphId: string, a: number, b: number) {
		const { paragraphs } = this.document;
		const { runs } = this;
		let n = this.lastN;
		if (paragraphId !== this.lastId) {
			n = paragraphId.startsWith(this.prefix) ? Number(paragraphId.slice(this.prefix.length)) : NaN;
			const found = paragraphs[n - 1];
			if (!found || found.id !== paragraphId) throw new RangeError(`${this.document.file}: no paragraph ${paragraphId}`);
			this.lastId = paragraphId;
			this.lastN = n;
		}
		const para = paragraphs[n - 1];
		const len = para.text.length;
		if (!(Number.isInteger(a) && Number.isInteger(b) && 0 <= a && a <= b && b <= len))
			throw new RangeError(`${paragraphId}: span [${a}, ${b}) outside its ${len} characters`);
		const from = this.spans[2 * n - 2];
		const to = this.spans[2 * n - 1];
		let start: number;
		let end: number;
		if (a < b) {
			start = runs.startOf(from, to, a);
			end = runs.endOf(from, to, b - 1);
		} else {
			start = end = a < len ? runs.startOf(from, to, a) : len > 0 ? runs.endOf(from, to, len - 1) : para.start;
		}
		return { start, end, line: this.index.lineAt(start) };
	}
}

/** How much of a text is looked at for mojibake: it garbles a whole file, so its head shows it. */
const MOJIBAKE_HEAD = 4096;

/**
 * A text whose UTF-8 bytes were once read as Latin-1 or Windows-1252 and saved again (成都 became
 * æˆéƒ½): its Chinese is lost to the reader, though the file decodes. Seen as a lead character of
 * UTF-8 (Ã, ä … ï) before a continuation (U+0080–U+00BF, or what Windows-1252 makes of one: ˆ, ‰ …),
 * more often than Chinese characters appear.
 */
function mojibakeWarnings(original: Uint16Array): InputWarning[] {
	let pairs = 0;
	let han = 0;
	let first = -1;
	const n = Math.min(original.length, MOJIBAKE_HEAD);
	for (let i = 0; i < n; i++) {
		const c = original[i];
		if (isHan(c)) han++;
		else if (c >= 0xc3 && c <= 0xef && i + 1 < n && continuesUtf8(original[i + 1])) {
			pairs++;
			if (first === -1) first = i;
		}
	}
	if (pairs < 3 || pairs <= han) return [];
	// C1 controls (what Latin-1 makes of some continuation bytes) show as nothing: shown as �.
	const sample = unitString(original, first, Math.min(first + 12, original.length)).replace(/[\u0080-\u009f]/g, '\ufffd');
	return [{ kind: 'mojibake', sample }];
}

/** A UTF-8 continuation byte as Latin-1 (U+0080–U+00BF) or Windows-1252 (€ ‚ ƒ „ … ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ) decode it. */
function continuesUtf8(c: number): boolean {
	return (c >= 0x80 && c <= 0xbf) || WINDOWS_1252_HIGH.includes(String.fromCharCode(c));
}
const WINDOWS_1252_HIGH = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/**
 * A text with nothing left once its markup and furniture are set aside, or with no Chinese in it
 * (an English press release): it is read and kept, but nothing of it can be placed on the map, the
 * gazetteer's names being Chinese.
 */
function contentWarnings(paragraphs: Paragraph[]): InputWarning[] {
	if (!paragraphs.length) return [{ kind: 'no-text' }];
	return paragraphs.some(hasHan) ? [] : [{ kind: 'no-chinese', paragraphs: paragraphs.length }];
}
function hasHan(p: Paragraph): boolean {
	for (let i = 0; i < p.text.length; i++) if (isHan(p.text.charCodeAt(i))) return true;
	return false;
}

function markupWarnings(original: Uint16Array, index: LineIndex, markup: readonly number[]): InputWarning[] {
	if (!markup.length) return [];
	const [start, end] = markup;
	const sample = unitString(original, start, Math.min(end, start + 40)) + (end - start > 40 ? '…' : '');
	return [{ kind: 'markup', line: index.lineAt(start), sample }];
}
