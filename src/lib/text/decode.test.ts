import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from './decode';
import { InputError } from './errors';

const seed = readFileSync(new URL('../../../seeds/000_5d5bbed32776f649.txt', import.meta.url));
const seedText = seed.toString('utf8');

function utf16(text: string, bigEndian: boolean): Uint8Array {
	const out = new Uint8Array(2 + text.length * 2);
	out[0] = bigEndian ? 0xfe : 0xff;
	out[1] = bigEndian ? 0xff : 0xfe;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		out[2 + 2 * i + (bigEndian ? 0 : 1)] = c >> 8;
		out[2 + 2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
	}
	return out;
}

function problem(bytes: Uint8Array): InputError {
	try {
		decode(bytes, 'seeds/x.txt');
	} catch (err) {
		expect(err).toBeInstanceOf(InputError);
		return err as InputError;
	}
	throw new Error('decode did not throw');
}

describe('decode', () => {
	it('reads UTF-8', () => {
		expect(decode(seed, 'a')).toEqual({ text: seedText, encoding: 'utf-8' });
	});

	it('reads UTF-8 with a BOM and leaves the BOM out of the text', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('成都')]);
		expect(decode(bytes, 'a')).toEqual({ text: '成都', encoding: 'utf-8-bom' });
	});

	it('reads UTF-16 LE and BE with a BOM, including surrogate pairs', () => {
		const text = seedText + '𠀀𫫇';
		expect(decode(utf16(text, false), 'a')).toEqual({ text, encoding: 'utf-16le' });
		expect(decode(utf16(text, true), 'a')).toEqual({ text, encoding: 'utf-16be' });
	});

	it('falls back to GB18030 when the bytes are not UTF-8', () => {
		const gbk = readFileSync(new URL('./fixtures/000.gbk.txt', import.meta.url));
		expect(decode(gbk, 'a')).toEqual({ text: seedText, encoding: 'gb18030' });
	});

	// 成都市加快建設天府國際機場，推進錦江公園建設。 as Big5 and as GBK (iconv -t big5, -t gbk).
	const TRADITIONAL = '成都市加快建設天府國際機場，推進錦江公園建設。';
	const hex = (h: string) => new Uint8Array(h.match(/../g)!.map((b) => parseInt(b, 16)));
	const BIG5 = hex('a6a8b3a3a5aba55ba7d6abd8b35da4d1a9b2b0eabbdabef7b3f5a141b1c0b669c041a6bfa4bdb6e9abd8b35da143');
	const GBK = hex('b3c9b6bccad0bcd3bfecbda8d44fccecb8ae87f8eb48994388f6a3accdc6df4de55cbdadb9ab8840bda8d44fa1a3');

	it('reads Big5, which GB18030 would read as other characters (Θ常カ…)', () => {
		expect(decode(BIG5, 'a')).toEqual({ text: TRADITIONAL, encoding: 'big5' });
	});

	it('still reads Traditional text in GBK as GB18030, not as Big5', () => {
		expect(decode(GBK, 'a')).toEqual({ text: TRADITIONAL, encoding: 'gb18030' });
	});

	it('reads Japanese in Shift-JIS as Japanese, which GB18030 would read as rare characters (惉搒巗偼…)', () => {
		// 成都市は天府国際空港の建設を加速します。 (iconv -t shift_jis)
		const sjis = hex('90ac93738e7382cd9356957b8d918ddb8bf38d6082cc8c9a90dd82f089c191ac82b582dc82b78142');
		expect(decode(sjis, 'a')).toEqual({ text: '成都市は天府国際空港の建設を加速します。', encoding: 'shift_jis' });
		// Chinese in GBK has no kana to mistake: the seed and the Traditional text above stay GB18030.
		expect(decode(readFileSync(new URL('./fixtures/000.gbk.txt', import.meta.url)), 'a').encoding).toBe('gb18030');
	});

	it('reports an empty file', () => {
		const err = problem(new Uint8Array(0));
		expect(err.problem).toBe('empty');
		expect(err.message).toBe('seeds/x.txt: empty file (0 bytes)');
	});

	it('reports a file of only whitespace, in any encoding', () => {
		const ws = new TextEncoder().encode(' \n\t\r\n\u3000\u00a0\u200b\n');
		expect(problem(ws).message).toBe(`seeds/x.txt: empty file (only whitespace, ${ws.length} bytes)`);
		expect(problem(utf16('  \n ', false)).problem).toBe('empty');
		expect(problem(new Uint8Array([0xef, 0xbb, 0xbf])).problem).toBe('empty');
	});

	it('reports binary data: NUL bytes or mostly control bytes', () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
		const err = problem(png);
		expect(err.problem).toBe('binary');
		expect(err.message).toMatch(/^seeds\/x\.txt: binary file, not text \(NUL byte at offset 8/);
		const controls = new Uint8Array(200).map((_, i) => (i % 3 ? 0x41 : 0x01));
		expect(problem(controls).problem).toBe('binary');
		expect(problem(utf16('a\u0000b\u0001', false)).problem).toBe('binary');
	});

	it('names a PDF, Word or RTF file saved as .txt, and asks for its text', () => {
		const ascii = (s: string) => new TextEncoder().encode(s);
		const pdf = problem(ascii('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'));
		expect(pdf.problem).toBe('document');
		expect(pdf.message).toBe('seeds/x.txt: a document file, not plain text: save it as UTF-8 text first (PDF)');
		expect(problem(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0])).detail).toMatch(/docx/);
		expect(problem(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0])).detail).toMatch(/\.doc\b/);
		expect(problem(ascii('{\\rtf1\\ansi\\ansicpg936 \\u25104?')).detail).toBe('RTF');
		// Text that merely begins with such letters is text.
		expect(() => decode(ascii('%PDF 是一种文件格式。'), 'seeds/x.txt')).not.toThrow();
	});

	it('reports bytes that are neither UTF-8, GB18030 nor Big5', () => {
		const err = problem(new Uint8Array([0x41, 0x42, 0x81, 0x20, 0x43]));
		expect(err.problem).toBe('encoding');
		expect(err.message).toBe(
			'seeds/x.txt: not valid UTF-8, UTF-16, GB18030 or Big5 text (invalid UTF-8 at byte 2, and neither GB18030 nor Big5)'
		);
	});

	it('reports broken UTF-16', () => {
		const odd = utf16('成都', false).subarray(0, 5);
		expect(problem(odd).message).toMatch(/broken UTF-16LE: odd number of bytes/);
		const lone = utf16('\ud800x', true);
		expect(problem(lone).message).toMatch(/broken UTF-16BE: unpaired surrogate/);
		expect(problem(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])).message).toMatch(/UTF-32/);
		expect(problem(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc4, 0xe3])).message).toBe(
			'seeds/x.txt: not valid UTF-8, UTF-16, GB18030 or Big5 text (UTF-8 byte-order mark, but invalid UTF-8 at byte 4)'
		);
	});

	it('reads UTF-8 exactly as a strict TextDecoder does, and rejects what it rejects', () => {
		const strict = new TextDecoder('utf-8', { fatal: true });
		// Valid text (astral characters included) with stray, truncated, overlong and surrogate bytes cut in.
		const bad = fc.constantFrom([0x80], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe6, 0x88], [0xf0, 0x9f], [0xff]);
		const piece = fc.oneof(fc.string({ unit: 'grapheme', minLength: 1 }).map((s) => [...new TextEncoder().encode(s)]), bad);
		fc.assert(
			fc.property(fc.boolean(), fc.array(piece, { minLength: 1, maxLength: 8 }), (bom, pieces) => {
				const bytes = new Uint8Array([...(bom ? [0xef, 0xbb, 0xbf] : []), 0x41, ...pieces.flat()]);
				let expected: string | null = null;
				try {
					expected = strict.decode(bytes);
				} catch {
					// not UTF-8
				}
				let got: { text: string; encoding: string } | null = null;
				try {
					got = decode(bytes, 'x');
				} catch {
					// neither UTF-8, GB18030 nor Big5, or binary
				}
				if (expected !== null && got !== null) expect(got.text).toBe(expected);
				if (got?.encoding.startsWith('utf-8')) expect(got.text).toBe(expected);
				if (expected !== null && !/[\x00-\x08\x0e-\x1f\x7f]/.test(expected)) expect(got?.encoding).toBe(bom ? 'utf-8-bom' : 'utf-8');
			}),
			{ numRuns: 2000 }
		);
	});

	it('every message is one line naming the file', () => {
		for (const bytes of [new Uint8Array(0), new Uint8Array([0]), new Uint8Array([0x81, 0x20])]) {
			const err = problem(bytes);
			expect(err.message.startsWith('seeds/x.txt: ')).toBe(true);
			expect(err.message).not.toMatch(/\n/);
		}
	});
});

describe('InputError', () => {
	it('describes the problems the command line raises', () => {
		expect(new InputError('seeds/d', 'directory').message).toBe('seeds/d: is a directory, not a file');
		expect(new InputError('seeds/x.txt', 'unreadable', 'EACCES').message).toBe('seeds/x.txt: cannot be read (EACCES)');
		const err = new InputError('f', 'empty');
		expect(err).toBeInstanceOf(Error);
		expect([err.file, err.problem, err.name]).toEqual(['f', 'empty', 'InputError']);
	});
});
