import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BOM, csvField, parseCsv, toCsv } from './csv';

describe('toCsv', () => {
	it('starts with a BOM and ends every record with CRLF', () => {
		expect(toCsv([['a', 'b'], ['c', 'd']])).toBe(`${BOM}a,b\r\nc,d\r\n`);
	});

	it('quotes fields with commas, quotes and line breaks, doubling the quotes', () => {
		expect(csvField('春熙路，太古里')).toBe('春熙路，太古里'); // a full-width comma needs no quotes
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('他说"加快建设"')).toBe('"他说""加快建设"""');
		expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
		expect(csvField('a\r\nb')).toBe('"a\r\nb"');
		expect(csvField('')).toBe('');
	});
});

describe('parseCsv', () => {
	it('reads what toCsv writes, with quotes, commas and newlines in a sentence', () => {
		const records = [
			['文档', '句子', '地点'],
			['2024年成都市政府工作报告', '加快建设"东部新区"，推进成渝中线, 高铁\n建设', '简阳市'],
			['', '"', ',\r\n'],
			['only']
		];
		expect(parseCsv(toCsv(records))).toEqual(records);
	});

	it('accepts LF or CR line ends, no BOM and no final line break', () => {
		expect(parseCsv('a,b\nc,d')).toEqual([
			['a', 'b'],
			['c', 'd']
		]);
		expect(parseCsv('a\rb\r')).toEqual([['a'], ['b']]);
		expect(parseCsv('a,\n,b')).toEqual([
			['a', ''],
			['', 'b']
		]);
	});

	it('rejects malformed quoting', () => {
		expect(() => parseCsv('"abc')).toThrow(/unterminated/);
		expect(() => parseCsv('ab"c')).toThrow(/unquoted/);
		expect(() => parseCsv('"ab"c')).toThrow(/after a quoted/);
	});

	it('round-trips any table of strings', () => {
		const text = fc.string({ unit: fc.constantFrom('a', '成', ',', '"', '\n', '\r', ' ', '，') });
		const table = fc.array(fc.array(text, { minLength: 1, maxLength: 5 }), { maxLength: 6 });
		fc.assert(
			fc.property(table, (records) => {
				// A record of one empty field is an empty line, which is indistinguishable from none
				// at all: a table always has several columns.
				const rows = records.map((r) => [...r, 'x']);
				expect(parseCsv(toCsv(rows))).toEqual(rows);
			})
		);
	});
});
