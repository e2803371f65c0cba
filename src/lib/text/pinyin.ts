// Inline pinyin annotations, as left by some "add pinyin" converters: 國(guó), 會(huì), even
// I(mǎi)BM, and as texts give the reading of a rare name: 邛崃(qióng lái). Only syllables that each
// carry exactly one tone mark, right after a letter or an ideograph, count. Every annotation in seed
// 002 has its tone mark, so requiring one is what keeps real content such as (成都), (郊), (GDP),
// (IBM), (B2B), (a) or (de) safe: a toneless syllable is indistinguishable from a Latin word or list
// marker.
import { isLatinLetter, stringUnits } from './units';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const BASE = 'aaaaeeeeiiiioooouuuuüüüünnnm';

// Letters allowed inside the parentheses: ASCII lowercase, ü and the tone-marked vowels (all below
// U+1E40), as a table: this is asked at every parenthesis after a letter of a long text.
const LETTER = new Uint8Array(0x1e40);
for (const ch of `abcdefghijklmnopqrstuvwxyzü${TONED}`) LETTER[ch.charCodeAt(0)] = 1;
const MAX_SYLLABLE = 7;
/** The vowel under each tone mark: 0 for an unmarked letter. */
const TONE_BASE = new Uint16Array(0x1e40);
for (let k = 0; k < TONED.length; k++) TONE_BASE[TONED.charCodeAt(k)] = BASE.charCodeAt(k);

// Toneless syllable shapes: an optional initial and a final. Slightly generous (it accepts a few
// combinations Mandarin never uses) but it rejects English words, which is what matters here.
const SYLLABLE =
	/^(?:(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:a|ai|an|ang|ao|e|ei|en|eng|er|i|ia|ian|iang|iao|ie|in|ing|iong|iu|o|ong|ou|u|ua|uai|uan|uang|ue|ui|un|uo|ü|üan|üe|ün|v|ve)|m|n|ng|hm|hng)$/;

function isLetterOrIdeograph(c: number): boolean {
	return isLatinLetter(c) || isIdeograph(c);
}

function isIdeograph(c: number): boolean {
	return (
		(c >= 0x3400 && c <= 0x4dbf) ||
		(c >= 0x4e00 && c <= 0x9fff) ||
		(c >= 0xf900 && c <= 0xfaff) ||
		(c >= 0xdc00 && c <= 0xdfff) || // second half of a supplementary ideograph
		c === 0x3007
	);
}

/** The most syllables one annotation gives a word: 金马河(jīn mǎ hé), 龙泉驿区(lóng quán yì qū). */
const MAX_SYLLABLES = 4;

/**
 * If `units[i]` opens a pinyin annotation, the offset just past its closing parenthesis; else -1.
 * Cheap to call on every '(' — most calls fail on the first test. Besides one syllable after any
 * letter or ideograph, an annotation may give a word's syllables apart by spaces, each with its tone
 * mark, as many as the ideographs just before it: 邛崃(qióng lái).
 */
export function annotationEnd(units: Uint16Array, i: number): number {
	const open = units[i];
	if (open !== 0x28 && open !== 0xff08) return -1;
	if (i === 0 || !isLetterOrIdeograph(units[i - 1])) return -1;
	let close = i + 1;
	while (close - i <= MAX_SYLLABLES * (MAX_SYLLABLE + 1) && ((units[close] < LETTER.length && LETTER[units[close]]) || units[close] === 0x20)) close++;
	if (close === i + 1 || units[close] !== (open === 0x28 ? 0x29 : 0xff09)) return -1;
	let syllables = 0;
	for (let from = i + 1, k = from; k <= close; k++) {
		if (k < close && units[k] !== 0x20) continue;
		if (k === from || k - from > MAX_SYLLABLE || !tonedAt(units, from, k)) return -1;
		syllables++;
		from = k + 1;
	}
	if (syllables > MAX_SYLLABLES) return -1;
	for (let k = 1; syllables > 1 && k <= syllables; k++) if (i - k < 0 || !isIdeograph(units[i - k])) return -1;
	return close + 1;
}

/** A single pinyin syllable with exactly one tone mark. */
export function isToned(s: string): boolean {
	return tonedAt(stringUnits(s), 0, s.length);
}

/** isToned of units[from, to), without a string unless it has its one tone mark. */
function tonedAt(units: Uint16Array, from: number, to: number): boolean {
	let tones = 0;
	for (let k = from; k < to; k++) if (TONE_BASE[units[k]]) tones++;
	if (tones !== 1) return false;
	let base = '';
	for (let k = from; k < to; k++) base += String.fromCharCode(TONE_BASE[units[k]] || units[k]);
	return SYLLABLE.test(base);
}
