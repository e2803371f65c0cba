// Small I/O helpers for the geo builder: JSON and CSV reading from the sources folder.
import fs from 'node:fs';
import path from 'node:path';

export function readJson<T = any>(dir: string, rel: string): T {
	const file = path.join(dir, rel);
	if (!fs.existsSync(file)) throw new Error(`geo: source file missing: ${file}`);
	return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF). Returns rows as objects keyed by the header. */
export function parseCsv(text: string): Record<string, string>[] {
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let inQuotes = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (inQuotes) {
			if (c === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i++;
				} else inQuotes = false;
			} else field += c;
		} else if (c === '"') inQuotes = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += c;
	}
	if (field !== '' || row.length) {
		row.push(field);
		rows.push(row);
	}
	const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
	return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

export function readCsv(dir: string, rel: string): Record<string, string>[] {
	const file = path.join(dir, rel);
	if (!fs.existsSync(file)) throw new Error(`geo: source file missing: ${file}`);
	return parseCsv(fs.readFileSync(file, 'utf8'));
}
