// CSV as RFC 4180 writes it: CRLF between records, a field quoted when it holds a comma, a quote,
// CR or LF, quotes inside doubled. The file starts with a UTF-8 byte order mark so that Excel
// reads Chinese as UTF-8 rather than the system's code page.

export const BOM = '\uFEFF';

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string): string {
	return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The text of a CSV file: BOM, then one CRLF-terminated line per record. */
export function toCsv(records: readonly (readonly string[])[]): string {
	return BOM + records.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

/**
 * Reads CSV text back into records (BOM optional; CRLF, LF or CR between records; quoted fields
 * may hold commas, quotes and line breaks). Throws on a quote in the middle of an unquoted field
 * or an unterminated quoted one.
 */
export function parseCsv(text: string): string[][] {
	const s = text.startsWith(BOM) ? text.slice(1) : text;
	const records: string[][] = [];
	let record: string[] = [];
	let field = '';
	let i = 0;
	// Whether the current field has begun (a quoted empty field is still a field).
	let pending = false;
	const endField = () => {
		record.push(field);
		field = '';
		pending = false;
	};
	const endRecord = () => {
		endField();
		records.push(record);
		record = [];
	};
	while (i < s.length) {
		const c = s[i];
		if (c === '"' && field === '' && !pending) {
			// A quoted field: up to the quote not followed by another.
			i++;
			for (;;) {
				const q = s.indexOf('"', i);
				if (q < 0) throw new Error('unterminated quoted field');
				field += s.slice(i, q);
				if (s[q + 1] === '"') {
					field += '"';
					i = q + 2;
				} else {
					i = q + 1;
					break;
				}
			}
			pending = true;
			if (i < s.length && !',\r\n'.includes(s[i])) throw new Error(`text after a quoted field at ${i}`);
			continue;
		}
		if (c === ',') {
			endField();
			i++;
		} else if (c === '\r' || c === '\n') {
			endRecord();
			i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
		} else {
			if (c === '"') throw new Error(`quote inside an unquoted field at ${i}`);
			field += c;
			pending = true;
			i++;
		}
	}
	// A last record without its line break (`a,` ends with an empty field).
	if (pending || record.length) endRecord();
	return records;
}
