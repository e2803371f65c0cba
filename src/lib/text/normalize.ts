// Normalization of original text into paragraph text, keeping for every output UTF-16 unit the
// exact original span [start, start+len) that produced it. Three passes over typed buffers:
//   1. drop pinyin annotations, read HTML character references, fold look-alikes, collapse spaces,
//      glue joined lines, drop the spaces of letter-spaced Chinese;
//   2. Traditional → Simplified (simplify.ts), code point for code point;
//   3. half-width , : ; ? ! next to Chinese become full-width, and a . that ends a Chinese sentence
//      becomes 。 (one unit for one unit).
// No pass allocates per character, so normalizing tens of megabytes stays fast.
import { entityAt } from './entities';
import { DROP, FOLD, FOLD_ASTRAL, SPACE } from './fold';
import { annotationEnd } from './pinyin';
import { MappedBuffer, simplify } from './simplify';
import { isDigit, isHan, isLatinLetter, stringUnits } from './units';

// Scratch buffers reused across calls; results are copied out by the caller before the next call.
const folded = new MappedBuffer();
const converted = new MappedBuffer();

function isAsciiAlnum(u: number): boolean {
	return isDigit(u) || isLatinLetter(u);
}

function isNarrowMark(c: number): boolean {
	return c === 0x2c || c === 0x3a || c === 0x3b || c === 0x3f || c === 0x21;
}

/** Characters that make a neighbouring , : ; ? ! part of Chinese text. */
function isChineseContext(u: number): boolean {
	return (
		(u >= 0x3000 && u <= 0x9fff) ||
		(u >= 0xf900 && u <= 0xfaff) ||
		(u >= 0xff00 && u <= 0xffef) ||
		(u >= 0xd800 && u <= 0xdfff) ||
		u === 0x201c ||
		u === 0x201d ||
		u === 0x2018 ||
		u === 0x2019 ||
		u === 0x2014 ||
		u === 0x2026
	);
}

/**
 * Normalizes the text `original` (code units) over `ranges` (flat: start0, end0, start1, end1 …),
 * the ranges being the lines of one paragraph in order (or the pieces of them that markup leaves). Pinyin annotations found are appended to
 * `pinyin` as start, end pairs (pass null to skip). Returns a scratch buffer valid until the next call.
 */
export function normalizeRanges(original: Uint16Array, ranges: ArrayLike<number>, pinyin: number[] | null): MappedBuffer {
	const a = folded;
	a.reset();
	// Output never outgrows the input except by one glue space per joined line.
	a.ensure(ranges[ranges.length - 1] - ranges[0] + ranges.length);
	// Locals, not module bindings, in the hot loop: bundlers turn imports into property lookups.
	const fold = FOLD;
	const units = a.units;
	const starts = a.start;
	const lens = a.len;
	let n = 0;
	// Whether a space of any width was read: most lines have none, and need no look for letter-spacing.
	let spaces = false;
	// Whether every unit written stands for one original unit (no character reference, no astral character).
	let oneForOne = true;
	for (let r = 0; r < ranges.length; r += 2) {
		const s = ranges[r];
		const e = ranges[r + 1];
		if (r > 0 && n > 0 && isAsciiAlnum(units[n - 1]) && isAsciiAlnum(original[s]) && !(isDigit(units[n - 1]) && isDigit(original[s]))) {
			// Latin words broken over lines get their space back (a number does not: 2 / 7号线 is
			// 27号线). The space stands for the line break, the first after the last line's text (a
			// blank the trim left out, such as U+200B, may come first). Ranges of one line, around
			// markup cut out of it, join as the markup's words do: with no space.
			let lineBreak = ranges[r - 1];
			while (lineBreak < s && original[lineBreak] !== 0x0a && original[lineBreak] !== 0x0d) lineBreak++;
			if (lineBreak < s) {
				spaces = true;
				units[n] = 0x20;
				starts[n] = lineBreak;
				lens[n++] = 1;
			}
		}
		let i = s;
		while (i < e) {
			let c = original[i];
			// How many original units make c: more than one for a character reference (&ldquo;).
			let span = 1;
			if (c === 0x26) {
				const ref = entityAt(original, i, e);
				if (ref >= 0) {
					c = ref >>> 4;
					span = ref & 15;
					oneForOne = false;
				}
			}
			const f = fold[c];
			if (f === 0) {
				if (span === 1 && (c === 0x28 || c === 0xff08)) {
					const end = annotationEnd(original, i);
					if (end > 0 && end <= e) {
						pinyin?.push(i, end);
						i = end;
						continue;
					}
				} else if ((c & 0xfc00) === 0xd800 && i + 1 < e && (original[i + 1] & 0xfc00) === 0xdc00) {
					oneForOne = false;
					const lo = original[i + 1];
					const astral = FOLD_ASTRAL.get((c - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000);
					if (astral === undefined) {
						units[n] = c;
						starts[n] = i;
						lens[n++] = 2;
						units[n] = lo;
						starts[n] = i;
						lens[n++] = 2;
					} else
						for (let k = 0; k < astral.length; k++) {
							units[n] = astral.charCodeAt(k);
							starts[n] = i;
							lens[n++] = 2;
						}
					i += 2;
					continue;
				}
				units[n] = c;
				starts[n] = i;
				lens[n++] = span;
			} else if (f === SPACE) {
				spaces = true;
				// A run of blanks is one space; one with a tab is a tab, which sets apart a table's cells, whatever they hold
				// (4	金马河渡口遗址	清	古遗址 keeps its cell 清: see letterSpacing).
				if (n > 0 && units[n - 1] !== 0x20 && units[n - 1] !== TAB) {
					units[n] = c === TAB ? TAB : 0x20;
					starts[n] = i;
					lens[n++] = span;
				} else if (c === TAB && n > 0) units[n - 1] = TAB;
			} else if (f !== DROP) {
				units[n] = f;
				starts[n] = i;
				lens[n++] = span;
			}
			i += span;
		}
	}
	while (n > 0 && (units[n - 1] === 0x20 || units[n - 1] === TAB)) n--;
	a.length = n;
	if (spaces) letterSpacing(a);
	// The units then come from strictly rising original units: from the first to the last of one
	// range with none left out, they are its units one after another, as in most lines.
	const kept = a.length;
	a.linear = oneForOne && ranges.length === 2 && (kept === 0 || (starts[0] === ranges[0] && starts[kept - 1] === ranges[0] + kept - 1));

	const b = simplify(a, converted);

	// A run of , : ; ? ! touching Chinese on either side is Chinese punctuation, all of it (so
	// "!," before 成 widens whole, and normalizing twice changes nothing).
	const u = b.units;
	const m = b.length;
	for (let i = 0; i < m; i++) {
		if (u[i] > 0x3f) continue; // the marks are all below ?, most text is above
		// 建设. 推动…: a full stop typed half-width after Chinese (not 1.5, not 1.公交, not 等...).
		if (u[i] === 0x2e && i > 0 && isHan(u[i - 1]) && (i + 1 === m || u[i + 1] === 0x20 || isHan(u[i + 1]))) {
			u[i] = 0x3002;
			continue;
		}
		if (!isNarrowMark(u[i])) continue;
		let j = i + 1;
		while (j < m && isNarrowMark(u[j])) j++;
		if ((i > 0 && isChineseContext(u[i - 1])) || (j < m && isChineseContext(u[j])))
			for (let k = i; k < j; k++) u[k] += 0xfee0;
		i = j;
	}
	b.spaced = spaces;
	return b;
}

/**
 * Drops the spaces of letter-spaced Chinese (支持锦 江 区建设: a justified PDF line, a spaced-out
 * title), in place: a space between two Chinese characters, one of which stands alone between two
 * such spaces. One space between phrases (全力打造航空新城 加快建设…) is the writer's and stays.
 */
function letterSpacing(a: MappedBuffer): void {
	const u = a.units;
	const n = a.length;
	// Found first, dropped after: dropping as it goes would change what the next test reads. Most
	// lines have none, and make no list.
	let drop: number[] | null = null;
	// The space itself is looked at first: the test runs on every unit, and most are no space.
	for (let i = 1; i < n; i++) if (u[i] === 0x20 && spaced(u, n, i) && (spaced(u, n, i + 2) || spaced(u, n, i - 2))) (drop ??= []).push(i);
	if (!drop) return;
	let w = drop[0];
	for (let i = drop[0], k = 0; i < n; i++) {
		if (i === drop[k]) {
			k++;
			continue;
		}
		u[w] = u[i];
		a.start[w] = a.start[i];
		a.len[w++] = a.len[i];
	}
	a.length = w;
}

const TAB = 0x09;

/** Whether units[i] is a space between two Chinese characters. */
function spaced(u: Uint16Array, n: number, i: number): boolean {
	return i > 0 && i + 1 < n && u[i] === 0x20 && isHan(u[i - 1]) && isHan(u[i + 1]);
}

/** Normalized text of a whole string, without the map (tests, search keys). */
export function normalizeText(s: string): string {
	if (s.length === 0) return '';
	return normalizeRanges(stringUnits(s), [0, s.length], null).toString();
}
