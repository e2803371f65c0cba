// Text as UTF-16 code units in a typed array, the way the pipeline reads it: a document is decoded
// into units once, and strings are made only of the parts that need to be strings.

const littleEndian = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** A strict UTF-16 decoder in the platform's byte order (little-endian everywhere in practice), or none. */
const utf16 = littleEndian && typeof TextDecoder !== 'undefined' ? new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }) : null;

type Ucs2Slice = (this: ArrayBufferView, byteStart: number, byteEnd: number) => string;
/**
 * Node's Buffer#ucs2Slice, where there is one (the pipeline's scripts): it copies any byte view's
 * UTF-16LE units into a string, lone surrogates as they are, three times as fast as TextDecoder
 * and with no subarray to make first. A browser has none, and decodes below.
 */
const ucs2Slice = littleEndian ? (globalThis as { Buffer?: { prototype: { ucs2Slice?: Ucs2Slice } } }).Buffer?.prototype.ucs2Slice : undefined;

/** units[from, to) as a string. */
export function unitString(units: Uint16Array, from: number, to: number): string {
	if (ucs2Slice) return ucs2Slice.call(units, 2 * from, 2 * to);
	// Decoding the units as UTF-16 bytes is the fastest way to a string; fatal, because a lone
	// surrogate must stay as it is (it has no UTF-16 bytes to decode), and then the loop does it.
	if (utf16 && to - from > 32) {
		try {
			return utf16.decode(units.subarray(from, to));
		} catch {
			// lone surrogates: below
		}
	}
	let s = '';
	// fromCharCode.apply has an argument-count limit; 8K units per call stays well below it.
	for (let i = from; i < to; i += 8192)
		s += String.fromCharCode.apply(null, units.subarray(i, Math.min(to, i + 8192)) as unknown as number[]);
	return s;
}

/** The code units of a string. */
export function stringUnits(s: string): Uint16Array {
	const units = new Uint16Array(s.length);
	for (let i = 0; i < s.length; i++) units[i] = s.charCodeAt(i);
	return units;
}

/** ：, or : typed for it. */
export function isColon(unit: number): boolean {
	return unit === 0xff1a || unit === 0x3a;
}

/** What /\s/ matches (ECMAScript WhiteSpace and LineTerminator), without a string per character. */
export function isSpace(c: number): boolean {
	return (
		(c >= 0x09 && c <= 0x0d) ||
		c === 0x20 ||
		c === 0xa0 ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200a) ||
		c === 0x2028 ||
		c === 0x2029 ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0x3000 ||
		c === 0xfeff
	);
}

/** Whitespace as a reader sees it: spaces of every width, line breaks and the zero-width characters that make a page look blank. */
export function isBlank(c: number): boolean {
	return isSpace(c) || (c >= 0x200b && c <= 0x200d) || c === 0x2060;
}

/**
 * Emoji and the symbols a post decorates its sentences with (🚄, ✈️, 👉): a unit of an astral
 * character, the symbol and dingbat blocks, and the joiner and selector that build emoji.
 */
export function isPictograph(c: number): boolean {
	return (c >= 0xd800 && c <= 0xdfff) || (c >= 0x2600 && c <= 0x27bf) || (c >= 0x2b00 && c <= 0x2bff) || c === 0xfe0f || c === 0x200d;
}

/** The bullets a list's items open with: ●, ▶, ◆, ·. */
export const BULLETS = '●○■□◆◇▶►•·★☆▪▫◎';
const BULLET_UNITS = new Set([...BULLETS].map((b) => b.charCodeAt(0)));
export function isBullet(c: number): boolean {
	return BULLET_UNITS.has(c);
}

/** A to Z, a to z. */
export function isLatinLetter(c: number): boolean {
	return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** 0 to 9. */
export function isDigit(c: number): boolean {
	return c >= 0x30 && c <= 0x39;
}

/** U+4E00–U+9FA5, the range the patterns of the pipeline call Chinese ([\u4e00-\u9fa5]). */
export function isHan(c: number): boolean {
	return c >= 0x4e00 && c <= 0x9fa5;
}

/** 、 between the items of a list, and 和, 及 or 与 before its last: 空港新城、简州新城和绛溪新城. */
export function joinsList(c: number): boolean {
	return c === 0x3001 /* 、 */ || c === 0x548c /* 和 */ || c === 0x53ca /* 及 */ || c === 0x4e0e /* 与 */;
}

const CHINESE_NUMERALS = '〇一二两三四五六七八九十百';

/** 1 for an Arabic digit, 2 for a Chinese numeral, 0 for any other character (or none). */
export function numeralKind(c: string | undefined): number {
	if (c === undefined) return 0;
	return c >= '0' && c <= '9' ? 1 : CHINESE_NUMERALS.includes(c) ? 2 : 0;
}
