// Hard-wrapped text: a PDF or a fixed-width file breaks every line at the same width, in the middle
// of sentences, names and numbers (加快建设龙泉山城市森林 / 公园, 2 / 7号线). A web page's text has a
// line per paragraph instead. Which of the two a document is shows in its line widths: hard-wrapped
// lines are nearly all as wide as the widest, and that width is that of a printed page.
import { isHan, isLatinLetter } from './units';

/**
 * Display width of a text: two for a Chinese or full-width character, and for the quotes, dash and
 * ellipsis Chinese type sets as wide as one (“空铁联运”, ——, …); one for anything else.
 */
export function widthOf(text: string): number {
	let w = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		w += c >= 0x2e80 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2014 || c === 0x2026 ? 2 : 1;
	}
	return w;
}

/** A page is at most this wide (80 Chinese characters); a longer line is a paragraph of its own. */
const PAGE = 160;
/** Lines narrower than this say nothing of the wrap: headings, dates, page numbers. */
const NARROW = 16;
/** How far short of the wrap a full line may fall (three Chinese characters): digits and punctuation make lines ragged. */
const RAGGED = 6;
/** How far past it one may run for each closing mark the typesetter let hang into the margin (…建设。”). */
const HANGING = 2;

/** How many marks end a line, and so may hang past the wrap (one at least, as any line may). */
function hangingMarks(text: string): number {
	let n = 0;
	while (n < text.length && HANGS.includes(text[text.length - 1 - n])) n++;
	return Math.max(n, 1);
}

/**
 * Width of a text counted in characters, each as wide as a Chinese one: a wrap that breaks every
 * so many characters (30 a line, digits or not) rather than every so many columns measures so.
 */
function charsOf(text: string): number {
	return 2 * text.length;
}

/** Where a hard-wrapped text was broken: a line whose measure comes up to `at` was filled by the wrap. */
export interface Wrap {
	at: number;
	measure: (text: string) => number;
}

/**
 * The wrap of a hard-wrapped text, or null when it is not hard-wrapped. A PDF breaks its lines at a
 * width (half a column for a digit), a fixed-width file after so many characters: the measure under
 * which more lines come up to the wrap is the one the text was broken by.
 */
export function wrapOf(texts: readonly string[]): Wrap | null {
	// A line longer than a page is wider than any wrap (wrapBy). When such lines reach past the 90th
	// percentile of all the lines, they reach past it of the lines any measure finds not narrow, a
	// subset that holds them all: no measure finds a wrap, and no line need be measured. So it is
	// with most of a web page's text.
	let long = 0;
	for (const t of texts) if (t.length > PAGE) long++;
	if (long >= texts.length - Math.floor(0.9 * (texts.length - 1))) return null;
	let best: Wrap | null = null;
	let most = 0;
	for (const measure of [widthOf, charsOf]) {
		const { at, broken } = wrapBy(texts, measure);
		if (at !== Infinity && broken > most) {
			best = { at, measure };
			most = broken;
		}
	}
	return best;
}

/**
 * The measure at or above which a line was broken by the wrap rather than by its writer (Infinity
 * when none), and how many lines were. The wrap is the measure most lines come up to (the 90th
 * percentile of the lines that are not narrow), if it fits a page and many lines come up to it
 * without ending a sentence: at least four, and two in five of the lines that are not narrow. A list
 * of headlines has lines of all widths, so few of them come that close.
 */
function wrapBy(texts: readonly string[], measure: (text: string) => number): { at: number; broken: number } {
	const none = { at: Infinity, broken: 0 };
	// A line longer than a page is wider than one: most of a web page's text is never measured.
	const widths = texts.map((t) => (t.length > PAGE ? Infinity : measure(t)));
	const wide = widths.filter((w) => w >= NARROW);
	if (wide.length < 4) return none;
	const wrap = nth(wide, Math.floor(0.9 * (wide.length - 1)));
	if (wrap > PAGE) return none;
	let broken = 0;
	texts.forEach((t, i) => {
		if (widths[i] >= wrap - RAGGED && widths[i] <= wrap + HANGING * hangingMarks(t) && !endsStatement(t)) broken++;
	});
	return broken >= 4 && broken >= 0.4 * wide.length ? { at: wrap - RAGGED, broken } : none;
}

/**
 * The n-th smallest of `widths` (from 0), counted, not sorted: a sort of a document's thousands of
 * widths took longer than measuring them. A width is a whole number up to two a unit of a line no
 * longer than a page, or Infinity.
 */
function nth(widths: readonly number[], n: number): number {
	const count = new Int32Array(2 * PAGE + 1);
	for (const w of widths) if (w !== Infinity) count[w]++;
	for (let w = 0; w < count.length; w++) if ((n -= count[w]) < 0) return w;
	return Infinity;
}

const OPENS = '《“‘（(「『【';
const CLOSES = '》”’）)」』】';

/**
 * Whether a line leaves a title, quotation or bracket open (印发《成都市推进 / 公园城市示范区…》), or
 * a sentence at a comma (记者从青羊区获悉， / 今年该区将…): no paragraph ends so.
 */
export function leavesOpen(text: string): boolean {
	const last = text[text.length - 1];
	if (last === '，' || last === '、') return true;
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (OPENS.includes(c)) depth++;
		else if (CLOSES.includes(c) && depth > 0) depth--;
	}
	return depth > 0;
}

const STOPS = '。！？!?；;：:…';
/** Marks a typesetter lets hang past the wrap: a pause, a stop or a closing mark. */
const HANGS = '，、' + STOPS + CLOSES;

/**
 * Whether a line ends a sentence, a closing quotation mark or bracket after its stop included
 * (…建设。”). One that ends in a closing mark alone does not: a wrap falls after “东进” as readily
 * as anywhere else.
 */
export function endsStatement(text: string): boolean {
	let i = text.length - 1;
	while (i >= 0 && CLOSES.includes(text[i])) i--;
	return i >= 0 && STOPS.includes(text[i]);
}

/** Latin words that make a line without Chinese a line of another language (an English version). */
const LATIN_WORDS = 3;

/**
 * The language of a line's prose: 'zh' with any Chinese character, 'latin' with none and a few Latin
 * words, null for neither (a date, a number).
 */
function languageOf(text: string): 'zh' | 'latin' | null {
	let words = 0;
	let inWord = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (isHan(c)) return 'zh';
		const letter = isLatinLetter(c);
		if (letter && !inWord) words++;
		inWord = letter;
	}
	return words >= LATIN_WORDS ? 'latin' : null;
}

/**
 * Whether two lines are in other languages: a press release's English version, a line after each
 * Chinese one, never goes on with the Chinese (成都加快建设… / Chengdu Accelerates…).
 */
export function switchesLanguage(a: string, b: string): boolean {
	const x = languageOf(a);
	const y = languageOf(b);
	return x !== null && y !== null && x !== y;
}
