// Policy texts arrive as UTF-8 (with or without a BOM), as UTF-16 from Windows tools, as GBK /
// GB18030 from older Chinese sites, or as Big5 from Hong Kong and Taiwan ones (Traditional text);
// now and then a Japanese report on Chengdu comes as Shift-JIS.
// Decoding is strict: a file that is not cleanly one of these is reported, never silently mangled
// into replacement characters or into the wrong characters of another encoding.
import { InputError } from './errors';
import { isBlank, unitString } from './units';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5' | 'shift_jis';

export interface Decoded {
	text: string;
	encoding: Encoding;
}

/** A decoded text as code units, a view of a buffer the next decode reuses. */
export interface DecodedUnits {
	units: Uint16Array;
	encoding: Encoding;
}

// Decoders are created once: TextDecoder construction is not free and files come by the thousand.
const decoders = new Map<string, TextDecoder>();
function decoder(label: string): TextDecoder {
	let d = decoders.get(label);
	if (!d) {
		d = new TextDecoder(label, { fatal: true });
		decoders.set(label, d);
	}
	return d;
}

/** Bytes 1–8, 14–31 and 127: never in text, the usual sign of a binary file. */
function isControlByte(b: number): boolean {
	return (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) || b === 127;
}

/**
 * The document format a file's first bytes announce (a PDF or a Word file saved with .txt), or null:
 * its text is inside, but only the program that wrote it can take it out.
 */
function documentFormat(bytes: Uint8Array): string | null {
	const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
	if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'PDF';
	if (starts(0x50, 0x4b, 0x03, 0x04)) return 'Word .docx, Excel .xlsx or another ZIP archive';
	if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'Word .doc or Excel .xls (Office 97–2003)';
	if (starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) return 'RTF';
	return null;
}

function binaryProblem(bytes: Uint8Array): string | null {
	// A sample is enough: binary formats show themselves in their first kilobytes.
	const n = Math.min(bytes.length, 65536);
	let controls = 0;
	for (let i = 0; i < n; i++) {
		const b = bytes[i];
		if (b === 0) return `NUL byte at offset ${i}; UTF-16 needs a byte-order mark`;
		if (isControlByte(b)) controls++;
	}
	if (controls > 0 && controls * 10 > n) return `${controls} control bytes in the first ${n}`;
	return null;
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstBadUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
		if (need < 0) return i;
		for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
		i += need + 1;
	}
	return i;
}

// The units a text is decoded into, kept from file to file: twice the largest file's size, at most.
let scratch = new Uint16Array(0);

function room(n: number): Uint16Array {
	if (scratch.length < n) scratch = new Uint16Array(Math.max(n, 2 * scratch.length));
	return scratch;
}

/**
 * Strict UTF-8, BOM left out, into the scratch units: what TextDecoder with fatal: true makes of the
 * bytes, or -1 where it would throw. Returns the number of units. Node's TextDecoder takes ~8 ns a
 * byte of Chinese text, most of it making the string; this loop takes ~1.
 */
function utf8(bytes: Uint8Array): number {
	const n = bytes.length;
	const out = room(n); // never more units than bytes
	let i = n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	let o = 0;
	while (i < n) {
		const b = bytes[i];
		// Three bytes first: Chinese characters are, and they are most of a policy text.
		if ((b & 0xf0) === 0xe0) {
			if (i + 2 >= n) return -1;
			const b1 = bytes[i + 1];
			const b2 = bytes[i + 2];
			if ((((b1 & 0xc0) ^ 0x80) | ((b2 & 0xc0) ^ 0x80)) !== 0) return -1;
			const c = ((b & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
			if (c < 0x800 || (c & 0xf800) === 0xd800) return -1; // overlong, or a surrogate
			out[o++] = c;
			i += 3;
		} else if (b < 0x80) {
			out[o++] = b;
			i++;
		} else if (b >= 0xc2 && b < 0xe0) {
			if (i + 1 >= n || (bytes[i + 1] & 0xc0) !== 0x80) return -1;
			out[o++] = ((b & 0x1f) << 6) | (bytes[i + 1] & 0x3f);
			i += 2;
		} else if (b >= 0xf0 && b < 0xf5) {
			if (i + 3 >= n || (bytes[i + 1] & 0xc0) !== 0x80 || (bytes[i + 2] & 0xc0) !== 0x80 || (bytes[i + 3] & 0xc0) !== 0x80)
				return -1;
			const c = ((b & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12) | ((bytes[i + 2] & 0x3f) << 6) | (bytes[i + 3] & 0x3f);
			if (c < 0x10000 || c > 0x10ffff) return -1;
			out[o++] = 0xd7c0 + (c >> 10);
			out[o++] = 0xdc00 | (c & 0x3ff);
			i += 4;
		} else return -1;
	}
	return o;
}

/** Decodes with a strict TextDecoder into the scratch units; returns their number, or -1. */
function strict(label: string, bytes: Uint8Array): number {
	let text: string;
	try {
		text = decoder(label).decode(bytes);
	} catch {
		return -1;
	}
	const out = room(text.length);
	for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
	return text.length;
}

/** Decodes a text file's bytes; the BOM, if any, is not part of the text. Throws InputError. */
export function decode(bytes: Uint8Array, file: string): Decoded {
	const { units, encoding } = decodeUnits(bytes, file);
	return { text: unitString(units, 0, units.length), encoding };
}

/**
 * decode, without making the text a string: the pipeline reads it as units, and a string of a
 * whole document is a large allocation it mostly does without.
 */
export function decodeUnits(bytes: Uint8Array, file: string): DecodedUnits {
	if (bytes.length === 0) throw new InputError(file, 'empty', '0 bytes');
	const b0 = bytes[0];
	const b1 = bytes[1];
	let length: number;
	let encoding: Encoding;
	if (b0 === 0xff && b1 === 0xfe) {
		if (bytes.length >= 4 && bytes[2] === 0 && bytes[3] === 0)
			throw new InputError(file, 'encoding', 'UTF-32 is not supported');
		encoding = 'utf-16le';
		length = strict('utf-16le', bytes);
	} else if (b0 === 0xfe && b1 === 0xff) {
		encoding = 'utf-16be';
		length = strict('utf-16be', bytes);
	} else {
		const format = documentFormat(bytes);
		if (format) throw new InputError(file, 'document', format);
		const binary = binaryProblem(bytes);
		if (binary) throw new InputError(file, 'binary', binary);
		if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
			encoding = 'utf-8-bom';
			length = utf8(bytes);
		} else {
			encoding = 'utf-8';
			length = utf8(bytes);
			if (length < 0) ({ encoding, length } = doubleByte(bytes, file));
		}
	}
	if (length < 0) {
		if (encoding === 'utf-8-bom')
			throw new InputError(file, 'encoding', `UTF-8 byte-order mark, but invalid UTF-8 at byte ${firstBadUtf8(bytes)}`);
		const why = bytes.length % 2 ? 'odd number of bytes' : 'unpaired surrogate';
		throw new InputError(file, 'encoding', `broken ${encoding.toUpperCase()}: ${why}`);
	}
	const units = scratch.subarray(0, length);
	let blank = 0;
	while (blank < length && isBlank(units[blank])) blank++;
	if (blank === length) throw new InputError(file, 'empty', `only whitespace, ${bytes.length} bytes`);
	if (encoding.startsWith('utf-16')) {
		const problem = controlProblem(units);
		if (problem) throw new InputError(file, 'binary', problem);
	}
	return { units, encoding };
}

/**
 * Below this share of Chinese characters among the non-ASCII ones, a GB18030 reading is taken for
 * Big5 read wrongly (成都市 in Big5 reads as Θ常カ in GB18030: Greek, kana, symbols), if Big5 reads
 * as Chinese, and better.
 */
const PLAUSIBLE = 0.9;

/**
 * GB18030 or Big5 (or Shift-JIS, for Japanese), for bytes that are not UTF-8. Each accepts almost
 * any byte soup, so they are tried only after UTF-8 has failed, and the reading chosen is the one
 * that reads as Chinese text, or as Japanese where kana say so.
 */
function doubleByte(bytes: Uint8Array, file: string): { encoding: Encoding; length: number } {
	if (kanaShare(bytes) >= KANA) {
		const sjis = strict('shift_jis', bytes);
		if (sjis >= 0) return { encoding: 'shift_jis', length: sjis };
	}
	const gb = strict('gb18030', bytes);
	const gbShare = gb < 0 ? -1 : chineseShare(gb);
	if (gbShare >= PLAUSIBLE) return { encoding: 'gb18030', length: gb };
	const big5 = strict('big5', bytes);
	const big5Share = big5 < 0 ? -1 : chineseShare(big5);
	if (big5Share >= PLAUSIBLE && big5Share > gbShare) return { encoding: 'big5', length: big5 };
	// The scratch units now hold the Big5 reading, if any: read GB18030 again.
	if (gb >= 0) return { encoding: 'gb18030', length: strict('gb18030', bytes) };
	throw new InputError(file, 'encoding', `invalid UTF-8 at byte ${firstBadUtf8(bytes)}, and neither GB18030 nor Big5`);
}

/**
 * Above this share of kana among the two-byte characters, bytes are Japanese in Shift-JIS (its
 * kana, which every Japanese sentence has, lead with 0x82 and 0x83). GB18030 reads them as rare
 * Chinese characters that Chinese text all but never uses (成都市は… would read 惉搒巗偼…).
 */
const KANA = 0.2;

/** Of the two-byte characters of a text read as Shift-JIS (or GBK: both pair bytes so), the share of kana. */
function kanaShare(bytes: Uint8Array): number {
	let pairs = 0;
	let kana = 0;
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i];
		if (b < 0x80) continue;
		pairs++;
		if (b === 0x82 || b === 0x83) kana++;
		i++;
	}
	return pairs ? kana / pairs : 0;
}

/** Of the first n scratch units that are not ASCII, the share that are Chinese characters or Chinese punctuation. */
function chineseShare(n: number): number {
	let other = 0;
	let chinese = 0;
	for (let i = 0; i < n; i++) {
		const c = scratch[i];
		if (c < 0x80) continue;
		if (isChinese(c)) chinese++;
		else other++;
	}
	return chinese + other === 0 ? 1 : chinese / (chinese + other);
}

/** CJK ideographs, CJK and full-width punctuation, and the dashes, quotes and ellipsis Chinese text uses. */
function isChinese(c: number): boolean {
	return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e) || (c >= 0x2010 && c <= 0x2027);
}

/** The UTF-16 counterpart of the byte check: NULs and control characters mean binary data. */
function controlProblem(units: Uint16Array): string | null {
	const n = Math.min(units.length, 65536);
	let controls = 0;
	for (let i = 0; i < n; i++) {
		const c = units[i];
		if (c === 0) return `NUL character at offset ${i}`;
		if (isControlByte(c) || (c >= 0x80 && c < 0xa0)) controls++;
	}
	return controls > 0 && controls * 10 > n ? `${controls} control characters in the first ${n}` : null;
}
